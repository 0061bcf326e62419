import { errorMessageKey, newId, outboxFor, radioGroup, routePath } from '@copro/core';
import { NewReport, reportPost, reportReasons, type Post, type ReportReason } from '@copro/protocol';
import { html } from 'lit';
import type { BoardParts } from './board-parts.ts';
import type { ReportView } from './post-view.ts';

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

const closed: ReportState = { open: false };

/**
 * "Report this post": a reason from a short list, no account and nothing of who reported kept on
 * the server. The report goes through the outbox like every write, so it is not lost offline. After
 * the board's `reportsToHide` reports the server hides the post until a moderator looks at it.
 * The board loads this module when someone first opens a report form.
 */
export class ReportController {
  #states = new Map<string, ReportState>();

  constructor(private readonly c: BoardParts) {}

  #set(id: string, state: ReportState): void {
    this.#states = new Map(this.#states).set(id, state);
    this.c.host.requestUpdate();
  }

  readonly view: ReportView = {
    state: (id) => this.#states.get(id) ?? closed,
    toggle: (post) => {
      const state = this.#states.get(post.id) ?? closed;
      this.#set(post.id, { ...state, open: !state.open, error: undefined });
      this.c.focus(state.open ? `#report-${CSS.escape(post.id)}` : `#report-form-${CSS.escape(post.id)} legend`);
    },
    form: (post) => this.#form(post),
  };

  /** A reason from the short list, as radio buttons in a fieldset, then "Send report" or "Cancel". */
  #form(post: Post) {
    const t = this.c.t();
    const state = this.#states.get(post.id) ?? closed;
    return html`<form id="report-form-${post.id}" class="report-form" novalidate @submit=${(event: Event) => void this.#send(event, post)}>
      ${radioGroup({
        name: `reason-${post.id}`,
        legend: t('report.legend'),
        hint: t('report.hint'),
        error: state.error ? { prefix: t('label', { label: t('error.summary') }), text: state.error } : undefined,
        items: reportReasons.map((reason) => ({ value: reason, label: t(`report.reason.${reason}`) })),
        value: state.reason,
        onChange: (reason) => this.#set(post.id, { ...(this.#states.get(post.id) ?? closed), reason, error: undefined }),
      })}
      <div class="actions">
        <button type="submit" class="primary">${t('report.send')}</button>
        <button type="button" @click=${() => this.view.toggle(post)}>${t('report.cancel')}</button>
      </div>
    </form>`;
  }

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
        path: routePath(reportPost, { board, post: post.id }),
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
