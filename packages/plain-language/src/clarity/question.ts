import { CoproElement, errorMessageKey, newId, outboxFor } from '@copro/core';
import { NewClarity, limits, type ReadingVersion } from '@copro/protocol';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clarityMessages } from './messages.ts';

declare module '@copro/core' {
  interface CoproEventDetails {
    'copro-clarity-submitted': { clarity: NewClarity; state: 'sent' | 'queued' };
  }
}
declare global {
  interface HTMLElementEventMap {
    'copro-clarity-submitted': CustomEvent<{ clarity: NewClarity; state: 'sent' | 'queued' }>;
  }
}

/**
 * @summary "Was this clear?" under one block of text: yes or no, an optional comment, sent to `POST /v1/clarity`.
 *
 * `<copro-plain-text>` shows one under itself, and `<copro-plain-language>` adds one after each
 * marked-up block, when an endpoint is set; it is loaded (and its tag defined) only then. The
 * answer goes through the endpoint's outbox: it is kept on the device while the service cannot
 * be reached and sent once when it can.
 *
 * @event copro-clarity-submitted - An answer was sent (`state: 'sent'`) or kept to send later (`'queued'`); `detail.clarity` is what was sent.
 * @csspart question - The group with the question and the yes and no buttons.
 * @csspart comment - The optional comment field.
 * @csspart thanks - The thank-you message.
 */
export class CoproClarityQuestion extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      :host {
        margin-block: var(--_space) calc(var(--_space) * 3);
        color: var(--_text-secondary);
      }
      [role='group'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
      }
      .label {
        margin: 0;
        color: var(--_text);
        font-weight: 700;
      }
      button[aria-pressed='true'] {
        background: var(--_accent);
        color: var(--_accent-text);
      }
      form {
        display: grid;
        gap: var(--_space);
        margin-top: var(--_space);
        max-width: 40rem;
      }
      label {
        color: var(--_text);
        font-weight: 700;
      }
      .hint {
        margin: 0;
      }
      textarea {
        width: 100%;
        min-height: 5rem;
        padding: var(--_space);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
      }
      form button {
        justify-self: start;
      }
      .thanks {
        margin: 0;
        color: var(--_text);
      }
      .thanks:focus {
        outline: none;
      }
      .error {
        margin: 0;
      }
      @media (forced-colors: active) {
        button[aria-pressed='true'] {
          background: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];
  protected static override messages = clarityMessages;

  /** Where the answer goes. */
  @property() endpoint = '';
  /** The page the answer is filed under. */
  @property() page = '';
  /** The block's id on the page. */
  @property() block = '';
  /** The version the reader is looking at. */
  @property() version: ReadingVersion = 'standard';

  @state() private clear?: boolean;
  @state() private sending = false;
  @state() private done?: 'sent' | 'queued';
  @state() private error = '';
  /** One id per answer, kept if sending is tried again, so the server stores it once. */
  #answerId = newId();

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.clear === undefined || this.sending) return;
    const comment = (this.renderRoot.querySelector('textarea')?.value ?? '').trim();
    const clarity: NewClarity = {
      id: this.#answerId,
      page: this.page,
      block: this.block,
      version: this.version,
      clear: this.clear,
      ...(comment ? { comment } : {}),
    };
    this.sending = true;
    this.error = '';
    const result = await outboxFor(this.endpoint).send(
      { id: clarity.id, method: 'POST', path: '/v1/clarity', body: clarity, kind: 'clarity', meta: { page: clarity.page, block: clarity.block } },
      NewClarity,
    );
    this.sending = false;
    if (result.state === 'rejected') {
      this.error = this.t(errorMessageKey(result.error));
      await outboxFor(this.endpoint).discard(result.id);
      this.#answerId = newId();
      return;
    }
    this.done = result.state;
    this.emit('copro-clarity-submitted', { clarity, state: result.state });
    await this.updateComplete;
    // The form is gone: focus moves to the thanks, so it is read and keyboard users keep their place.
    this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
  }

  #choose(clear: boolean): void {
    this.clear = clear;
  }

  protected override render() {
    if (this.done) {
      return html`<p part="thanks" class="thanks" tabindex="-1">
        ${this.t('question.thanks')} ${this.done === 'queued' ? this.t('outbox.queued') : nothing}
      </p>`;
    }
    const chosen = this.clear !== undefined;
    return html`
      <div part="question" role="group" aria-labelledby="label">
        <p class="label" id="label">${this.t('question.label')}</p>
        <button type="button" aria-pressed=${this.clear === true ? 'true' : 'false'} @click=${() => this.#choose(true)}>${this.t('question.yes')}</button>
        <button type="button" aria-pressed=${this.clear === false ? 'true' : 'false'} @click=${() => this.#choose(false)}>${this.t('question.no')}</button>
      </div>
      ${chosen
        ? html`<form @submit=${this.#send}>
            <label for="comment">${this.t(this.clear ? 'question.commentYes' : 'question.commentNo')}</label>
            <p class="hint" id="comment-hint">${this.t('question.commentHint')}</p>
            <textarea part="comment" id="comment" name="comment" rows="3" maxlength=${limits.comment} aria-describedby="comment-hint"></textarea>
            <button class="primary" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${this.t(this.sending ? 'outbox.sending' : 'question.send')}</button>
          </form>`
        : nothing}
      <p role="status" class="error">${this.error}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-clarity-question': CoproClarityQuestion;
  }
}
