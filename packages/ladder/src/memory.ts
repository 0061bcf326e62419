import { personalStorage, resolveEndpoint } from '@copro/core';
import type { PrincipleId } from '@copro/protocol';

/** What this browser remembers of its own rating, so a person can see and change it (WCAG 3.3.7). */
export interface RememberedRating {
  role: string;
  now: string;
  aim?: string;
  principles?: Partial<Record<PrincipleId, number>>;
  /** The id of the write, to recognise it in the outbox. */
  id: string;
}

// The comment is not kept: it may be personal, and a device may be shared.
const key = (endpoint: string, ladder: string, participant: string) => `copro:ladder:${resolveEndpoint(endpoint)}:${ladder}:${participant}`;

export function recall(endpoint: string, ladder: string, participant: string): RememberedRating | undefined {
  try {
    const stored = personalStorage()?.getItem(key(endpoint, ladder, participant));
    const value = stored ? (JSON.parse(stored) as RememberedRating) : undefined;
    return value && typeof value.now === 'string' && typeof value.role === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function remember(endpoint: string, ladder: string, participant: string, rating: RememberedRating): void {
  try {
    personalStorage()?.setItem(key(endpoint, ladder, participant), JSON.stringify(rating));
  } catch {
    // Storage can be blocked; the rating is still sent, only not shown again after a reload.
  }
}

/** Forgets the remembered rating if it is the one with this id (a refused rating was never stored). */
export function forget(endpoint: string, ladder: string, participant: string, id: string): void {
  try {
    if (recall(endpoint, ladder, participant)?.id === id) personalStorage()?.removeItem(key(endpoint, ladder, participant));
  } catch {
    // Storage can be blocked: then nothing was remembered.
  }
}
