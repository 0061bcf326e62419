import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { eraseParticipant, participantData, type ErasedCounts } from '@copro/protocol';
import { EndpointClient, resolveEndpoint } from '../client.ts';
import { adoptLateStyles } from '../late-styles.ts';
import { saveFile } from '../downloads.ts';
import { errorMessageKey } from '../errors.ts';
import type { ForgetMeOptions } from '../forget-me.ts';
import { addMessages } from '../locale-controller.ts';
import { outboxFor } from '../outbox.ts';
import { sessionOnlyParticipants } from '../participant.ts';
import { forgetStoredPersonalData, setSessionOnlyParticipants } from './stored-data.ts';
import { forgetMessages } from './messages.ts';

/** What the always-loaded `ForgetMe` control lends its panel. */
export interface ForgetPanelHost {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly options: ForgetMeOptions;
  /** The prefix of ids in the host's shadow root. */
  readonly id: string;
  /** How many of the host's writes are not sent yet. */
  unsent(): number;
  /** Shows (and, when `announce`, says) a result; or shows a failure (`error`). */
  show(result: { message?: string; error?: string; announce?: boolean }): void;
  /** Closes the panel (focus goes back to the button). */
  close(): void;
  /** Saves a download (tests replace it through `ForgetMe.save`). */
  save?: (name: string, text: string, root: Node) => void;
  /** After forgetting: tells this page's other elements and other tabs. */
  forgotten(erased: ErasedCounts['erased'] | null): void;
}

/**
 * The "Forget me on this device" panel: what would be lost, erasing what the person posted
 * (`DELETE /v1/participants/{id}`), downloading what is stored about them (subject access) and the
 * shared-computer choice. `ForgetMe` loads this module (and its messages) the first time someone
 * opens the panel, so pages where nobody does never download it.
 */
export class ForgetPanel {
  #erase = false;
  #busy = false;

  /** Loads the panel's messages (another language too, when the host needs it) and styles for `control`. */
  static async open(control: ForgetPanelHost): Promise<ForgetPanel> {
    await addMessages(control.host, forgetMessages);
    adoptLateStyles(control.host, forgetPanelStyles);
    return new ForgetPanel(control);
  }

  private constructor(private readonly control: ForgetPanelHost) {}

  /** Opening again starts with the erase box clear. */
  reset(): void {
    this.#erase = false;
  }

  #client(): EndpointClient {
    return new EndpointClient(this.control.options.endpoint(), 15000);
  }

  #forget = async () => {
    if (this.#busy) return;
    const { host, options, id } = this.control;
    const t = options.t();
    const endpoint = options.endpoint();
    const erase = this.#erase;
    const shared = host.shadowRoot?.querySelector<HTMLInputElement>(`#${id}-session`)?.checked;
    this.#busy = true;
    this.control.show({ error: '' });
    let erased: ErasedCounts['erased'] | null = null;
    try {
      // With the outbox's send lock held: no write of this person is sent while they are erased and forgotten.
      await outboxFor(endpoint).forget(async () => {
        if (erase) erased = (await this.#client().call(eraseParticipant, { params: { participant: options.participant() } })).erased;
      });
      forgetStoredPersonalData(endpoint);
      if (shared !== undefined) setSessionOnlyParticipants(shared);
      const message = erased ? `${t('forget.done')} ${t('forget.erased', erased as unknown as Record<string, number>)}` : t('forget.done');
      this.control.close();
      this.control.show({ message, announce: true });
      this.control.forgotten(erased);
    } catch (error) {
      // Nothing was erased or forgotten: say so, in plain words.
      this.control.show({ error: t('forget.failed', { reason: t(errorMessageKey(error)) }) });
    } finally {
      this.#busy = false;
      host.requestUpdate();
    }
  };

  #download = async () => {
    const { host, options } = this.control;
    const t = options.t();
    this.control.show({ error: '' });
    try {
      const data = await this.#client().call(participantData, { params: { participant: options.participant() } });
      const name = `copro-my-data-${new Date().toISOString().slice(0, 10)}.json`;
      const text = JSON.stringify({ endpoint: resolveEndpoint(options.endpoint()), downloadedAt: new Date().toISOString(), ...data }, null, 2);
      const root = host.shadowRoot ?? document;
      if (this.control.save) this.control.save(name, text, root);
      else saveFile(name, new Blob([text], { type: 'application/json' }), root);
      this.control.show({ message: t('forget.downloaded', { name }), announce: true });
    } catch (error) {
      this.control.show({ error: t('forget.downloadFailed', { reason: t(errorMessageKey(error)) }) });
    }
  };

  /** The panel's content (inside the host's `forget-panel` part). */
  render() {
    const { host, options, id } = this.control;
    const t = options.t();
    const unsent = this.control.unsent();
    return html`<p id="${id}-heading" class="forget-heading" tabindex="-1"><strong>${t('forget.heading')}</strong></p>
      <p>${t('forget.explain')}</p>
      ${unsent ? html`<p class="forget-warning"><strong>${t('forget.unsent', { count: unsent })}</strong></p>` : nothing}
      <div class="forget-choice">
        <input type="checkbox" id="${id}-erase" aria-describedby="${id}-erase-hint" .checked=${this.#erase} @change=${(event: Event) => {
          this.#erase = (event.target as HTMLInputElement).checked;
          host.requestUpdate();
        }} />
        <label for="${id}-erase">${t('forget.erase')}</label>
        <p id="${id}-erase-hint" class="forget-hint">${t('forget.eraseHint')}</p>
      </div>
      <div class="forget-choice">
        <input type="checkbox" id="${id}-session" .checked=${sessionOnlyParticipants()} />
        <label for="${id}-session">${t('forget.session')}</label>
      </div>
      <div class="forget-actions">
        <button type="button" class="primary forget-confirm" ?disabled=${this.#busy} @click=${this.#forget}>${t(this.#erase ? 'forget.confirmErase' : 'forget.confirm')}</button>
        <button type="button" @click=${() => this.control.close()}>${t('forget.cancel')}</button>
      </div>
      <p><button type="button" class="forget-download" @click=${this.#download}>${t('forget.download')}</button></p>`;
  }
}

/** The panel's own styles, added to the host's shadow root when the panel first loads. */
const forgetPanelStyles = css`
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
  .forget-warning {
    color: var(--_warning);
  }
  .forget-heading:focus {
    outline: none;
  }
  .forget-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
