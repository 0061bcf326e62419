import { Announcer, CoproElement } from '@copro/core';
import { css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { messages } from './messages.ts';
import { READING_MODE_EVENT, readingMode, setReadingMode, type ReadingMode } from './reading-mode.ts';

/**
 * @summary A switch that puts the whole page into plain-language or standard reading.
 *
 * @event copro-reading-mode-changed - The page's reading mode changed; `detail.mode` is `plain` or `standard`.
 * @csspart switch - The switch button.
 */
export class CoproPlainLanguage extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];
  protected static override messages = messages;

  @state() private mode: ReadingMode = 'standard';
  readonly #announcer = new Announcer(this, 0);
  readonly #onModeChanged = () => {
    this.mode = readingMode();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.mode = readingMode();
    document.addEventListener(READING_MODE_EVENT, this.#onModeChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(READING_MODE_EVENT, this.#onModeChanged);
  }

  #toggle() {
    const next: ReadingMode = this.mode === 'plain' ? 'standard' : 'plain';
    setReadingMode(next, this);
    this.#announcer.announce(this.t(next === 'plain' ? 'mode.plain' : 'mode.standard'), true);
  }

  protected override render() {
    return html`
      <button part="switch" role="switch" aria-checked=${this.mode === 'plain' ? 'true' : 'false'} @click=${this.#toggle}>
        ${this.t('switch.label')}
      </button>
      <span role="status" class="visually-hidden">${this.#announcer.text}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-plain-language': CoproPlainLanguage;
  }
}
