import type { ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { holdsKioskKey, OutboxWatch, outboxFor, routePath, storedError, supportRequest, type CoproRequestError, type OutboxResult, type StoredWrite } from '@copro/core';
import { NewPost, Post, SupportState, createPost } from '@copro/protocol';

/** A post the server does not have yet: being sent, saved on this device, or refused. */
export interface UnsentPost {
  id: string;
  body: string;
  displayName?: string;
  category?: string;
  state: 'sending' | 'queued' | 'rejected';
  /** Why the server refused it, for `rejected` (shown through `errorMessageKey`, never its own words). */
  error?: CoproRequestError;
}

export interface WritesEvents {
  /** A post reached the server (now, or from the outbox after being offline or a reload). */
  postSent(post: Post): void;
  supportSent(postId: string, state: SupportState): void;
  /** On a kiosk, who is using the board now (each person in turn); undefined elsewhere, where every write of the board is the reader's. */
  participant(): string | undefined;
}

/**
 * Posts and supports go through the endpoint's durable outbox: stored on the device first, sent
 * when the endpoint answers, each once (the server dedupes by the write's id). This controller
 * keeps the board's unsent posts and unsent support changes in view across reloads.
 */
export class WritesController {
  unsent: UnsentPost[] = [];
  /** Support changes still in the outbox: post id -> supported. */
  pendingSupport = new Map<string, boolean>();
  /** How many support changes the server has acknowledged here: a read started now sees each of them, and none after. */
  acked = 0;
  /**
   * When the reader's latest support change of each post (from this page, or settled in another
   * tab) was acknowledged: the `acked` count then; Infinity while on its way, 0 once waiting in the
   * outbox (`pendingSupport` then) or refused. A read started when `acked` was n predates the change
   * when this is over n: the read's "supported" and count would undo it for a moment (live-board.ts).
   */
  readonly own = new Map<string, number>();
  #endpoint = '';
  #board = '';
  readonly #sending = new Set<string>();
  readonly #watch: OutboxWatch;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: WritesEvents,
  ) {
    this.#watch = new OutboxWatch(host, {
      outbox: () => (this.#endpoint && this.#board ? outboxFor(this.#endpoint) : undefined),
      kind: ['post', 'support'],
      // Only this person's writes: on a shared tablet, the last person's queued post or support is
      // still sent, but the next person neither sees it as theirs nor is told it was sent.
      match: (write) => write.meta?.board === this.#board && this.#thisPersons(write),
      onSettled: (write, result) => this.#settled(write, result),
      onChange: () => void this.refresh(),
    });
  }

  /** Follows the outbox of this endpoint for this board (call again when either changes). */
  attach(endpoint: string, board: string): void {
    this.#endpoint = endpoint;
    this.#board = board;
    this.unsent = [];
    this.pendingSupport = new Map();
    this.#watch.follow();
    void this.refresh();
  }

  #thisPersons(write: StoredWrite): boolean {
    const person = this.events.participant();
    if (person === undefined) return true;
    const participant = write.kind === 'post' ? (write.body as Partial<NewPost> | undefined)?.participant : write.meta?.participant;
    return !participant || participant === person;
  }

  /** What a write of this board records with it: on a tablet holding the board's kiosk key, that it is the tablet's. */
  #meta(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { board: this.#board, ...extra, ...(holdsKioskKey(this.#endpoint, this.#board) ? { kiosk: true } : {}) };
  }

  #settled(write: StoredWrite, result: OutboxResult): void {
    const sent = result.state === 'sent';
    const postId = String(write.meta?.post);
    if (write.kind === 'support') this.own.set(postId, sent ? ++this.acked : 0);
    if (!sent) return;
    if (write.kind === 'post') {
      const post = z.safeParse(Post, result.response);
      if (post.success) this.events.postSent(post.data);
    } else {
      const state = z.safeParse(SupportState, result.response);
      if (state.success) this.events.supportSent(postId, state.data);
    }
  }

  /** Reads the outbox again: what is still unsent for this board. */
  async refresh(): Promise<void> {
    const writes = await this.#watch.pending();
    if (!writes) return;
    this.unsent = writes
      .filter((write) => write.kind === 'post')
      .map((write) => {
        const body = write.body as NewPost;
        return {
          id: write.id,
          body: body.body,
          displayName: body.displayName || undefined,
          category: body.category || undefined,
          state: write.state === 'rejected' ? 'rejected' : this.#sending.has(write.id) ? 'sending' : 'queued',
          error: write.lastError && storedError(write),
        };
      });
    this.pendingSupport = new Map(
      writes.filter((write) => write.kind === 'support' && write.state === 'waiting').map((write) => [String(write.meta?.post), write.method === 'PUT']),
    );
    this.host.requestUpdate();
  }

  async sendPost(post: NewPost): Promise<OutboxResult> {
    this.#sending.add(post.id);
    try {
      return await this.#watch.outbox!.send(
        { id: post.id, method: 'POST', path: routePath(createPost, { board: this.#board }), body: post, kind: 'post', meta: this.#meta() },
        NewPost,
      );
    } finally {
      this.#sending.delete(post.id);
      void this.refresh();
    }
  }

  /**
   * A later change to the same post's support replaces an unsent earlier one. The participant
   * goes in the Copro-Participant header (the version 1 path with it in the address where the
   * endpoint has only that: its per-reader read answered 404).
   */
  sendSupport(id: string, postId: string, participant: string, supported: boolean): Promise<OutboxResult> {
    this.own.set(postId, Infinity);
    return this.#watch.outbox!.send({
      id,
      ...supportRequest(this.#endpoint, this.#board, postId, participant, supported),
      kind: 'support',
      meta: this.#meta({ post: postId, participant }),
      // Per person: on a tablet, the next person's support never replaces the last one's, still queued.
      replaces: `support:${this.#board}:${postId}:${participant}`,
    });
  }

  async discard(id: string): Promise<void> {
    await this.#watch.outbox?.discard(id);
    await this.refresh();
  }
}
