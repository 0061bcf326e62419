import { errorMessageKey, newId, outboxFor } from '@copro/core';
import { NewReport, reportReasons, type Post, type ReportReason } from '@copro/protocol';
import type { BoardParts } from './board-parts.ts';

/** Where one post's report stands for this reader. */
export interface ReportState {
  /** The form is open. */
  open: boolean;
  reason?: ReportReason;
  /** Why the form cannot be sent (no reason chosen, or the server refused it). */
  error?: string;
  /** `sent`: the server has it; `queued`: saved on this device until the endpoint can be reached. */
  done?: 'sent' | 'queued';
}

/** What a post's "Report this post" control needs. */
export interface ReportContext {
  state(id: string): ReportState;
  onToggle(post: Post): void;
  onChoose(post: Post, reason: ReportReason): void;
  onSend(event: Event, post: Post): void;
}

const closed: ReportState = { open: false };

/**
 * "Report this post": a reason from a short list, no account and nothing of who reported kept on
 * the server. The report goes through the outbox like every write, so it is not lost offline. After
 * the board's `reportsToHide` reports the server hides the post until a moderator looks at it.
 */
export class ReportController {
  #states = new Map<string, ReportState>();

  constructor(private readonly c: BoardParts) {}

  #set(id: string, state: ReportState): void {
    this.#states = new Map(this.#states).set(id, state);
    this.c.host.requestUpdate();
  }

  readonly context: ReportContext = {
    state: (id) => this.#states.get(id) ?? closed,
    onToggle: (post) => {
      const state = this.#states.get(post.id) ?? closed;
      this.#set(post.id, { ...state, open: !state.open, error: undefined });
      this.c.focus(state.open ? `#report-${CSS.escape(post.id)}` : `#report-form-${CSS.escape(post.id)} legend`);
    },
    onChoose: (post, reason) => this.#set(post.id, { ...(this.#states.get(post.id) ?? closed), reason, error: undefined }),
    onSend: (event, post) => void this.#send(event, post),
  };

  async #send(event: Event, post: Post): Promise<void> {
    event.preventDefault();
    const t = this.c.t();
    const state = this.#states.get(post.id) ?? closed;
    if (!state.reason || !reportReasons.includes(state.reason)) {
      this.#set(post.id, { ...state, error: t('report.chooseReason') });
      this.c.focus(`#reason-${CSS.escape(post.id)}-${reportReasons[0]}`);
      return;
    }
    const id = newId();
    const board = this.c.board();
    const result = await outboxFor(this.c.endpoint()).send(
      {
        id,
        method: 'POST',
        path: `/v1/boards/${encodeURIComponent(board)}/posts/${encodeURIComponent(post.id)}/reports`,
        body: { id, reason: state.reason },
        kind: 'report',
        meta: { board, post: post.id },
      },
      NewReport,
    );
    if (result.state === 'rejected') {
      await outboxFor(this.c.endpoint()).discard(result.id);
      const text = t('report.failed', { reason: t(errorMessageKey(result.error)) });
      this.#set(post.id, { ...state, error: text });
      this.c.announce(text);
      this.c.reportError(result.error);
      return;
    }
    const done = result.state === 'sent' ? 'sent' : 'queued';
    this.#set(post.id, { open: false, done });
    this.c.focus(`#reported-${CSS.escape(post.id)}`);
  }
}
