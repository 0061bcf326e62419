import { CoproElement } from '@copro/core';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { READING_MODE_EVENT, readingMode, type ReadingMode } from './reading-mode.ts';

/**
 * @summary One block of content in a standard and a plain version; shows the one the page is in.
 *
 * @slot standard - The standard wording.
 * @slot plain - The plain-language wording. When missing, the standard one shows.
 */
export class CoproPlainText extends CoproElement {
  @state() private mode: ReadingMode = 'standard';
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

  protected override render() {
    const hasPlain = !!this.querySelector(':scope > [slot="plain"]');
    const show = this.mode === 'plain' && hasPlain ? 'plain' : 'standard';
    return html`<slot name=${show}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-plain-text': CoproPlainText;
  }
}
