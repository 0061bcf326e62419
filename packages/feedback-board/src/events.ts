import type { CoproEvent } from '@copro/core';
import type { Post } from '@copro/protocol';

declare module '@copro/core' {
  interface CoproEventDetails {
    /** The server has the post (sent at once, or later from the outbox). */
    'copro-post-submitted': { post: Post };
    /** The post is saved on this device and will be sent when the endpoint can be reached. */
    'copro-post-queued': { id: string; body: string };
    /** A support was given or withdrawn and the server has it. */
    'copro-support-changed': { post: string; supported: boolean; supportCount: number };
  }
}

declare global {
  interface HTMLElementEventMap {
    'copro-post-submitted': CoproEvent<'copro-post-submitted'>;
    'copro-post-queued': CoproEvent<'copro-post-queued'>;
    'copro-support-changed': CoproEvent<'copro-support-changed'>;
  }
}

export {};
