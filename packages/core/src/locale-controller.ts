import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTranslator, onLanguageChange, resolveLang, type Catalogues, type Messages, type Translator } from './i18n.ts';
import { coreMessages } from './messages.ts';

/**
 * Keeps an element's translator in step with the nearest `lang` attribute (which may change
 * while the page is open) and with its `strings` overrides.
 */
export class LocaleController implements ReactiveController {
  #t: Translator;
  #stop?: () => void;
  #lang = '';
  #overrides: Messages = {};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogues: Catalogues,
  ) {
    host.addController(this);
    this.#t = createTranslator('en', [catalogues, coreMessages]);
  }

  /** The current translator. */
  get t(): Translator {
    return this.#t;
  }

  get lang(): string {
    return this.#lang || 'en';
  }

  /** Replaces any message (e.g. from the element's `strings` attribute). */
  setOverrides(overrides: Messages): void {
    this.#overrides = overrides;
    this.#refresh(true);
  }

  hostConnected(): void {
    this.#refresh();
    this.#stop = onLanguageChange(() => this.#refresh());
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  #refresh(force = false): void {
    const lang = resolveLang(this.host);
    if (!force && lang === this.#lang) return;
    this.#lang = lang;
    this.#t = createTranslator(lang, [this.catalogues, coreMessages], this.#overrides);
    this.host.requestUpdate();
  }
}
