import type { NewRating, Rating } from '@copro/protocol';

declare module '@copro/core' {
  interface CoproEventDetails {
    /** The server has stored the rating (it replaces the person's earlier rating on this ladder). */
    'copro-rating-submitted': { ladder: string; rating: Rating };
    /** The rating is saved on this device and will be sent when the endpoint can be reached. */
    'copro-rating-queued': { ladder: string; rating: NewRating };
  }
}

declare global {
  interface HTMLElementEventMap {
    'copro-rating-submitted': CustomEvent<{ ladder: string; rating: Rating }>;
    'copro-rating-queued': CustomEvent<{ ladder: string; rating: NewRating }>;
  }
}

export {};
