import { CoproElement, resolveLang } from '@copro/core';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { loadAuthorNotes, loadClarityQuestion } from './companions.ts';
import { blockSettings } from './page-settings.ts';
import { ReadingModeController } from './reading-mode-controller.ts';
import type { ReadingMode } from './reading-mode.ts';

/**
 * @summary One block of content in a standard and a plain version; shows the one the page is in.
 *
 * The page's `<copro-plain-language>` switch chooses the version for every block. A block with
 * no plain version (or an empty one) shows its standard version in plain reading too: it is
 * never empty. Content without a `slot` counts as standard.
 *
 * With an endpoint (the block's own, or the page switch's), a block with a `block` id asks
 * "Was this clear?" under its text and files the answer under that id. In author mode (the
 * block's `author` attribute, or the switch's) it shows the reading age of the version on show
 * and flags long sentences and words to avoid (English only).
 *
 * Before the script runs, or if it never does, both versions show: to show only the standard
 * one, give the page `copro-plain-text:not(:defined) > [slot="plain"] { display: none; }`.
 *
 * @slot standard - The standard wording (one or more elements with `slot="standard"`).
 * @slot plain - The plain-language wording. When missing or empty, the standard one shows.
 * @slot - Content without a slot, shown with the standard version.
 * @csspart content - The wrapper around the version on show.
 */
export class CoproPlainText extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      /* The block is the page's own text: it keeps the page's font and size (but never the browser's
         serif default: --_font is a system sans-serif then, and otherwise inherits). */
      :host {
        font: inherit;
        font-family: var(--_font);
        color: inherit;
        line-height: inherit;
      }
    `,
  ];

  /** The block's id on the page, which "Was this clear?" answers are filed under. Without it, the block does not ask. */
  @property({ reflect: true }) block?: string;

  /** Where "Was this clear?" answers go; by default the endpoint of the page's `<copro-plain-language>`. */
  @property() endpoint?: string;

  /** The page id answers are filed under; by default the switch's `page`, or the page's path. */
  @property() page?: string;

  /** Author mode for this block alone (the switch's `author` turns it on for every block). */
  @property({ type: Boolean }) author = false;

  readonly #reading = new ReadingModeController(this, { settings: true });
  readonly #observer = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['slot'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  #versionElements(version: ReadingMode): Element[] {
    return [...this.children].filter((child) => (version === 'plain' ? child.slot === 'plain' : child.slot !== 'plain'));
  }

  /** The version on show: the page's mode, unless there is no plain text to show. */
  get shownVersion(): ReadingMode {
    const hasPlain = this.#versionElements('plain').some((element) => element.textContent?.trim());
    return this.#reading.mode === 'plain' && hasPlain ? 'plain' : 'standard';
  }

  protected override render() {
    const version = this.shownVersion;
    const settings = blockSettings(this);
    const asks = !!settings.endpoint && !!this.block;
    if (asks) loadClarityQuestion();
    if (settings.author) loadAuthorNotes();
    const shown = this.#versionElements(version);
    return html`
      <div part="content">${version === 'plain' ? html`<slot name="plain"></slot>` : html`<slot name="standard"></slot><slot></slot>`}</div>
      ${settings.author
        ? html`<copro-author-notes
            .text=${shown.map((element) => element.textContent ?? '').join('\n\n')}
            text-lang=${resolveLang(shown[0] ?? this)}
            version=${version}
          ></copro-author-notes>`
        : nothing}
      ${asks
        ? html`<copro-clarity-question
            endpoint=${settings.endpoint}
            page=${settings.page}
            block=${this.block!}
            version=${version}
            .excerpt=${shown.map((element) => element.textContent ?? '').join(' ')}
          ></copro-clarity-question>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-plain-text': CoproPlainText;
  }
}
