/**
 * Kiosk mode, shared by every element that has one (`<copro-feedback-board kiosk>`,
 * `<copro-ladder kiosk>`): a shared tablet passed round a room at an event. This module loads only
 * with an element's kiosk code, so readers never download it.
 *
 * - The kiosk link's key (`#copro-key=` in the address) moves into this tab's `sessionStorage` once
 *   and out of the address bar (write-credentials.ts); the element's writes carry it, so the server
 *   stores them with the `event` channel and the event's name.
 * - Each person is a fresh participant made in memory (`person`), never kept in `localStorage` or
 *   `sessionStorage`.
 * - After each write, a thank-you screen and a button to start again for the next person.
 * - After `idle` seconds (the element's attribute) without a touch, key or scroll, a visible
 *   countdown (30 seconds, or `idle` when shorter) that anyone can stop with "I need more time" or
 *   any touch (WCAG 2.2.1), then a clean start: a new participant, and the element's `reset` clears
 *   everything of the last person.
 */
import { css, html, nothing, type CSSResult, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { heading } from '../heading.ts';
import type { Catalogue, Translator } from '../i18n.ts';
import { newId } from '../ids.ts';
import { adoptLateStyles } from '../late-styles.ts';
import { addMessages } from '../locale-controller.ts';
import { adoptKey } from '../write-credentials.ts';
import { kioskMessages } from './messages.ts';

export { kioskMessages };

/** Quiet seconds before the countdown, unless the element's `idle` attribute says otherwise. */
export const DEFAULT_IDLE_SECONDS = 120;
/** The countdown's length: at least 20 seconds to answer it (WCAG 2.2.1) unless `idle` is shorter still. */
export const COUNTDOWN_SECONDS = 30;

/** What a kiosk needs from its element. */
export interface KioskOptions {
  host: ReactiveControllerHost & HTMLElement & { headingLevel: number };
  t: () => Translator;
  /** Empties everything of the last person (the element's state, forms, live regions); `person` is already new. */
  reset: () => void;
  /** Moves focus to the element's `selector` after its next update. */
  focus: (selector: string) => void;
}

/** What counts as someone using the element (scrolling by finger or wheel included; a scroll event is not: the element's own scrolls would count). */
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
    /* Room to scroll the end of the element out from under the countdown. */
    padding-block-end: 20rem;
  }
  .kiosk-expired {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
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
    .kiosk-expired,
    .kiosk-thanks,
    .kiosk-countdown {
      border-color: CanvasText;
    }
  }
`;

/**
 * Takes the kiosk link's key out of the address (for a board's or a ladder's writes), loads the
 * shared kiosk words and the element's own, and adopts the kiosk styles (and the element's extra
 * ones) into its shadow root.
 */
export async function startKiosk(host: HTMLElement, key: { kind: 'kiosk' | 'ladder'; endpoint: string; id: string }, words: Catalogue, ...styles: CSSResult[]): Promise<void> {
  adoptKey(key.kind, key.endpoint, key.id);
  await addMessages(host, kioskMessages);
  await addMessages(host, words);
  adoptLateStyles(host, kioskStyles, ...styles);
}

/** A kiosk's state and timers; its element renders through it. */
export class Kiosk implements ReactiveController {
  /** This person's participant id: made in memory, gone at the next clean start. */
  person = newId();
  /** Seconds left on the countdown, or undefined while it is not showing. */
  left?: number;
  /** The server refused the kiosk key (expired or revoked): staff must make a new link. */
  expired = false;
  /** Something happened since the last clean start (there is something to clear). */
  #used = false;
  #quiet?: ReturnType<typeof setTimeout>;
  #tick?: ReturnType<typeof setInterval>;
  #said = '';
  readonly #onError = (event: Event) => {
    // In kiosk mode no one signs in: a refusal for want of a credential is the kiosk key's.
    if ((event as CustomEvent<{ code: string }>).detail?.code === 'unauthorized') {
      this.expired = true;
      this.o.host.requestUpdate();
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

  constructor(private readonly o: KioskOptions) {
    o.host.addController(this);
    if (o.host.isConnected) this.hostConnected();
  }

  get #idle(): number {
    const seconds = Number(this.o.host.getAttribute('idle'));
    return seconds > 0 ? seconds : DEFAULT_IDLE_SECONDS;
  }

  get #countdown(): number {
    return Math.max(1, Math.round(Math.min(COUNTDOWN_SECONDS, this.#idle)));
  }

  #connected = false;
  hostConnected(): void {
    if (this.#connected) return;
    this.#connected = true;
    for (const type of ACTIVITY) this.o.host.addEventListener(type, this.#onActivity, { passive: true, capture: true });
    this.o.host.addEventListener('copro-error', this.#onError);
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const type of ACTIVITY) this.o.host.removeEventListener(type, this.#onActivity, { capture: true });
    this.o.host.removeEventListener('copro-error', this.#onError);
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
    const t = this.o.t();
    this.#before = this.o.host.shadowRoot?.activeElement;
    this.left = this.#countdown;
    this.#say(`${t('kiosk.idle.heading')} ${t('kiosk.idle.countdown', { count: this.left })}`);
    clearInterval(this.#tick);
    this.#tick = setInterval(() => {
      this.left = (this.left ?? 1) - 1;
      if (this.left <= 0) this.fresh();
      else this.o.host.requestUpdate();
    }, 1000);
    this.o.host.requestUpdate();
  }

  /** "I need more time" (or any touch while the countdown shows): the countdown goes, the quiet time starts again. */
  readonly extend = () => {
    if (this.left === undefined) return;
    const { host } = this.o;
    const root = host.shadowRoot;
    const pressed = root?.activeElement?.closest('.kiosk-countdown');
    clearInterval(this.#tick);
    this.left = undefined;
    this.#say(this.o.t()('kiosk.idle.extended'));
    this.#wait();
    host.requestUpdate();
    // The button goes with the countdown: focus goes back to where the person was.
    if (pressed) {
      const back = this.#before;
      void host.updateComplete.then(() => (back?.isConnected ? (back as HTMLElement).focus() : root?.getElementById('kiosk-start')?.focus()));
    }
  };

  /** A clean start for the next person: nothing of the last one is left on the screen or in the tab. */
  readonly fresh = () => {
    const { host } = this.o;
    this.#stop();
    this.left = undefined;
    this.#used = false;
    this.person = newId();
    this.o.reset();
    (host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    scrollTo?.(0, 0);
    this.#say(this.o.t()('kiosk.cleared'));
    host.requestUpdate();
    this.o.focus('#kiosk-start');
  };

  #say(text: string): void {
    // The same words twice are read again.
    this.#said = this.#said === text ? `${text}\u00a0` : text;
  }

  /**
   * The element as a kiosk shows it: the thank-you screen (`thanks`, the element's own lines about
   * what was sent) after a write, else the element's `page`; the countdown over either; `expired`,
   * the element's words for a refused kiosk key.
   */
  render(page: unknown, thanks: readonly string[] | undefined, expired: string): TemplateResult {
    const t = this.o.t();
    return html`
      ${this.expired ? html`<div class="notice error-notice kiosk-expired" role="alert" part="kiosk-expired"><p>${expired}</p></div>` : nothing}
      <div id="kiosk-start" tabindex="-1" class=${this.left !== undefined ? 'under-countdown' : ''}>${thanks ? this.#thanks(t, thanks) : page}</div>
      ${this.left !== undefined ? this.#countdownView(t, this.left) : nothing}
      <div role="status" class="visually-hidden">${this.#said}</div>
    `;
  }

  #thanks(t: Translator, lines: readonly string[]) {
    return html`<section class="kiosk-thanks" part="kiosk-thanks" aria-labelledby="confirmation-heading">
      ${heading(this.o.host.headingLevel, t('kiosk.thanks.heading'), { id: 'confirmation-heading', tabindex: -1 })}
      ${lines.map((line) => html`<p>${line}</p>`)}
      <p>${t('kiosk.thanks.pass')}</p>
      <p class="kiosk-actions"><button type="button" class="primary" part="kiosk-next" @click=${this.fresh}>${t('kiosk.next')}</button></p>
    </section>`;
  }

  #countdownView(t: Translator, left: number) {
    return html`<section class="kiosk-countdown" part="kiosk-countdown" aria-labelledby="kiosk-countdown-heading">
      <div>
        ${heading(this.o.host.headingLevel, t('kiosk.idle.heading'), { id: 'kiosk-countdown-heading', offset: 1 })}
        <p class="seconds">${t('kiosk.idle.countdown', { count: left })}</p>
        <p class="kiosk-actions"><button type="button" class="primary" part="kiosk-more" @click=${this.extend}>${t('kiosk.idle.more')}</button></p>
      </div>
    </section>`;
  }
}
