import type { Post } from '@copro/protocol';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Waited {
  /** `answered`: how long it waited; `waiting`: how long it has been waiting so far. */
  kind: 'answered' | 'waiting';
  days: number;
}

/** Whole days between a post and its answer (or now), for "you said, we did" accountability. */
export function waited(post: Pick<Post, 'createdAt' | 'response'>, now = Date.now()): Waited {
  const from = Date.parse(post.createdAt);
  const to = post.response ? Date.parse(post.response.respondedAt) : now;
  return { kind: post.response ? 'answered' : 'waiting', days: Math.max(0, Math.floor((to - from) / DAY_MS)) };
}

/** The message key and count for a Waited (a different wording under one day). */
export function waitedMessage(value: Waited): { key: string; count: number } {
  if (value.days === 0) return { key: value.kind === 'answered' ? 'waited.answeredSameDay' : 'waited.waitingToday', count: 0 };
  return { key: value.kind === 'answered' ? 'waited.answered' : 'waited.waiting', count: value.days };
}
