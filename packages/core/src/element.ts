import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { CoproRequestError, errorMessageKey } from './errors.ts';
import type { CoproEventDetails, CoproEventName } from './events.ts';
import { catalogue, type Catalogue, type Messages } from './i18n.ts';
import { HostFontController } from './host-font.ts';
import { LocaleController } from './locale-controller.ts';
import { baseStyles, tokens } from './tokens.ts';

/**
 * The base of every copro element: shared styles and tokens, localisation that follows the
 * nearest `lang`, text overrides, and a typed `emit`.
 *
 * Each `--copro-*` property below overrides one element (or, set on `:root`, all of them);
 * `--copro-sys-*` properties of the same names set a theme (see `packages/copro/themes/`).
 *
 * @cssprop --copro-color-text - Text colour.
 * @cssprop --copro-color-text-secondary - Hints and secondary text.
 * @cssprop --copro-color-background - Background of controls and panels.
 * @cssprop --copro-color-surface - Background of cards and quiet areas.
 * @cssprop --copro-color-border - Borders of controls and cards (keep 3:1 contrast).
 * @cssprop --copro-color-accent - Buttons, selected choices and the switch.
 * @cssprop --copro-color-link - Links (defaults to GOV.UK link blue; light blue on dark pages).
 * @cssprop --copro-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --copro-color-success - Success messages and "done".
 * @cssprop --copro-color-warning - Warnings.
 * @cssprop --copro-color-error - Errors.
 * @cssprop --copro-color-focus - Focus outline.
 * @cssprop --copro-color-focus-text - The ring inside the focus outline.
 * @cssprop --copro-font-family - Font (inherits the page's by default; a system sans-serif where the page sets none).
 * @cssprop --copro-font-size - Base font size (default: the page's text size, at least 16px).
 * @cssprop --copro-radius - Corner radius.
 * @cssprop --copro-space - Base spacing unit.
 * @cssprop --copro-target-size - Smallest size of buttons (at least 24px for WCAG 2.5.8).
 */
export abstract class CoproElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** Each element's messages: English built in, other languages loaded on demand (see `catalogue`). */
  protected static messages: Catalogue | readonly Catalogue[] = catalogue({});

  /**
   * Replaces any of the element's text: a JSON object of message keys to words,
   * e.g. `strings='{"submit": "Send my idea"}'`.
   */
  @property({ type: Object }) strings: Messages = {};

  /**
   * The level of the element's main heading (1 to 6; its sub-headings follow it), so the element
   * fits the outline of the page it sits in. Defaults to 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly locale = new LocaleController(this, (this.constructor as typeof CoproElement).messages);

  /** The page's font, or a system sans-serif where the page sets none (never the browser's serif default). */
  protected readonly hostFont = new HostFontController(this);

  /** The element's translator for the current language. */
  protected get t() {
    return this.locale.t;
  }

  /**
   * Holds each render until the element's language is loaded (Welsh is a chunk, a council's
   * language a JSON fetch), so a Welsh page never shows English first. English renders at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const languageLoading = this.locale.ready;
    if (!languageLoading) return super.scheduleUpdate();
    return languageLoading.then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('strings')) this.locale.setOverrides(this.strings ?? {});
  }

  /**
   * Tells the page about a failure: emits `copro-error` with a code and the plain-words message
   * in the page's language, and returns that message for the element to show.
   */
  protected reportError(error: unknown): string {
    const message = this.t(errorMessageKey(error));
    const code = error instanceof CoproRequestError ? error.code || error.kind : 'internal_error';
    this.emit('copro-error', { code, message });
    return message;
  }

  /** Moves focus to an element of the shadow root once the current render has finished. */
  protected focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Dispatches a `copro-*` event that bubbles out of the shadow root. */
  emit<K extends CoproEventName>(name: K, detail: CoproEventDetails[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}
