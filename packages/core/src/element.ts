import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { CoproEventDetails, CoproEventName } from './events.ts';
import type { Catalogues, Messages } from './i18n.ts';
import { LocaleController } from './locale-controller.ts';
import { baseStyles, tokens } from './tokens.ts';

/**
 * The base of every copro element: shared styles and tokens, localisation that follows the
 * nearest `lang`, text overrides, and a typed `emit`.
 */
export abstract class CoproElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** Each element's messages, per language. */
  protected static messages: Catalogues = {};

  /**
   * Replaces any of the element's text: a JSON object of message keys to words,
   * e.g. `strings='{"submit": "Send my idea"}'`.
   */
  @property({ type: Object }) strings: Messages = {};

  protected readonly locale = new LocaleController(this, (this.constructor as typeof CoproElement).messages);

  /** The element's translator for the current language. */
  protected get t() {
    return this.locale.t;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('strings')) this.locale.setOverrides(this.strings ?? {});
  }

  /** Dispatches a `copro-*` event that bubbles out of the shadow root. */
  emit<K extends CoproEventName>(name: K, detail: CoproEventDetails[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}
