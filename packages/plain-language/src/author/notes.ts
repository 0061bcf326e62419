import { CoproElement, primaryLanguage } from '@copro/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { authorMessages } from './messages.ts';
import { analyseReadability } from './readability.ts';

/**
 * @summary Author mode's notes on one block: reading age, sentences over 25 words, and words from GOV.UK's list of words to avoid.
 *
 * Shown under each `<copro-plain-text>` and marked-up block when author mode is on (the switch's
 * or the block's `author` attribute); loaded, with the readability code, only then. The checks
 * are for English: for text in another language (Welsh included) it says they are off.
 *
 * @csspart notes - The box around the notes.
 */
export class CoproAuthorNotes extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      .notes {
        margin: var(--_space) 0 calc(var(--_space) * 2);
        padding: var(--_space) calc(var(--_space) * 1.5);
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        font-size: 0.9em;
      }
      p,
      ul {
        margin: 0 0 calc(var(--_space) / 2);
      }
      .title {
        font-weight: 700;
      }
      .high {
        font-weight: 700;
      }
    `,
  ];
  protected static override messages = authorMessages;

  /** The text to check: the version of the block on show. */
  @property({ attribute: false }) text = '';
  /** The language of that text (a `lang` value); the checks run for English only. */
  @property({ attribute: 'text-lang' }) textLang = 'en';
  /** Which version the text is, for the title. */
  @property() version: 'standard' | 'plain' = 'standard';

  #renderChecks() {
    const language = primaryLanguage(this.textLang);
    if (language !== 'en') return html`<p>${this.t(language === 'cy' ? 'notes.welsh' : 'notes.notEnglish')}</p>`;
    const report = analyseReadability(this.text);
    if (!report.words) return html`<p>${this.t('notes.empty')}</p>`;
    const age = Math.max(0, Math.round(report.readingAge));
    return html`
      <p class=${age > 9 ? 'high' : ''}>
        ${this.t('notes.readingAge', { age, grade: this.t.number(report.grade, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) })}
      </p>
      <p>${this.t('notes.counts', { words: report.words, sentences: report.sentences })}</p>
      ${report.longSentences.length
        ? html`<p>${this.t('notes.long', { count: report.longSentences.length })}</p>
            <ul>
              ${report.longSentences.map(
                (sentence) => html`<li>${this.t('notes.longSentence', { words: sentence.words, start: sentence.text.split(' ').slice(0, 8).join(' ') })}</li>`,
              )}
            </ul>`
        : html`<p>${this.t('notes.noLong')}</p>`}
      ${report.avoid.length
        ? html`<p>${this.t('notes.avoid')}</p>
            <ul>
              ${report.avoid.map((word) => html`<li>${this.t('notes.avoidFound', { entry: word.entry, found: word.found.join(', ') })}</li>`)}
            </ul>`
        : html`<p>${this.t('notes.noAvoid')}</p>`}
    `;
  }

  protected override render() {
    return html`<div part="notes" class="notes">
      <p class="title">${this.t('notes.title', { version: this.t(`notes.version.${this.version}`) })}</p>
      ${this.#renderChecks()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-author-notes': CoproAuthorNotes;
  }
}
