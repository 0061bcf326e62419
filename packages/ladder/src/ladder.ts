import {
  addMessages,
  Announcer,
  CoproElement,
  EndpointClient,
  errorMessageKey,
  fieldStyles,
  ForgetMe,
  forgetMeStyles,
  heading,
  newId,
  holdsKioskKey,
  outboxFor,
  OutboxWatch,
  participantId,
  primaryLanguage,
  routeWrite,
  storedError,
  type OutboxResult,
  type StoredWrite,
} from '@copro/core';
import { getLadder, ladderSummary, NewRating, rateLadder, Rating, type Ladder, type LadderSummary, type PrincipleId } from '@copro/protocol';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import type {} from './events.ts';
import { ratingForm, type Draft, type DraftErrors } from './form.ts';
import { localiseLadder, type ShownLadder } from './labels.ts';
import { forget, recall, remember, type RememberedRating } from './memory.ts';
import { messages } from './messages.ts';
import { resultsView } from './results-view.ts';
import { ladderStyles } from './styles.ts';
import type { LadderComments } from './staff-comments.ts';
import type { LadderKiosk } from './kiosk.ts';
import { WidthController } from './width-controller.ts';

/** The page of the ladder's source, which its reuse asks the widget to link to (see `ladderCredit` in @copro/protocol). */
const CREDIT_HREF = 'https://www.thinklocalactpersonal.org.uk/Latest/Co-production-The-ladder-of-co-production/';

// At module level (see the board): the staff comments load only with the `staff` attribute.
const loadComments = () => import('./staff-comments.ts');
const loadKiosk = () => import('./kiosk.ts');

const emptyDraft = (): Draft => ({ role: '', now: '', aim: '', principles: {}, comment: '' });

/** The form as it was when this rating was made, so a refused rating can be corrected, not typed again. */
function draftFrom(body: unknown): Draft | undefined {
  const rating = z.safeParse(NewRating, body);
  if (!rating.success) return undefined;
  const { role, now, aim, principles, comment } = rating.data;
  return { role, now, aim: aim ?? '', principles: { ...(principles ?? {}) }, comment: comment ?? '' };
}
const RATING_KIND = 'ladder-rating';

/**
 * @summary Rate where a project stands on the ladder of co-production; see how staff and people who use the service compare.
 *
 * A person says who they are (role), where the project is now on the ladder and, if they wish,
 * where it should be, with an optional comment and, with `principles`, a 1 to 5 score for each of the
 * six principles. The rating goes through the outbox, so it is kept on the device when the
 * endpoint cannot be reached. A new rating from the same person replaces their earlier one.
 * After rating (or with `show-results`) the results by role are shown: a chart and a table per
 * question, the middle answer of each role, and one sentence on the gap between the staff view
 * and the lived-experience view. Rungs, roles and the title come from the endpoint's ladder.
 *
 * Without JavaScript (or before the script runs) the element shows its light-DOM children, and
 * once it runs it hides them (it has no default slot): put a short explanation there and another
 * way to answer, such as a link to a survey or an email address:
 *
 * ```html
 * <copro-ladder endpoint="/copro" ladder="youth-fund">
 *   <p>We ask how much say people have in this project. Our rating form needs JavaScript:
 *      <a href="mailto:team@example.org">email us your view</a> instead.</p>
 * </copro-ladder>
 * ```
 *
 * @attr idle - Kiosk mode: seconds without a touch, key or scroll before the countdown to a clean start (default 120). The countdown lasts 30 seconds, or `idle` seconds when that is shorter: keep it at 20 or more (WCAG 2.2.1) except in tests and demos.
 *
 * @event copro-rating-submitted - The server stored the rating. `detail: { ladder, rating }`.
 * @event copro-rating-queued - The rating is saved on this device and will be sent later. `detail: { ladder, rating }`.
 * @event copro-error - Loading or sending failed. `detail: { code, message }`.
 * @event copro-forgotten - "Forget me on this device" was used: this device forgot the participant id, the remembered answer and unsent ratings. `detail: { erased }` (the counts deleted from the service, or null)
 *
 * @csspart title - The heading with the ladder's title.
 * @csspart form - The rating form.
 * @csspart ladder - The first question, "where is the project now?" (a fieldset of rungs, each with its description).
 * @csspart rung - One rung of the first question.
 * @csspart aim - The second question, "where should it be?": a compact list of the rung names.
 * @csspart submit - The send button.
 * @csspart error-summary - The list of problems shown when the form cannot be sent.
 * @csspart thanks - The panel shown after rating.
 * @csspart results - The results section.
 * @csspart gap - The sentence on the gap between staff and lived experience.
 * @csspart chart - Each results chart (an SVG image).
 * @csspart comments - Staff (with `staff`): the comments left with ratings.
 * @csspart staff-entry - Staff (with `staff`, moderators and above): the "Enter ratings on someone's behalf" button and form.
 * @csspart kiosk-links - Staff (with `staff`, moderators and above): "Kiosk links for events", the button and the section that makes a kiosk link for a shared tablet (the event's name, the last day), shows its address to copy, and lists and stops the ladder's links.
 * @csspart kiosk-thanks - Kiosk mode: the thank-you screen after a rating. Its heading takes focus.
 * @csspart kiosk-next - Kiosk mode: the "Start again for the next person" button on the thank-you screen.
 * @csspart kiosk-countdown - Kiosk mode: the countdown to a clean start after a quiet spell, fixed at the foot of the screen.
 * @csspart kiosk-more - Kiosk mode: the countdown's "I need more time" button.
 * @csspart kiosk-expired - Kiosk mode: the notice that the server refused the tablet's kiosk link (expired or revoked): ask staff for a new one.
 * @csspart forget-me - The "Forget me on this device" area at the end (not in kiosk mode).
 * @csspart forget-button - The "Forget me on this device" button.
 * @csspart forget-panel - What forgetting would remove, the choices to also delete what was sent or to keep people for the tab only, and the download of what is stored.
 * @csspart held-writes - A rating kept on this device longer than a day, offered back: "Send now" or "Discard".
 * @csspart token - Staff (with `staff`, signed out): the staff token field of the comments' sign-in form.
 *
 * @cssprop --copro-color-accent - Colour of buttons, links, the chosen rung and the first role's bars.
 * @cssprop --copro-ladder-rail - Colour of the ladder's rails and rungs (defaults to the border colour).
 * @cssprop --copro-ladder-series-1 - Bar colour of the first role in the charts (solid bars).
 * @cssprop --copro-ladder-series-2 - Bar colour of the second role (hatched bars).
 * @cssprop --copro-ladder-series-3 - Bar colour of the third role (outlined bars).
 * @cssprop --copro-ladder-series-4 - Bar colour of the fourth role (dotted bars).
 */
export class CoproLadder extends CoproElement {
  static override styles = [...CoproElement.styles, fieldStyles, ladderStyles, forgetMeStyles];
  protected static override messages = messages;

  /** Base URL of the copro endpoint (absolute, or relative to the page). */
  @property() endpoint = '';

  /** Id of the ladder at the endpoint. */
  @property() ladder = '';

  /** Also ask for a 1 to 5 score of each of the six principles (asked anyway when the ladder says so). */
  @property({ type: Boolean }) principles = false;

  /** Show the results before the person has rated. */
  @property({ type: Boolean, attribute: 'show-results' }) showResults = false;

  /** Show only the results, without the form (for a staff page or a report). */
  @property({ type: Boolean, attribute: 'results-only' }) resultsOnly = false;

  /** The id of the role whose view is compared as the staff view. */
  @property({ attribute: 'staff-role' }) staffRole = 'staff';

  /** The id of the role whose view is compared as the lived-experience view. */
  @property({ attribute: 'lived-role' }) livedRole = 'lived-experience';

  /**
   * A staff view: also lists the comments left with ratings (each with its rating), a page at a
   * time, with a CSV download. Needs a staff token: it uses the page's one staff sign-in (the
   * board's, say), or asks for the token itself. Signed in, the results are read with the token
   * too, so they include the groups withheld from the public (fewer answers than the ladder's
   * `minAnswersToShow`), named in a note; signing in or out reads them again. Moderators and above
   * also get "Enter ratings on someone's behalf": ratings from paper forms, an event, a phone call or
   * an email, each with its channel (and the event's name), one after another with the keyboard,
   * and "Kiosk links for events": make a kiosk link for this ladder and an event (its address shown
   * once, to copy), list the ladder's links and stop any of them.
   */
  @property({ type: Boolean }) staff = false;

  /** The anonymous participant id to rate as. Defaults to this browser's id for the endpoint. */
  @property() participant = '';

  /**
   * A shared tablet at an event (its code loads only then): a kiosk link's key (`#copro-key=` in the
   * address) moves into the tab and the ratings carry it, stored with the `event` channel and the
   * event's name. Each person rates as a fresh participant made in memory, and nothing of their
   * answer is remembered; after a rating, a thank-you screen and "Start again for the next person";
   * after `idle` seconds (default 120) without a touch, a countdown anyone can stop, then a clean start.
   */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Kiosk mode, loaded with `kiosk` only (it sets this, then the participant, which updates the ladder). */
  private kioskMode?: LadderKiosk;

  @state() private draft: Draft = emptyDraft();
  @state() private errors: DraftErrors = {};
  @state() private mine?: RememberedRating;
  @state() private editing = false;
  @state() private delivery?: 'sending' | 'sent' | 'queued';
  @state() private sendError = '';
  @state() private summary?: LadderSummary;
  @state() private summaryError = '';
  /** The results shown were read with a staff token (so they include roles withheld from the public). */
  @state() private summaryAsStaff = false;
  /** Staff comments (and ratings on someone's behalf), loaded with the `staff` attribute only. */
  @state() private comments?: LadderComments;

  /** The live region (a kiosk's clean start empties it). */
  private readonly announcer = new Announcer(this, 0);
  readonly #width = new WidthController(this);
  readonly #watch = new OutboxWatch(this, {
    outbox: () => (this.endpoint ? outboxFor(this.endpoint) : undefined),
    kind: RATING_KIND,
    match: (write) => write.meta?.ladder === this.ladder && write.meta?.participant === this.#participantId,
    onSettled: (write, result) => this.#settled(write, result),
  });
  #sending = false;
  /** "Forget me on this device" (and a rating held too long, offered back). */
  readonly #forgetMe = new ForgetMe(this, {
    endpoint: () => this.endpoint,
    participant: () => this.#participantId,
    t: () => this.t,
    announce: (text) => this.announcer.announce(text, true),
    kind: RATING_KIND,
    match: (write) => write.meta?.ladder === this.ladder,
    forgotten: () => {
      // "You said this project is at …" was the last person's: show a clean form.
      this.mine = undefined;
      this.editing = false;
      this.draft = emptyDraft();
      this.delivery = undefined;
      this.sendError = '';
      this.errors = {};
    },
    idPrefix: 'copro-forget',
  });

  /**
   * The results, read on demand (shown, refreshed, a rating sent); a newer read aborts the one it
   * supersedes. A staff view signed in reads them with the staff token, so it sees every role.
   */
  readonly #summaryRead = new Task(this, {
    task: ([endpoint, id, token], { signal }) => {
      this.#summaryToken = token;
      return new EndpointClient(endpoint).call(ladderSummary, { params: { ladder: id }, signal, ...(token ? { token } : {}) });
    },
    args: () => [this.endpoint, this.ladder, this.#staffToken] as const,
    autoRun: false,
    onComplete: (summary) => {
      this.summary = summary;
      this.summaryAsStaff = Boolean(this.#summaryToken);
      this.summaryError = '';
      if (this.#announceSummary) this.announcer.announce(this.t('results.updated'), true);
    },
    onError: (error) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      // A staff token no longer accepted signs the page's staff out; the results are then read again as the public's.
      if (this.#summaryToken) this.comments?.failed(error);
      if (this.#summaryToken && !this.#staffToken) return;
      this.summaryError = this.t(errorMessageKey(error));
    },
  });
  #announceSummary = false;
  /** The staff token the results shown (or being read) were read with: '' for the public's. */
  #summaryToken = '';

  /** The page's staff token, in a staff view only ('' otherwise, or while signed out). */
  get #staffToken(): string {
    return (this.staff && this.comments?.token) || '';
  }

  readonly #load = new Task(this, {
    task: async ([endpoint, id, lang], { signal }) => {
      try {
        return await new EndpointClient(endpoint).call(getLadder, { params: { ladder: id }, query: { lang }, signal });
      } catch (error) {
        if (!signal.aborted) this.reportError(error);
        throw error;
      }
    },
    // The language too: rungs and roles come from the endpoint in the page's language.
    args: () => [this.endpoint, this.ladder, primaryLanguage(this.locale.lang)] as const,
  });

  get #participantId(): string {
    return this.participant || participantId(this.endpoint);
  }

  get #resultsShown(): boolean {
    return this.resultsOnly || this.showResults || Boolean(this.mine && !this.editing);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A kiosk rates only as its own participant, never the device's: nothing is read before it loads.
    if (this.kiosk && !this.kioskMode) return void loadKiosk().then((kiosk) => kiosk.startLadderKiosk(this));
    if (changed.has('staff') && this.staff && !this.comments) void this.#loadComments();
    // Signed out: what only staff may see goes at once, and the public's results are read (see updated).
    if (this.summaryAsStaff && !this.#staffToken) {
      this.summary = undefined;
      this.summaryAsStaff = false;
    }
    if ((changed.has('endpoint') || changed.has('ladder') || changed.has('participant')) && this.endpoint && this.ladder) {
      this.#watch.follow();
      this.#forgetMe.follow();
      this.mine = recall(this.endpoint, this.ladder, this.#participantId);
      this.editing = false;
      this.draft = emptyDraft();
      this.delivery = undefined;
      this.summary = undefined;
      this.summaryError = '';
      void this.#checkPending();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Core's heading() takes no tabindex; focus is moved to this heading after rating.
    const thanks = this.renderRoot.querySelector<HTMLElement>('#thanks-heading');
    if (thanks && !thanks.hasAttribute('tabindex')) thanks.tabIndex = -1;
    this.#width.observe(this.renderRoot.querySelector('.results'));
    // Loaded after this update, not inside it, so the new state starts a fresh one.
    // A staff view waits for its staff session (loaded with the comments) so that staff never see the public's results first.
    if (!this.#resultsShown || this.delivery === 'sending' || !this.#load.value || (this.staff && !this.comments)) return;
    const unread = !this.summary && this.#summaryRead.status !== TaskStatus.PENDING && !this.summaryError;
    // Signed in or out (here or on any staff element of the page): read again, as staff or as the public.
    const otherReader = this.#summaryToken !== this.#staffToken && (this.summary || this.summaryError || this.#summaryRead.status === TaskStatus.PENDING);
    if (unread || otherReader) void Promise.resolve().then(() => this.#loadSummary());
  }

  /**
   * A rating from an earlier visit may still be in the outbox: waiting to be sent, or refused
   * while no ladder was there to show it (in another tab, or just as the page closed).
   */
  async #checkPending(): Promise<void> {
    const mine = this.mine;
    if (!mine) return;
    const write = (await this.#watch.pending())?.find((each) => each.id === mine.id);
    if (!write || this.mine?.id !== mine.id) return;
    if (write.state === 'rejected') this.#refused(write, storedError(write), false);
    else if (!this.delivery) this.delivery = 'queued';
  }

  /** Sent and refused ratings are settled here, including those sent after a reload or a retry. */
  #settled(write: StoredWrite, result: OutboxResult): void {
    if (write.id !== this.mine?.id) return;
    if (result.state === 'sent') {
      this.delivery = 'sent';
      const rating = z.safeParse(Rating, result.response);
      if (rating.success) this.emit('copro-rating-submitted', { ladder: this.ladder, rating: rating.data });
      this.announcer.announce(this.t('thanks.sent'), true);
      void this.#loadSummary();
    } else if (result.state === 'rejected') {
      // While sending, #submit moves focus; later (a retry, another tab) only if focus was on what goes away.
      this.#refused(write, result.error, !this.#sending && Boolean(this.shadowRoot?.activeElement));
    }
  }

  /**
   * A refused rating is not kept on the server or the device: the person sees why, with the form
   * filled in as they left it (their comment too), and can send a corrected one.
   */
  #refused(write: Pick<StoredWrite, 'id' | 'body'>, error: unknown, moveFocus: boolean): void {
    void this.#watch.outbox?.discard(write.id);
    forget(this.endpoint, this.ladder, this.#participantId, write.id);
    this.draft = draftFrom(write.body) ?? this.draft;
    this.errors = {};
    this.delivery = undefined;
    this.sendError = this.reportError(error);
    this.mine = undefined;
    this.editing = true;
    if (moveFocus) this.focusAfterUpdate('#send-error');
  }

  #loadSummary(announce = false): Promise<void> {
    this.#announceSummary = announce;
    return this.#summaryRead.run();
  }

  #set = (change: Partial<Draft>) => {
    this.draft = { ...this.draft, ...change };
    const errors = { ...this.errors };
    if (change.role && errors.role) delete errors.role;
    if (change.now && errors.now) delete errors.now;
    this.errors = errors;
  };

  #score = (principle: PrincipleId, score: number | undefined) => {
    const principles = { ...this.draft.principles };
    if (score === undefined) delete principles[principle];
    else principles[principle] = score;
    this.draft = { ...this.draft, principles };
  };

  #focusField = (field: keyof DraftErrors) => {
    const group = this.renderRoot.querySelector(`#${field}-group`);
    const radio = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
    radio?.focus();
  };

  #submit = async (event: SubmitEvent, ladder: Ladder) => {
    event.preventDefault();
    if (this.#sending) return;
    const { role, now, aim, principles, comment } = this.draft;
    const errors: DraftErrors = {};
    if (!role) errors.role = this.t('error.role');
    if (!now) errors.now = this.t('error.now');
    this.errors = errors;
    this.sendError = '';
    if (errors.role || errors.now) {
      this.focusAfterUpdate('.error-summary');
      return;
    }
    const participant = this.#participantId;
    const askPrinciples = this.principles || ladder.principles;
    const scored = askPrinciples && Object.keys(principles).length > 0;
    const rating: NewRating = {
      id: newId(),
      participant,
      role,
      now,
      ...(aim ? { aim } : {}),
      ...(scored ? { principles } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    const mine: RememberedRating = { id: rating.id, role, now, ...(aim ? { aim } : {}), ...(scored ? { principles } : {}) };
    this.#sending = true;
    this.mine = mine;
    this.editing = false;
    this.delivery = 'sending';
    let result;
    try {
      result = await this.#watch.follow()!.send(
        {
          id: rating.id,
          ...routeWrite(rateLadder, { ladder: this.ladder }),
          body: rating,
          kind: RATING_KIND,
          meta: { ladder: this.ladder, participant, ...(holdsKioskKey(this.endpoint, this.ladder, 'ladder') ? { kiosk: true } : {}) },
          // Rating again while offline drops the earlier rating still waiting to be sent.
          replaces: `${RATING_KIND}:${this.ladder}:${participant}`,
        },
        NewRating,
      );
      if (result.state === 'queued' && this.mine?.id === rating.id) {
        this.delivery = 'queued';
        this.emit('copro-rating-queued', { ladder: this.ladder, rating });
        this.announcer.announce(this.t('outbox.queued'), true);
      }
      // A kiosk remembers nothing of one person for the next.
      if (result.state !== 'rejected' && !this.kiosk) remember(this.endpoint, this.ladder, participant, mine);
    } finally {
      this.#sending = false;
    }
    // Refused before it was stored (it failed the schema): no settled event tells #settled.
    if (result.state === 'rejected' && this.mine?.id === rating.id) this.#refused({ id: rating.id, body: rating }, result.error, false);
    this.focusAfterUpdate(result.state === 'rejected' ? '#send-error' : '#thanks-heading');
  };

  #change = async () => {
    const mine = this.mine;
    if (!mine) return;
    this.draft = { role: mine.role, now: mine.now, aim: mine.aim ?? '', principles: { ...(mine.principles ?? {}) }, comment: '' };
    this.editing = true;
    await this.updateComplete;
    this.#focusField('role');
  };

  #cancel = () => {
    this.editing = false;
    this.errors = {};
    this.focusAfterUpdate('#thanks-heading');
  };

  #refresh = () => void this.#loadSummary(true);

  protected override render() {
    if (!this.ladder) return html`<p class="error">${this.t('missing.ladder')}</p>`;
    const page = html`
      ${this.#load.render({
        // Read again in another language (the page's `lang` changed): the ladder stays until the new words come.
        pending: () => (this.#load.value ? this.#renderLadder(this.#load.value) : html`<p>${this.t('loading')}</p>`),
        complete: (ladder: Ladder) => this.#renderLadder(ladder),
        error: (error) => html`
          <p class="error" role="alert">${this.t(errorMessageKey(error))}</p>
          <button type="button" @click=${() => void this.#load.run()}>${this.t('retry')}</button>
        `,
      })}
      <div role="status" class="visually-hidden">${this.announcer.text}</div>
    `;
    return this.kioskMode?.render(page) ?? page;
  }

  async #loadComments(): Promise<void> {
    const { LadderComments, staffMessages, kioskLinksMessages } = await loadComments();
    // The staff words and the kiosk links panel's (and their Welsh, on a Welsh page) before anything staff is shown.
    await Promise.all([addMessages(this, staffMessages), addMessages(this, kioskLinksMessages)]);
    this.comments ??= new LadderComments({
      host: this,
      endpoint: () => this.endpoint,
      ladder: () => this.ladder,
      t: () => this.t,
      announce: (text) => this.announcer.announce(text, true),
      focus: (selector) => this.focusAfterUpdate(selector),
      reportError: (error) => this.reportError(error),
      level: () => this.headingLevel,
      added: () => void this.#loadSummary(),
    });
  }

  #renderLadder(ladder: Ladder) {
    const shown = localiseLadder(ladder, this.t);
    return html`
      ${heading(this.headingLevel, ladder.title, { part: 'title' })}
      ${this.resultsOnly ? nothing : html`<p>${this.t('ladder.intro')}</p>${this.#renderAnswer(ladder, shown)}`}
      ${this.#resultsShown ? this.#renderResults(shown, ladder) : nothing}
      ${this.staff && this.comments ? this.comments.render(this.headingLevel, shown) : nothing}
      <p class="credit">
        <a href=${CREDIT_HREF} target="_blank" rel="noopener noreferrer">${this.t('credit.text')} ${this.t('credit.newTab')}</a>
      </p>
      ${this.resultsOnly ? nothing : this.#forgetMe.render()}
    `;
  }

  #renderAnswer(ladder: Ladder, shown: ShownLadder) {
    if (this.mine && !this.editing) {
      const label = (id: string | undefined) => shown.rungs.find((rung) => rung.id === id)?.label ?? id ?? '';
      const status = this.delivery === 'queued' ? 'outbox.queued' : this.delivery === 'sending' ? 'outbox.sending' : 'thanks.sent';
      return html`
        <div class="thanks" part="thanks">
          ${heading(this.headingLevel, this.t('thanks.heading'), { id: 'thanks-heading', className: 'subheading', offset: 1 })}
          <p class="delivery">${this.t(status)}</p>
          <p>${this.t('mine.now', { now: label(this.mine.now) })} ${this.mine.aim ? this.t('mine.aim', { aim: label(this.mine.aim) }) : nothing}</p>
          <button type="button" @click=${this.#change}>${this.t('change')}</button>
        </div>
      `;
    }
    return html`
      ${this.sendError ? html`<p class="error" id="send-error" role="alert" tabindex="-1">${this.sendError}</p>` : nothing}
      ${ratingForm({
        ladder: shown,
        level: this.headingLevel,
        draft: this.draft,
        errors: this.errors,
        askPrinciples: this.principles || ladder.principles,
        replacing: this.editing,
        t: this.t,
        set: this.#set,
        score: this.#score,
        submit: (event) => void this.#submit(event, ladder),
        cancel: this.editing && this.mine ? this.#cancel : undefined,
        focusField: this.#focusField,
      })}
    `;
  }

  #renderResults(shown: ShownLadder, ladder: Ladder) {
    let body;
    if (this.summary) {
      body = resultsView({
        ladder: shown,
        staffNote: this.summaryAsStaff ? this.comments?.hiddenNote(this.summary, shown, ladder.minAnswersToShow) : undefined,
        level: this.headingLevel,
        summary: this.summary,
        staffRole: this.staffRole,
        livedRole: this.livedRole,
        width: this.#width.width || 480,
        fontSize: this.#width.fontSize,
        rtl: this.#width.rtl,
        t: this.t,
      });
    } else if (this.summaryError) {
      body = html`<p class="error">${this.t('results.error')} ${this.summaryError}</p>`;
    } else {
      body = html`<p>${this.t('loading')}</p>`;
    }
    return html`
      <section class="results" aria-labelledby="results-heading" part="results">
        ${heading(this.headingLevel, this.t('results.heading'), { id: 'results-heading', className: 'subheading', offset: 1 })}
        ${body}
        <button type="button" @click=${this.#refresh}>${this.t('results.refresh')}</button>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-ladder': CoproLadder;
  }
}
