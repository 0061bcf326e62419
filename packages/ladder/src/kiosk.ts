/**
 * The ladder's kiosk mode (`<copro-ladder kiosk>`): a shared tablet passed round a room at an event,
 * where people rate the project one after another. This module loads only in kiosk mode, so readers
 * never download it. The countdown, the idle reset, the thank-you frame and the fresh participant
 * are core's (`Kiosk`, shared with the board's kiosk); here is what is the ladder's own:
 *
 * - The ladder's ratings carry the kiosk link's key (core's write-credentials.ts), so the server
 *   stores them with the `event` channel and the event's name.
 * - Each person rates as the kiosk's participant of the moment (the element's `participant`), made
 *   in memory; the ladder keeps no "remembered rating" in kiosk mode (ladder.ts).
 * - After a rating, a thank-you screen in place of the person's answer and the results.
 * - A clean start gives the element the next participant (which empties the form and the answer),
 *   and empties its problems and its live region too.
 */
import { Kiosk, startKiosk, type Announcer, type Translator } from '@copro/core';
import { css, type ReactiveController, type TemplateResult } from 'lit';
import { kioskMessages } from './kiosk/messages.ts';

/** What the kiosk reads and resets of the ladder: its state, which the ladder keeps private to readers' code. */
interface LadderKioskHost extends HTMLElement {
  endpoint: string;
  ladder: string;
  participant: string;
  headingLevel: number;
  t: Translator;
  updateComplete: Promise<boolean>;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  removeController(controller: ReactiveController): void;
  mine?: unknown;
  editing: boolean;
  delivery?: 'sending' | 'sent' | 'queued';
  errors: object;
  sendError: string;
  announcer: Announcer;
  kioskMode?: LadderKiosk;
}

/**
 * The ladder's own kiosk styles: its answers are radios, so each choice's row is a large target
 * (its label fills it); a kiosk has no "Forget me on this device" (each person is forgotten at the
 * clean start).
 */
const ladderKioskStyles = css`
  :host([kiosk]) input[type='radio'] {
    inline-size: 2em;
    block-size: 2em;
  }
  :host([kiosk]) .choice {
    align-items: center;
  }
  :host([kiosk]) .choice label {
    flex: 1;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: var(--_target);
  }
  :host([kiosk]) [part~='forget-me'] {
    display: none;
  }
  :host([kiosk]) .kiosk-thanks p {
    font-size: 1.125em;
  }
`;

/** The ladder's kiosk: core's `Kiosk`, with what a ladder shows and clears. */
export class LadderKiosk implements ReactiveController {
  readonly kiosk: Kiosk;
  readonly #host: LadderKioskHost;
  /** The thank-you screen was showing at the last update (its heading takes focus when it comes). */
  #thanked = false;

  constructor(host: LadderKioskHost) {
    this.#host = host;
    const focus = (selector: string) => void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
    this.kiosk = new Kiosk({ host, t: () => host.t, focus, reset: () => this.#reset() });
    host.addController(this);
    host.kioskMode = this;
    // Its first participant: the ladder reads and rates from now on (ladder.ts willUpdate).
    host.participant = this.kiosk.person;
  }

  /** Loads the kiosk words and styles into the ladder; takes the key out of the address; rates as a fresh participant. */
  static async start(host: LadderKioskHost): Promise<LadderKiosk> {
    await startKiosk(host, { kind: 'ladder', endpoint: host.endpoint, id: host.ladder }, kioskMessages, ladderKioskStyles);
    return new LadderKiosk(host);
  }

  get #done(): boolean {
    return Boolean(this.#host.mine) && !this.#host.editing && this.#host.delivery !== undefined;
  }

  hostUpdated(): void {
    const done = this.#done;
    // The rating went (or waits on the tablet): the thank-you heading, in place of the form, takes focus.
    if (done && !this.#thanked) this.#host.shadowRoot?.querySelector<HTMLElement>('#confirmation-heading')?.focus();
    this.#thanked = done;
  }

  #reset(): void {
    const host = this.#host;
    // A new participant: the ladder empties the answer, the form and the results it read (ladder.ts willUpdate).
    host.participant = this.kiosk.person;
    host.errors = {};
    host.sendError = '';
    host.announcer.announce('', true);
  }

  /** The ladder as a kiosk shows it: the thank-you screen after a rating, else the ladder; the countdown over either. */
  render(page: unknown): TemplateResult {
    const t = this.#host.t;
    const delivery = this.#host.delivery;
    const thanks = this.#done ? [t(delivery === 'sent' ? 'kiosk.rating.sent' : delivery === 'queued' ? 'kiosk.rating.queued' : 'kiosk.rating.sending')] : undefined;
    return this.kiosk.render(page, thanks, t('kiosk.rating.expired'));
  }
}

const starting = new WeakMap<HTMLElement, Promise<LadderKiosk>>();

/** Starts kiosk mode on a ladder, once: the ladder renders through `kioskMode` from then on. */
export function startLadderKiosk(host: HTMLElement): Promise<LadderKiosk> {
  let started = starting.get(host);
  if (!started) starting.set(host, (started = LadderKiosk.start(host as LadderKioskHost)));
  return started;
}
