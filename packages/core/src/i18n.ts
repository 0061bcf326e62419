import { formatDate } from './dates.ts';

/**
 * Localisation: plain messages with named placeholders, plural forms through Intl.PluralRules.
 * English and Welsh ship; other languages can be registered with `registerMessages`.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
export type Catalogues = Record<string, Messages>;

export const supportedLocales = ['en', 'cy'] as const;
const extraCatalogues: Catalogues = {};

/** Adds or overrides messages for a language, for every copro element on the page. */
export function registerMessages(locale: string, messages: Messages): void {
  extraCatalogues[locale] = { ...extraCatalogues[locale], ...messages };
  for (const listener of languageListeners) listener();
}

/** The primary language subtag of `lang`, e.g. `cy` for `cy-GB`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] || 'en';
}

/** The nearest `lang` attribute above an element, crossing shadow roots; `en` when there is none. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) {
      return node.getAttribute('lang')!;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

export interface Translator {
  readonly lang: string;
  (key: string, params?: Record<string, string | number>): string;
  /** Formats a number the way the language does. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Formats a date the way the language does (see dates.ts: never US English for a language the browser lacks). */
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
}

/**
 * Makes a translator for a language. Lookup order: overrides, registered messages,
 * the element's catalogue for the language, then English.
 * A `count` parameter picks the plural form.
 */
export function createTranslator(lang: string, catalogues: Catalogues[], overrides: Messages = {}): Translator {
  const primary = primaryLanguage(lang);
  const layers: Messages[] = [overrides, extraCatalogues[lang] ?? {}, extraCatalogues[primary] ?? {}];
  for (const catalogue of catalogues) layers.push(catalogue[primary] ?? {});
  for (const catalogue of catalogues) layers.push(catalogue.en ?? {});
  const known = (supportedLocales as readonly string[]).includes(primary) || primary in extraCatalogues || lang in extraCatalogues;
  // A bare `en` would format dates the American way; copro's sites are British unless told otherwise.
  const locale = known ? (lang.toLowerCase() === 'en' ? 'en-GB' : lang) : 'en-GB';
  const plural = new Intl.PluralRules(locale);

  const translate = ((key: string, params: Record<string, string | number> = {}) => {
    let message: Message | undefined;
    for (const layer of layers) {
      if (key in layer) {
        message = layer[key];
        break;
      }
    }
    if (message === undefined) return key;
    let text: string;
    if (typeof message === 'string') {
      text = message;
    } else {
      const count = Number(params.count ?? 0);
      text = message[plural.select(count)] ?? message.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
    });
  }) as Translator;
  Object.defineProperty(translate, 'lang', { value: locale });
  translate.number = (value, options) => new Intl.NumberFormat(locale, options).format(value);
  translate.date = (value, options) => formatDate(value, locale, options);
  return translate;
}

const languageListeners = new Set<() => void>();
let languageObserver: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` attribute changes anywhere in the document. */
export function onLanguageChange(listener: () => void): () => void {
  languageListeners.add(listener);
  if (!languageObserver && typeof MutationObserver !== 'undefined') {
    languageObserver = new MutationObserver(() => {
      for (const each of languageListeners) each();
    });
    languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => languageListeners.delete(listener);
}
