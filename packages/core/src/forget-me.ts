import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { ErasedCounts, ParticipantData } from '@copro/protocol';
import { endpointUrl, httpError, resolveEndpoint, sendRequest } from './client.ts';
import { saveFile } from './downloads.ts';
import { CoproRequestError, errorMessageKey } from './errors.ts';
import type { Translator } from './i18n.ts';
import { outboxFor } from './outbox.ts';
import { OutboxWatch } from './outbox-watch.ts';
import type { StoredWrite } from './outbox-store.ts';
import { forgetStoredPersonalData, sessionOnlyParticipants, setSessionOnlyParticipants } from './participant.ts';

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

const ERASE = 'DELETE';

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
 * The host renders `render()` where it wants the control and adds `forgetMeStyles` to its styles.
 */
export class ForgetMe implements ReactiveController {
  /** Saves a file (a download); tests replace it. @internal */
  static save = (name: string, text: string, root: Node): void => saveFile(name, new Blob([text], { type: 'application/json' }), root);

  #open = false;
  #erase = false;
  #busy = false;
  #message = '';
  #error = '';
  #writes: StoredWrite[] = [];
  readonly #watch: OutboxWatch;

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

  #toggle = () => {
    this.#open = !this.#open;
    this.#erase = false;
    this.#error = '';
    this.host.requestUpdate();
    void (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLElement>(this.#open ? `#${this.#id}-heading` : `#${this.#id}-toggle`)?.focus(),
    );
  };

  #request(method: string): Promise<Response> {
    const endpoint = this.options.endpoint();
    return sendRequest(method, endpointUrl(endpoint, `/v1/participants/${encodeURIComponent(this.options.participant())}`), undefined, 15000);
  }

  async #read<T>(response: Response, schema: z.core.$ZodType): Promise<T> {
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) throw httpError(response, json);
    const parsed = z.safeParse(schema, json);
    if (!parsed.success) throw new CoproRequestError('invalid-response', 'The answer does not match the schema.', response.status);
    return parsed.data as T;
  }

  #forget = async () => {
    if (this.#busy) return;
    const t = this.options.t();
    const endpoint = this.options.endpoint();
    const erase = this.#erase;
    const shared = this.host.shadowRoot?.querySelector<HTMLInputElement>(`#${this.#id}-session`)?.checked;
    this.#busy = true;
    this.#error = '';
    this.host.requestUpdate();
    let erased: ErasedCounts['erased'] | null = null;
    try {
      // With the outbox's send lock held: no write of this person is sent while they are erased and forgotten.
      await outboxFor(endpoint).forget(async () => {
        if (erase) erased = (await this.#read<ErasedCounts>(await this.#request(ERASE), ErasedCounts)).erased;
      });
      forgetStoredPersonalData(endpoint);
      if (shared !== undefined) setSessionOnlyParticipants(shared);
      this.#open = false;
      this.#message = erased
        ? `${t('forget.done')} ${t('forget.erased', erased as unknown as Record<string, number>)}`
        : t('forget.done');
      this.options.announce(this.#message);
      const base = resolveEndpoint(endpoint);
      pageForgets.dispatchEvent(new CustomEvent('forgotten', { detail: { endpoint: base, erased } }));
      otherTabs()?.postMessage({ endpoint: base });
      this.host.dispatchEvent(new CustomEvent('copro-forgotten', { detail: { erased }, bubbles: true, composed: true }));
      void (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() =>
        this.host.shadowRoot?.querySelector<HTMLElement>(`#${this.#id}-toggle`)?.focus(),
      );
    } catch (error) {
      // Nothing was erased or forgotten: say so, in plain words.
      this.#error = t('forget.failed', { reason: t(errorMessageKey(error)) });
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
  };

  #download = async () => {
    const t = this.options.t();
    this.#error = '';
    try {
      const data = await this.#read<ParticipantData>(await this.#request('GET'), ParticipantData);
      const name = `copro-my-data-${new Date().toISOString().slice(0, 10)}.json`;
      ForgetMe.save(name, JSON.stringify({ endpoint: resolveEndpoint(this.options.endpoint()), downloadedAt: new Date().toISOString(), ...data }, null, 2), this.host.shadowRoot ?? document);
      this.#message = t('forget.downloaded', { name });
      this.options.announce(this.#message);
    } catch (error) {
      this.#error = t('forget.downloadFailed', { reason: t(errorMessageKey(error)) });
    }
    this.host.requestUpdate();
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
    const unsent = this.#writes.length;
    const oldest = held.length ? Math.min(...held.map((write) => write.confirmedAt ?? write.createdAt)) : 0;
    return html`<div class="forget-me" part="forget-me">
      ${held.length
        ? html`<div class="forget-held" part="held-writes" role="group" aria-labelledby="${id}-held">
            <p id="${id}-held">${t('forget.held', { count: held.length, date: t.date(new Date(oldest), { dateStyle: 'long' }) })}</p>
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
        ${this.#open
          ? html`<p id="${id}-heading" class="forget-heading" tabindex="-1"><strong>${t('forget.heading')}</strong></p>
              <p>${t('forget.explain')}</p>
              ${unsent ? html`<p class="forget-warning"><strong>${t('forget.unsent', { count: unsent })}</strong></p>` : nothing}
              <div class="forget-choice">
                <input type="checkbox" id="${id}-erase" aria-describedby="${id}-erase-hint" .checked=${this.#erase} @change=${(event: Event) => {
                  this.#erase = (event.target as HTMLInputElement).checked;
                  this.host.requestUpdate();
                }} />
                <label for="${id}-erase">${t('forget.erase')}</label>
                <p id="${id}-erase-hint" class="forget-hint">${t('forget.eraseHint')}</p>
              </div>
              <div class="forget-choice">
                <input type="checkbox" id="${id}-session" .checked=${sessionOnlyParticipants()} />
                <label for="${id}-session">${t('forget.session')}</label>
              </div>
              <div class="forget-actions">
                <button type="button" class="primary forget-confirm" ?disabled=${this.#busy} @click=${this.#forget}>
                  ${t(this.#erase ? 'forget.confirmErase' : 'forget.confirm')}
                </button>
                <button type="button" @click=${this.#toggle}>${t('forget.cancel')}</button>
              </div>
              <p><button type="button" class="forget-download" @click=${this.#download}>${t('forget.download')}</button></p>`
          : nothing}
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
  .forget-choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    align-items: start;
    margin-block-end: var(--_space);
  }
  .forget-choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0.6em 0 0;
  }
  .forget-choice label {
    display: block;
    padding-block: 0.6em;
    min-block-size: var(--_target);
  }
  .forget-hint {
    grid-column: 2;
    color: var(--_text-secondary);
  }
  .forget-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .forget-warning {
    color: var(--_warning);
  }
  .forget-status {
    margin: 0;
  }
  .forget-heading:focus {
    outline: none;
  }
  .forget-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
