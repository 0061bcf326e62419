import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ErasedCounts } from '@copro/protocol';
import { resolveEndpoint } from './client.ts';
import type { ForgetPanel, ForgetPanelHost } from './forget/forget-panel.ts';
import { formatDate } from './dates.ts';
import type { Translator } from './i18n.ts';
import { outboxFor } from './outbox.ts';
import { OutboxWatch } from './outbox-watch.ts';
import type { StoredWrite } from './outbox-store.ts';

export interface ForgetMeOptions {
  endpoint: () => string;
  /** The participant id the host uses now (read when the person acts). */
  participant: () => string;
  t: () => Translator;
  /** Says a result in the host's live region (its core `Announcer`); the control also shows it. */
  announce: (text: string) => void;
  /** The host's writes, for the held-writes notice: their kinds, and which are this host's. */
  kind: string | readonly string[];
  match: (write: StoredWrite) => boolean;
  /** This device forgot the person (here or in another element or tab): drop what the host holds in memory about them. */
  forgotten: (erased: ErasedCounts['erased'] | null) => void;
  /** A unique prefix for ids in the host's shadow root. */
  idPrefix?: string;
}

/** Tells every element on this page (and, through a BroadcastChannel, other tabs) that an endpoint's person was forgotten. */
const pageForgets = new EventTarget();
let channel: BroadcastChannel | undefined;
/**
 * The channel to other tabs, opened when the first control connects, not when this module loads:
 * an open BroadcastChannel keeps a Node process alive, and Node scripts (the translator kit, the
 * message checks) import the element modules without ever rendering one.
 */
function otherTabs(): BroadcastChannel | undefined {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel('copro-forget');
    channel.addEventListener('message', (event: MessageEvent<{ endpoint?: string }>) => {
      if (typeof event.data?.endpoint === 'string') pageForgets.dispatchEvent(new CustomEvent('forgotten', { detail: { endpoint: event.data.endpoint, erased: null } }));
    });
  }
  return channel;
}

/** The panel, loaded the first time someone opens it (at module level: see feedback-board.ts). */
const loadPanel = () => import('./forget/forget-panel.ts');

/**
 * "Forget me on this device", one control for every element that keeps a participant id (issue
 * 13, finding 6; issue 16, erasure and subject access). After confirming what would be lost, it
 * forgets the participant id, drafts, remembered answers and unsent writes of this endpoint on this
 * device; it can also delete what the person posted (`DELETE /v1/participants/{id}`, announcing the
 * counts), download what is stored about them (`GET /v1/participants/{id}`, a JSON file), and set
 * the device to keep people for the tab only (a shared or library computer).
 *
 * It also offers back writes held because they waited longer than a day ("Send now" or "Discard"),
 * so a person decides, and the next person at a shared computer does not send them unknowingly.
 *
 * Only the button and that offer are always loaded: the panel (forget/forget-panel.ts, with its messages
 * and styles) loads the first time someone opens it.
 *
 * The host renders `render()` where it wants the control and adds `forgetMeStyles` to its styles.
 */
export class ForgetMe implements ReactiveController {
  /** Saves a download instead of the browser's download (tests set it). @internal */
  static save: ((name: string, text: string, root: Node) => void) | undefined;

  #open = false;
  #opening = false;
  #message = '';
  #error = '';
  #writes: StoredWrite[] = [];
  #panel?: ForgetPanel;
  readonly #watch: OutboxWatch;
  readonly #control: ForgetPanelHost;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ForgetMeOptions,
  ) {
    host.addController(this);
    this.#watch = new OutboxWatch(host, {
      outbox: () => (this.options.endpoint() ? outboxFor(this.options.endpoint()) : undefined),
      kind: options.kind,
      match: options.match,
      onSettled: () => {},
      onChange: () => void this.#refresh(),
    });
    // What the panel may do to this control.
    this.#control = {
      host: this.host,
      options: this.options,
      id: this.#id,
      unsent: () => this.#writes.length,
      show: ({ message, error, announce }) => {
        if (message !== undefined) this.#message = message;
        if (error !== undefined) this.#error = error;
        if (announce && message) this.options.announce(message);
        this.host.requestUpdate();
      },
      close: () => this.#setOpen(false),
      get save() {
        return ForgetMe.save;
      },
      forgotten: (erased) => {
        const base = resolveEndpoint(this.options.endpoint());
        pageForgets.dispatchEvent(new CustomEvent('forgotten', { detail: { endpoint: base, erased } }));
        otherTabs()?.postMessage({ endpoint: base });
        this.host.dispatchEvent(new CustomEvent('copro-forgotten', { detail: { erased }, bubbles: true, composed: true }));
      },
    };
  }

  hostConnected(): void {
    otherTabs();
    pageForgets.addEventListener('forgotten', this.#onForgotten);
  }

  hostDisconnected(): void {
    pageForgets.removeEventListener('forgotten', this.#onForgotten);
  }

  /** Follow the endpoint again (call when the host's endpoint changes). */
  follow(): void {
    this.#watch.follow();
    void this.#refresh();
  }

  readonly #onForgotten = (event: Event) => {
    const { endpoint, erased } = (event as CustomEvent<{ endpoint: string; erased: ErasedCounts['erased'] | null }>).detail;
    if (!this.options.endpoint() || resolveEndpoint(this.options.endpoint()) !== endpoint) return;
    this.options.forgotten(erased);
    void this.#refresh();
  };

  async #refresh(): Promise<void> {
    const writes = await this.#watch.pending();
    if (!writes) return;
    this.#writes = writes;
    this.host.requestUpdate();
  }

  get #id() {
    return this.options.idPrefix ?? 'copro-forget';
  }

  /** The host's unsent writes older than the hold age: sent only when the person says so. */
  get held(): StoredWrite[] {
    const outbox = this.#watch.outbox;
    return outbox ? this.#writes.filter((write) => outbox.isHeld(write)) : [];
  }

  #focus(selector: string): void {
    void (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }


  #setOpen(open: boolean): void {
    this.#open = open;
    this.#panel?.reset();
    this.#error = '';
    this.host.requestUpdate();
    this.#focus(open ? `#${this.#id}-heading` : `#${this.#id}-toggle`);
  }

  #toggle = async () => {
    if (this.#open) return this.#setOpen(false);
    if (!this.#panel) {
      if (this.#opening) return;
      this.#opening = true;
      try {
        const { ForgetPanel } = await loadPanel();
        this.#panel = await ForgetPanel.open(this.#control);
      } catch {
        // Its code could not load (offline before it was ever opened): nothing was forgotten.
        const t = this.options.t();
        this.#error = t('forget.failed', { reason: t('error.offline') });
        this.host.requestUpdate();
        return;
      } finally {
        this.#opening = false;
      }
    }
    this.#setOpen(true);
  };

  #sendHeld = async () => {
    const outbox = this.#watch.outbox;
    const held = this.held;
    if (!outbox || !held.length) return;
    this.#message = this.options.t()('forget.heldSending', { count: held.length });
    this.options.announce(this.#message);
    await outbox.sendNow(held.map((write) => write.id));
  };

  #discardHeld = async () => {
    const outbox = this.#watch.outbox;
    const held = this.held;
    if (!outbox || !held.length) return;
    for (const write of held) await outbox.discard(write.id);
    this.#message = this.options.t()('forget.heldDiscarded', { count: held.length });
    this.options.announce(this.#message);
    this.host.requestUpdate();
  };

  /** The held-writes notice (when there are any), the control, and its live region. */
  render() {
    const t = this.options.t();
    const id = this.#id;
    const held = this.held;
    const oldest = held.length ? Math.min(...held.map((write) => write.confirmedAt ?? write.createdAt)) : 0;
    return html`<div class="forget-me" part="forget-me">
      ${held.length
        ? html`<div class="forget-held" part="held-writes" role="group" aria-labelledby="${id}-held">
            <p id="${id}-held">${t('forget.held', { count: held.length, date: formatDate(new Date(oldest), t.lang, { dateStyle: 'long' }) })}</p>
            <div class="forget-actions">
              <button type="button" class="primary" @click=${this.#sendHeld}>${t('forget.sendNow')}</button>
              <button type="button" @click=${this.#discardHeld}>${t('forget.discard')}</button>
            </div>
          </div>`
        : nothing}
      <button type="button" id="${id}-toggle" class="forget-toggle" part="forget-button" aria-expanded=${this.#open ? 'true' : 'false'} aria-controls="${id}-panel" @click=${this.#toggle}>
        ${t('forget.button')}
      </button>
      <div id="${id}-panel" class="forget-panel" part="forget-panel" role="group" aria-labelledby="${id}-heading" ?hidden=${!this.#open}>
        ${this.#open && this.#panel ? this.#panel.render() : nothing}
      </div>
      ${this.#error ? html`<p class="error" role="alert">${this.#error}</p>` : nothing}
      <p class="forget-status">${this.#message}</p>
    </div>`;
  }
}

/** Styles for `ForgetMe.render()`: add them to the host's `static styles`. */
export const forgetMeStyles = css`
  .forget-me {
    margin-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .forget-panel,
  .forget-held {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-inline-size: 40em;
  }
  .forget-panel[hidden] {
    display: none;
  }
  .forget-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .forget-status {
    margin: 0;
  }
`;
