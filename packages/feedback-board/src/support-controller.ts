import { errorMessageKey, newId } from '@copro/core';
import type { Post, SupportState } from '@copro/protocol';
import type { BoardParts } from './board-parts.ts';
import type { PostMessage } from './post-view.ts';

/** What supporting posts needs from the board. */
export interface SupportHost extends BoardParts {
  changed(detail: { post: string; supported: boolean; supportCount: number }): void;
}

/**
 * Supporting posts, optimistically: the change shows at once, goes through the outbox, and is
 * rolled back with a message under the post if the server refuses it.
 */
export class SupportController {
  #messages = new Map<string, PostMessage>();

  constructor(private readonly c: SupportHost) {}

  /** A clean start (kiosk mode): no message of the last person's supports. */
  clear(): void {
    this.#messages = new Map();
  }

  message(id: string): PostMessage | undefined {
    return this.#messages.get(id);
  }

  #setMessage(id: string, message?: PostMessage): void {
    if (!message && !this.#messages.has(id)) return;
    const next = new Map(this.#messages);
    if (message) next.set(id, message);
    else next.delete(id);
    this.#messages = next;
    this.c.host.requestUpdate();
  }

  /** The post as the reader will see it once their unsent support change arrives. */
  withPending(post: Post): Post {
    const pending = this.c.writes.pendingSupport.get(post.id);
    if (pending === undefined || pending === post.supported) return post;
    return { ...post, supported: pending, supportCount: Math.max(0, post.supportCount + (pending ? 1 : -1)) };
  }

  readonly toggle = async (post: Post) => {
    const { t, posts, similar, writes } = { ...this.c, t: this.c.t() };
    const supported = !post.supported;
    const optimistic = { ...post, supported, supportCount: Math.max(0, post.supportCount + (supported ? 1 : -1)) };
    const before = posts.update(post.id, () => optimistic) ?? post;
    similar.update(optimistic);
    this.#setMessage(post.id);
    this.c.announce(t(supported ? 'support.added' : 'support.removed'));
    const result = await writes.sendSupport(newId(), post.id, this.c.participant(), supported);
    if (result.state === 'queued') {
      this.#setMessage(post.id, { text: t('support.queued'), kind: 'info' });
    } else if (result.state === 'rejected') {
      await writes.discard(result.id);
      posts.update(post.id, () => before);
      similar.update(before);
      const text = t('support.failed', { reason: t(errorMessageKey(result.error)) });
      this.#setMessage(post.id, { text, kind: 'error' });
      this.c.announce(text);
      this.c.reportError(result.error);
    }
  };

  /** The server has a support change (now, or from the outbox after a reload). */
  sent(postId: string, state: SupportState): void {
    this.#setMessage(postId);
    const apply = (post: Post) => (post.supported === state.supported ? { ...post, supportCount: state.supportCount } : post);
    const updated = this.c.posts.update(postId, apply);
    const similar = this.c.similar.posts.find((post) => post.id === postId);
    if (similar) this.c.similar.update(apply(similar));
    if (updated || similar) this.c.changed({ post: postId, supported: state.supported, supportCount: state.supportCount });
  }
}
