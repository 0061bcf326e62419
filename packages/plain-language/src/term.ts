import { CoproElement } from '@copro/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * @summary A word with its plain-language definition.
 *
 * @slot - The word.
 */
export class CoproTerm extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      :host {
        display: inline;
      }
    `,
  ];

  /** The plain-language definition of the word. */
  @property() definition = '';

  protected override render() {
    return html`<dfn title=${this.definition}><slot></slot></dfn>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-term': CoproTerm;
  }
}
