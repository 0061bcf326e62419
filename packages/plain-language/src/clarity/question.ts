import { Announcer, CoproElement, ForgetMe, forgetMeStyles, newId, outboxFor, OutboxWatch, participantId, routeWrite, storedError, type OutboxWrite, type StoredWrite } from '@copro/core';
import { NewClarity, sendClarity, UpdateClarity, updateClarity, limits, type ReadingVersion } from '@copro/protocol';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { forgetAnswer, hasAnswered, rememberAnswer } from './answered.ts';
import { clarityMessages } from './messages.ts';
import { questionStyles } from './question.styles.ts';

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

const KIND = 'clarity';
/** The schema the outbox checks a body against before it sends it. */
type BodySchema = Parameters<ReturnType<typeof outboxFor>['send']>[1];

/** The first words of a block, sent with an answer so the report names words, not block ids. */
export function excerptOf(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= EXCERPT_LENGTH) return words;
  const cut = words.slice(0, EXCERPT_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
const EXCERPT_LENGTH = 120;

/**
 * @summary "Was this clear?" under one block of text: Yes or No, saved at once, then an optional comment.
 *
 * `<copro-plain-text>` shows one under itself, and `<copro-plain-language>` adds one after each
 * marked-up block, when an endpoint is set; it is loaded (and its tag defined) only then.
 *
 * Pressing Yes or No saves the answer at once (`POST /v1/clarity`, with the first words of the
 * block and the browser's participant id); the row stays one line until then. A comment is an
 * optional follow-up that updates the same answer (`PUT /v1/clarity/{id}`), and pressing the
 * other button changes it. Every write goes through the endpoint's outbox: it is kept on the
 * device while the service cannot be reached and sent once when it can.
 *
 * An answer the service refuses (when sent, or on a later try, also after a reload) comes back
 * into the form with the reason in plain words, to send again or delete: it never stays on the
 * device unseen. Once a block is answered, the browser remembers it for that page (the block's
 * id in `localStorage`, nothing else) and the question does not come back after a reload.
 *
 * @event copro-clarity-submitted - An answer (or its comment) was sent (`state: 'sent'`) or kept to send later (`'queued'`); `detail.clarity` is the answer as it now stands.
 * @event copro-error - The service refused an answer; `detail.message` is the reason in plain words.
 * @event copro-forgotten - "Forget me on this device" was used: this device forgot the participant id, which blocks were answered and unsent answers. `detail: { erased }` (the counts deleted from the service, or null)
 * @csspart question - The group with the question and the yes and no buttons.
 * @csspart comment - The optional comment field.
 * @csspart thanks - The thank-you message.
 * @csspart error - Why an answer was not sent.
 * @csspart forget-me - "Forget me on this device", shown once the reader has answered.
 * @csspart forget-button - The "Forget me on this device" button.
 * @csspart forget-panel - What forgetting would remove, the choices to also delete what was sent or to keep people for the tab only, and the download of what is stored.
 * @csspart held-writes - An answer kept on this device longer than a day, offered back: "Send now" or "Discard".
 */
export class CoproClarityQuestion extends CoproElement {
  static override styles = [...CoproElement.styles, questionStyles, forgetMeStyles];
  protected static override messages = clarityMessages;

  /** Where the answer goes. */
  @property() endpoint = '';
  /** The page the answer is filed under. */
  @property() page = '';
  /** The block's id on the page. */
  @property() block = '';
  /** The version the reader is looking at. */
  @property() version: ReadingVersion = 'standard';
  /** The block's text as the reader sees it; its first words go with the answer. */
  @property({ attribute: false }) excerpt = '';

  @state() private clear?: boolean;
  @state() private comment = '';
  @state() private sending = false;
  /** The Yes or No is saved (`sent`) or kept on the device (`queued`). */
  @state() private done?: 'sent' | 'queued';
  /** The follow-up comment is saved or kept. */
  @state() private commented?: 'sent' | 'queued';
  /** Why the answer in the form was not sent. */
  @state() private problem = '';
  /** The outbox keeps a refused answer under `#answerId`, until it is sent again or deleted. */
  @state() private refused = false;
  @state() private notice = '';
  /** This browser answered the block before (on an earlier visit). */
  @state() private answeredBefore = false;
  /** One id per answer, kept if sending is tried again, so the server stores it once. */
  #answerId = newId();
  /** Follows this block's answers in the endpoint's outbox: kept ones, refused ones, ones sent later. */
  readonly #watch = new OutboxWatch(this, {
    outbox: () => (this.endpoint && this.page && this.block ? outboxFor(this.endpoint) : undefined),
    kind: KIND,
    match: (write) => write.meta?.page === this.page && write.meta?.block === this.block,
    onSettled: (write, result) => {
      // While this element sends, it reads the answer from send() itself.
      if (this.sending) return;
      if (result.state === 'sent' && this.done === 'queued' && write.method === 'POST') this.done = 'sent';
      if (result.state === 'sent' && this.commented === 'queued' && write.method === 'PUT') this.commented = 'sent';
      // A write deleted while it was on the wire settles as rejected too: only a kept one is shown.
      if (result.state === 'rejected' && write.state === 'rejected' && write.method === 'POST') this.#refusedLater(write, result.error);
    },
  });
  readonly #announcer = new Announcer(this, 0);
  /** "Forget me on this device", offered once the reader has answered (and an answer held too long, offered back). */
  readonly #forgetMe = new ForgetMe(this, {
    endpoint: () => this.endpoint,
    participant: () => participantId(this.endpoint),
    t: () => this.t,
    announce: (text) => this.#announcer.announce(text, true),
    kind: KIND,
    match: (write) => write.meta?.page === this.page && write.meta?.block === this.block,
    forgotten: () => {
      // The answer was the last person's: the question comes back, clean, for the next one.
      this.#answerId = newId();
      this.clear = undefined;
      this.comment = '';
      this.done = undefined;
      this.commented = undefined;
      this.problem = '';
      this.refused = false;
      this.answeredBefore = false;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#follow();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('page') || changed.has('block')) this.answeredBefore = hasAnswered(this.page, this.block);
    if (changed.has('endpoint') || changed.has('page') || changed.has('block')) this.#follow();
    this.hidden = this.answeredBefore && !this.done && !this.problem && this.clear === undefined;
  }

  #follow(): void {
    this.#forgetMe.follow();
    if (this.#watch.follow()) void this.#showKept();
  }

  /** Answers kept from an earlier page: a refused one comes back into the form; a waiting one shows as kept. */
  async #showKept(): Promise<void> {
    const mine = (await this.#watch.pending())?.filter((write) => write.method === 'POST');
    if (!mine || this.sending) return;
    const refused = mine.filter((write) => write.state === 'rejected').at(-1);
    if (refused) this.#refusedLater(refused, storedError(refused));
    else if (mine.length && !this.done && this.clear === undefined) {
      const kept = mine.at(-1)!;
      this.#answerId = kept.id;
      this.clear = (kept.body as Partial<NewClarity>).clear;
      this.done = 'queued';
    }
  }

  /** A kept answer the service refused on a later try: back into the form, said in plain words. */
  #refusedLater(write: StoredWrite, error: unknown): void {
    const answer = write.body as Partial<NewClarity>;
    const hadFocus = this.matches(':focus-within');
    this.#answerId = write.id;
    this.clear = answer.clear;
    this.comment = answer.comment ?? '';
    this.done = undefined;
    this.notice = '';
    this.refused = true;
    this.problem = this.t('question.refused', { reason: this.reportError(error) });
    // Focus moves only if it was here (on the thanks); otherwise the reader hears it, wherever they are.
    if (hadFocus) this.focusAfterUpdate('#problem');
    else this.#announcer.announce(this.problem, true);
  }

  /** The answer as it now stands, as `POST /v1/clarity` takes it. */
  #answer(): NewClarity {
    const comment = this.comment.trim();
    const excerpt = excerptOf(this.excerpt);
    return {
      id: this.#answerId,
      participant: participantId(this.endpoint),
      page: this.page,
      block: this.block,
      version: this.version,
      clear: this.clear!,
      ...(comment ? { comment } : {}),
      ...(excerpt ? { excerpt } : {}),
    };
  }

  /** Sends one write for this answer; on a refusal, says why and keeps the form. */
  async #write(write: Pick<OutboxWrite, 'method' | 'path' | 'body'>, schema: BodySchema): Promise<'sent' | 'queued' | undefined> {
    const outbox = outboxFor(this.endpoint);
    this.sending = true;
    this.problem = '';
    this.notice = '';
    const result = await outbox.send({ ...write, id: write.method === 'POST' ? this.#answerId : newId(), kind: KIND, meta: { page: this.page, block: this.block } }, schema);
    this.sending = false;
    if (result.state === 'rejected') {
      // Kept by the outbox when the service refused it (not when it failed the schema here): then it can be deleted.
      this.refused = write.method === 'POST' && (await outbox.pending(KIND)).some((each) => each.id === result.id);
      this.problem = this.t('question.refused', { reason: this.reportError(result.error) });
      this.focusAfterUpdate('#problem');
      return undefined;
    }
    return result.state === 'sent' ? 'sent' : 'queued'; // (its writes replace none, so never `replaced`)
  }

  /** The first answer (or one the service refused, sent again): stored under its own id, once. */
  async #sendAnswer(): Promise<boolean> {
    const clarity = this.#answer();
    const state = await this.#write({ ...routeWrite(sendClarity), body: clarity }, NewClarity);
    if (!state) return false;
    this.refused = false;
    rememberAnswer(this.page, this.block);
    this.done = state;
    if (clarity.comment) this.commented = state;
    this.emit('copro-clarity-submitted', { clarity, state });
    return true;
  }

  /** A follow-up to a saved answer: its comment, or Yes changed to No. */
  async #sendUpdate(change: Omit<UpdateClarity, 'participant'>): Promise<'sent' | 'queued' | undefined> {
    const update: UpdateClarity = { participant: participantId(this.endpoint), ...change };
    const state = await this.#write({ ...routeWrite(updateClarity, { id: this.#answerId }), body: update }, UpdateClarity);
    if (!state) return undefined;
    if (change.comment) {
      this.commented = state;
      // The form is gone: focus moves to the thanks, so it is read and keyboard users keep their
      // place. Asked for before the event, so a listener that awaits the update finds it there.
      this.focusAfterUpdate('.thanks');
    }
    this.emit('copro-clarity-submitted', { clarity: this.#answer(), state });
    return state;
  }

  async #choose(clear: boolean): Promise<void> {
    if (this.sending || clear === this.clear) return;
    const before = this.clear;
    this.clear = clear;
    this.notice = '';
    if (this.refused) return;
    if (!this.done) {
      if (await this.#sendAnswer()) this.#announcer.announce(this.t('question.saved'));
      return;
    }
    if (!(await this.#sendUpdate({ clear }))) this.clear = before;
    else this.#announcer.announce(this.t('question.saved'));
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.clear === undefined || this.sending) return;
    if (this.refused || !this.done) {
      if (await this.#sendAnswer()) this.focusAfterUpdate('.thanks');
      return;
    }
    const comment = this.comment.trim();
    if (!comment) {
      this.focusAfterUpdate('#comment');
      return;
    }
    await this.#sendUpdate({ comment });
  }

  async #delete(): Promise<void> {
    await outboxFor(this.endpoint).discard(this.#answerId);
    forgetAnswer(this.page, this.block);
    this.#answerId = newId();
    this.clear = undefined;
    this.comment = '';
    this.problem = '';
    this.refused = false;
    this.notice = this.t('question.deleted');
    this.focusAfterUpdate('.notice');
  }

  #renderForm() {
    const followUp = !!this.done && !this.refused;
    return html`<form @submit=${this.#send}>
      <label for="comment">${this.t(this.clear ? 'question.commentYes' : 'question.commentNo')}</label>
      <p class="hint" id="comment-hint">${this.t('question.commentHint')}</p>
      <textarea
        part="comment"
        id="comment"
        name="comment"
        rows="2"
        maxlength=${limits.comment}
        aria-describedby="comment-hint"
        .value=${this.comment}
        @input=${(event: InputEvent) => (this.comment = (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="actions">
        <button class="primary" type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.t(this.sending ? 'outbox.sending' : this.refused ? 'question.sendAgain' : followUp ? 'question.sendComment' : 'question.send')}
        </button>
        ${this.refused ? html`<button type="button" @click=${this.#delete}>${this.t('question.delete')}</button>` : nothing}
      </div>
    </form>`;
  }

  #renderSaved() {
    if (!this.done || this.refused) return nothing;
    const queued = (state: 'sent' | 'queued' | undefined) => (state === 'queued' ? this.t('outbox.queued') : nothing);
    if (this.commented) {
      return html`<p part="thanks" class="thanks" tabindex="-1">${this.t('question.thanks')} ${queued(this.commented)}</p>`;
    }
    return html`<p part="thanks" class="saved">${this.t('question.saved')} ${queued(this.done)}</p>
      ${this.#renderForm()}`;
  }

  protected override render() {
    const status = html`<span role="status" class="visually-hidden">${this.#announcer.text}</span>`;
    if (this.hidden) return status;
    return html`
      <div part="question" role="group" aria-labelledby="label">
        <p class="label" id="label">${this.t('question.label')}</p>
        <button type="button" aria-pressed=${this.clear === true ? 'true' : 'false'} @click=${() => this.#choose(true)}>${this.t('question.yes')}</button>
        <button type="button" aria-pressed=${this.clear === false ? 'true' : 'false'} @click=${() => this.#choose(false)}>${this.t('question.no')}</button>
      </div>
      ${this.problem ? html`<p part="error" class="error" id="problem" tabindex="-1">${this.problem}</p>` : nothing}
      ${this.refused && this.clear !== undefined ? this.#renderForm() : this.#renderSaved()}
      ${this.notice ? html`<p class="notice" tabindex="-1">${this.notice}</p>` : nothing}
      ${this.done && !this.refused ? this.#forgetMe.render() : nothing}
      ${status}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-clarity-question': CoproClarityQuestion;
  }
}
