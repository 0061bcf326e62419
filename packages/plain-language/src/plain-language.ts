import { Announcer, CoproElement } from '@copro/core';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { applyMarkedUpContent } from './marked-up.ts';
import { messages } from './messages.ts';
import { switchStyles } from './plain-language.styles.ts';
import { pageSettingsChanged, setReadingMode } from './reading-mode.ts';
import { ReadingModeController } from './reading-mode-controller.ts';

/**
 * @summary A switch that puts the whole page into plain-language or standard reading, and remembers the choice.
 *
 * The mode is one value for the whole page: every switch on the page (and in other tabs of the
 * site) shows the same state, every `<copro-plain-text>` and every marked-up block follows it
 * (see `marked-up.ts` and docs/accessibility/plain-language.md). It is kept in `localStorage`
 * (`copro:reading-mode`) and set on `<html data-copro-reading="plain|standard">`.
 *
 * The switch's attributes are also the page's settings for every block: `endpoint` turns on
 * "Was this clear?" under each block, `page` names the page the answers are filed under, and
 * `author` turns on author mode (reading age and flags under each block). A block's own
 * attributes override them. With the drop-in `copro.js`, author mode's code is the separate
 * file `copro-author.js`, loaded from copro.js's folder the first time author mode is on.
 *
 * Printing the page prints the version on show (the reader's choice applies to print too); the
 * switch itself and "Was this clear?" are not printed.
 *
 * Without JavaScript there is nothing to switch: the element stays empty and the page shows its
 * standard wording (see `<copro-plain-text>` and the marked-up blocks).
 *
 * @event copro-reading-mode-changed - The page's reading mode changed; `detail.mode` is `plain` or `standard`.
 * Fired from the switch that was pressed; from `document` when a script or another tab changed it.
 * @csspart switch - The switch button.
 * @csspart track - The track the thumb moves along.
 * @csspart thumb - The thumb, at the end when plain language is on.
 * @csspart label - The visible label, "Plain language".
 * @csspart state - The visible "On" or "Off".
 * @cssprop --copro-color-accent - The track's colour when on, and the button's border.
 */
export class CoproPlainLanguage extends CoproElement {
  static override styles = [...CoproElement.styles, switchStyles];
  protected static override messages = messages;

  /** Where "Was this clear?" answers go, for every block on the page. Without it, blocks do not ask. */
  @property({ reflect: true }) endpoint?: string;

  /** The page id clarity answers are filed under; the page's path (`location.pathname`) when unset. */
  @property({ reflect: true }) page?: string;

  /** Author mode, for editors previewing a page: each block shows its reading age and flags. */
  @property({ type: Boolean, reflect: true }) author = false;

  readonly #reading = new ReadingModeController(this);
  readonly #announcer = new Announcer(this, 0);

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('endpoint') || changed.has('page') || changed.has('author')) pageSettingsChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Marked-up content the page has when its switch arrives takes part at once.
    applyMarkedUpContent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.endpoint || this.author) pageSettingsChanged();
  }

  #toggle(): void {
    const next = this.#reading.mode === 'plain' ? 'standard' : 'plain';
    setReadingMode(next, this);
    // Only the switch that was pressed speaks, so two switches on a page do not say it twice.
    this.#announcer.announce(this.t(next === 'plain' ? 'mode.plain' : 'mode.standard'), true);
  }

  protected override render() {
    const on = this.#reading.mode === 'plain';
    return html`
      <button part="switch" type="button" role="switch" aria-checked=${on ? 'true' : 'false'} @click=${this.#toggle}>
        <span part="label" class="label">${this.t('switch.label')}</span>
        <span part="track" class="track" aria-hidden="true"><span part="thumb" class="thumb"></span></span>
        <span part="state" class="state" aria-hidden="true">${this.t(on ? 'switch.on' : 'switch.off')}</span>
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
