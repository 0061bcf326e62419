import { CoproElement, PopoverController, popoverPanelStyles } from '@copro/core';
import { css, html, unsafeCSS } from 'lit';
import { property } from 'lit/decorators.js';
import { messages } from './messages.ts';

/**
 * @summary A word with its plain-language definition in a pop-over.
 *
 * The word stays in the sentence, in the page's font and size. It is a button named by the word
 * and "definition" (`aria-expanded` tells whether the definition is open). Click, Enter or Space
 * opens the definition beside the word; it stays until Escape (focus goes back to the word), a
 * click outside, or another press of the word, and it can be hovered and selected (WCAG 1.4.13).
 *
 * Before the script runs, the word shows as plain text: the definition appears only with the script.
 *
 * @slot - The word or phrase.
 * @csspart term - The button around the word.
 * @csspart definition - The pop-over with the definition.
 * @cssprop --copro-color-accent - The dotted underline under the word.
 */
export class CoproTerm extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      :host {
        display: inline;
        font: inherit;
        color: inherit;
        line-height: inherit;
      }
      /* An inline target in a sentence: exempt from the 24 px minimum (WCAG 2.5.8), so it keeps the text's size. */
      button {
        display: inline;
        min-height: 0;
        min-width: 0;
        padding: 0;
        margin: 0;
        border: 0;
        border-radius: 0;
        background: none;
        color: inherit;
        text-align: inherit;
        text-decoration: underline dotted var(--_accent) 2px;
        text-underline-offset: 0.2em;
        cursor: help;
      }
      button[aria-expanded='true'] {
        text-decoration-style: solid;
      }
      .definition {
        ${unsafeCSS(popoverPanelStyles)}
        display: block;
        font-family: var(--_font);
        font-size: var(--_font-size);
        font-weight: 400;
        font-style: normal;
        line-height: 1.5;
        max-inline-size: 22em;
      }
      .definition[hidden] {
        display: none;
      }
      .word {
        font-weight: 700;
      }
    `,
  ];
  protected static override messages = messages;

  /** The plain-language definition of the word, shown as text (never as HTML). */
  @property() definition = '';

  readonly #definition = new PopoverController(this, {
    trigger: () => this.renderRoot.querySelector<HTMLElement>('button'),
    panel: () => this.renderRoot.querySelector<HTMLElement>('.definition'),
  });

  /** Whether the definition is showing. */
  get open(): boolean {
    return this.#definition.open;
  }

  /** Shows the definition. */
  show(): void {
    this.#definition.show();
  }

  /** Hides the definition. */
  hide(): void {
    this.#definition.hide();
  }

  protected override render() {
    const open = this.#definition.open;
    return html`<button part="term" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="definition" @click=${() => this.#definition.toggle()}
        ><slot></slot><span class="visually-hidden">${this.t('term.suffix')}</span></button
      ><span id="definition" part="definition" class="definition" ?hidden=${!open}
        ><span class="word">${this.textContent?.trim()}</span>: ${this.definition}</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-term': CoproTerm;
  }
}
