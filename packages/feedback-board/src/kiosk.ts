/**
 * Kiosk mode (`<copro-feedback-board kiosk>`): a shared tablet passed round a room at an event. This
 * module loads only in kiosk mode, so readers never download it.
 *
 * - The kiosk link's key (`#copro-key=` in the address) moves into this tab's `sessionStorage` once
 *   and out of the address bar; the board's new posts and supports carry it (core's
 *   write-credentials.ts), so the server stores them with the `event` channel and the event's name.
 *   Without a key the kiosk behaves the same and its writes are `online`.
 * - Each person is a fresh participant made in memory, never kept in `localStorage` or
 *   `sessionStorage`; no draft is kept (the board's composer is told).
 * - After each post, a thank-you screen and a button to start again for the next person.
 * - After `idle` seconds without a touch, key or scroll, a visible countdown (30 seconds, or `idle`
 *   when shorter) that anyone can stop with "I need more time" or any touch (WCAG 2.2.1), then a
 *   clean start: a new participant, an empty form, no supports, messages, announcements, choices
 *   or focus of the last person.
 */
import { addMessages, adoptKey, heading, newId, type Announcer, type Translator } from '@copro/core';
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { BoardParts } from './board-parts.ts';
import type { ComposerController } from './composer-controller.ts';
import type { ListChoicesController } from './list-choices-controller.ts';
import { kioskMessages } from './kiosk/messages.ts';
import type { SupportController } from './support-controller.ts';

export { kioskMessages };

/** Quiet seconds before the countdown, unless the element's `idle` attribute says otherwise. */
export const DEFAULT_IDLE_SECONDS = 120;
/** The countdown's length: at least 20 seconds to answer it (WCAG 2.2.1) unless `idle` is shorter still. */
export const COUNTDOWN_SECONDS = 30;

/** What kiosk mode needs from the board: its shared parts, and the controllers a clean start resets. */
export interface BoardKioskHost extends BoardParts {
  host: BoardParts['host'] & HTMLElement & { headingLevel: number };
  composer: ComposerController;
  support: SupportController;
  list: ListChoicesController;
  /** The board's live regions, emptied at a clean start. */
  live: Announcer[];
  /** The reports' forms, closed. */
  closeReports(): void;
}

/** What counts as someone using the board (scrolling by finger or wheel included; a scroll event is not: the board's own scrolls would count). */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export const kioskStyles = css`
  :host([kiosk]) {
    /* Bigger than the 44 px floor: fingers at arm's length, people who do not use tablets every day. */
    --_target: var(--copro-target-size, max(3.5rem, 56px));
    font-size: max(1.125em, 18px);
  }
  :host([kiosk]) :is(button, select, input:not([type='checkbox']):not([type='radio'])) {
    min-block-size: var(--_target);
    padding-inline: calc(var(--_space) * 2);
  }
  #kiosk-start:focus {
    /* Focus lands here, programmatically, for a clean start: the announcement says so. */
    outline: none;
  }
  .under-countdown {
    /* Room to scroll the end of the board out from under the countdown. */
    padding-block-end: 20rem;
  }
  .kiosk-thanks {
    border: 4px solid var(--_success);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    margin-block: calc(var(--_space) * 3);
  }
  .kiosk-thanks :is(h1, h2, h3, h4, h5, h6) {
    margin-block-start: 0;
    font-size: 2em;
  }
  .kiosk-countdown {
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: 10;
    padding: calc(var(--_space) * 2);
    background: var(--_background);
    color: var(--_text);
    border-block-start: 6px solid var(--_warning);
    box-shadow: 0 -2px 12px rgb(0 0 0 / 0.3);
  }
  .kiosk-countdown > * {
    max-inline-size: var(--copro-board-max-width, 48em);
    margin-inline: auto;
  }
  .kiosk-countdown :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 0 var(--_space);
  }
  .kiosk-countdown .seconds {
    font-weight: bold;
    font-variant-numeric: tabular-nums;
  }
  .kiosk-actions button {
    inline-size: 100%;
    max-inline-size: 28rem;
    font-size: 1.125em;
  }
  @media (forced-colors: active) {
    .kiosk-thanks,
    .kiosk-countdown {
      border-color: CanvasText;
    }
  }
`;

/** Kiosk mode's state and timers; the board renders through it. */
export class BoardKiosk implements ReactiveController {
  /** This person's participant id: made in memory, gone at the next clean start. */
  person = newId();
  /** Seconds left on the countdown, or undefined while it is not showing. */
  left?: number;
  /** Something happened since the last clean start (there is something to clear). */
  #used = false;
  #quiet?: ReturnType<typeof setTimeout>;
  #tick?: ReturnType<typeof setInterval>;
  #said = '';
  /** The server refused the kiosk key (expired or revoked): staff must make a new link. */
  expired = false;
  readonly #onError = (event: Event) => {
    // In kiosk mode no one signs in: a refusal for want of a credential is the kiosk key's.
    if ((event as CustomEvent<{ code: string }>).detail?.code === 'unauthorized') {
      this.expired = true;
      this.c.host.requestUpdate();
    }
  };
  /** What had focus when the countdown came: focus goes back there when "I need more time" is pressed. */
  #before?: Element | null;
  readonly #onActivity = (event: Event) => {
    // The countdown's own button says "more time" with its click: a press that hid it at once
    // would let the click land on whatever lies beneath.
    if (this.left !== undefined && event.composedPath().some((node) => (node as Element).classList?.contains('kiosk-countdown'))) return;
    this.#used = true;
    if (this.left !== undefined) this.extend();
    else this.#wait();
  };

  constructor(private readonly c: BoardKioskHost) {
    c.host.addController(this);
    if (c.host.isConnected) this.hostConnected();
  }

  /** Loads the kiosk words and styles into the board; takes the key out of the address. */
  static async start(c: BoardKioskHost): Promise<BoardKiosk> {
    adoptKey('kiosk', c.endpoint(), c.board());
    c.composer.noDraft = true;
    await addMessages(c.host, kioskMessages);
    const root = c.host.shadowRoot;
    const sheet = kioskStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return new BoardKiosk(c);
  }

  get #idle(): number {
    const seconds = Number(this.c.host.getAttribute('idle'));
    return seconds > 0 ? seconds : DEFAULT_IDLE_SECONDS;
  }

  get #countdown(): number {
    return Math.max(1, Math.round(Math.min(COUNTDOWN_SECONDS, this.#idle)));
  }

  #connected = false;
  hostConnected(): void {
    if (this.#connected) return;
    this.#connected = true;
    for (const type of ACTIVITY) this.c.host.addEventListener(type, this.#onActivity, { passive: true, capture: true });
    this.c.host.addEventListener('copro-error', this.#onError);
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const type of ACTIVITY) this.c.host.removeEventListener(type, this.#onActivity, { capture: true });
    this.c.host.removeEventListener('copro-error', this.#onError);
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#quiet);
    clearInterval(this.#tick);
  }

  /** (Re)starts the quiet time before the countdown. */
  #wait(): void {
    clearTimeout(this.#quiet);
    this.#quiet = setTimeout(() => (this.#used ? this.#warn() : undefined), this.#idle * 1000);
  }

  #warn(): void {
    const t = this.c.t();
    this.#before = this.c.host.shadowRoot?.activeElement;
    this.left = this.#countdown;
    this.#say(`${t('kiosk.idle.heading')} ${t('kiosk.idle.countdown', { count: this.left })}`);
    clearInterval(this.#tick);
    this.#tick = setInterval(() => {
      this.left = (this.left ?? 1) - 1;
      if (this.left <= 0) this.fresh();
      else this.c.host.requestUpdate();
    }, 1000);
    this.c.host.requestUpdate();
  }

  /** "I need more time" (or any touch while the countdown shows): the countdown goes, the quiet time starts again. */
  readonly extend = () => {
    if (this.left === undefined) return;
    const root = this.c.host.shadowRoot;
    const pressed = root?.activeElement?.closest('.kiosk-countdown');
    clearInterval(this.#tick);
    this.left = undefined;
    this.#say(this.c.t()('kiosk.idle.extended'));
    this.#wait();
    this.c.host.requestUpdate();
    // The button goes with the countdown: focus goes back to where the person was.
    if (pressed) {
      const back = this.#before;
      void this.c.host.updateComplete.then(() => (back?.isConnected ? (back as HTMLElement).focus() : root?.getElementById('kiosk-start')?.focus()));
    }
  };

  /** A clean start for the next person: nothing of the last one is left on the screen or in the tab. */
  readonly fresh = () => {
    const c = this.c;
    this.#stop();
    this.left = undefined;
    this.#used = false;
    this.person = newId();
    c.composer.forgotten();
    c.support.clear();
    c.similar.clear();
    c.closeReports();
    for (const announcer of c.live) announcer.announce('', true);
    c.list.sort = 'newest';
    c.list.status = '';
    c.list.category = '';
    // The list again as the new person sees it: no "yours", nothing supported.
    void c.list.reload();
    (c.host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    scrollTo?.(0, 0);
    this.#say(c.t()('kiosk.cleared'));
    c.host.requestUpdate();
    c.focus('#kiosk-start');
  };

  #say(text: string): void {
    // The same words twice are read again.
    this.#said = this.#said === text ? `${text}\u00a0` : text;
  }

  /** The board as a kiosk shows it: the thank-you screen after a post, else the board; the countdown over either. */
  render(board: unknown): TemplateResult {
    const t = this.c.t();
    const done = this.c.composer.confirmation;
    return html`
      ${this.expired ? html`<div class="notice error-notice" role="alert" part="kiosk-expired"><p>${t('kiosk.expired')}</p></div>` : nothing}
      <div id="kiosk-start" tabindex="-1" class=${this.left !== undefined ? 'under-countdown' : ''}>${done ? this.#thanks(t, done) : board}</div>
      ${this.left !== undefined ? this.#countdownView(t, this.left) : nothing}
      <div role="status" class="visually-hidden">${this.#said}</div>
    `;
  }

  #thanks(t: Translator, done: NonNullable<ComposerController['confirmation']>) {
    return html`<section class="kiosk-thanks" part="kiosk-thanks" aria-labelledby="confirmation-heading">
      ${heading(this.c.host.headingLevel, t('kiosk.thanks.heading'), { id: 'confirmation-heading', tabindex: -1 })}
      <p>${t(done.state === 'sent' ? 'kiosk.thanks.sent' : 'kiosk.thanks.queued')}</p>
      <p>${t(done.pending ? 'kiosk.thanks.moderated' : 'kiosk.thanks.visible')}</p>
      <p>${t('kiosk.thanks.pass')}</p>
      <p class="kiosk-actions"><button type="button" class="primary" part="kiosk-next" @click=${this.fresh}>${t('kiosk.next')}</button></p>
    </section>`;
  }

  #countdownView(t: Translator, left: number) {
    return html`<section class="kiosk-countdown" part="kiosk-countdown" aria-labelledby="kiosk-countdown-heading">
      <div>
        ${heading(this.c.host.headingLevel, t('kiosk.idle.heading'), { id: 'kiosk-countdown-heading', offset: 1 })}
        <p class="seconds">${t('kiosk.idle.countdown', { count: left })}</p>
        <p class="kiosk-actions"><button type="button" class="primary" part="kiosk-more" @click=${this.extend}>${t('kiosk.idle.more')}</button></p>
      </div>
    </section>`;
  }
}
