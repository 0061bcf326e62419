
/**
 * Localisation: plain messages with named placeholders, plural forms through Intl.PluralRules.
 *
 * English is built into each element. Every other shipped language (Welsh today) is a separate
 * module that each catalogue imports with a dynamic `import()` the first time an element's
 * language needs it, so a bundler makes it a chunk and a page pays only for its own language.
 * A page can add a language with no code: `<meta name="copro-messages" content="/copro/pl.json"
 * data-lang="pl">` (see council-messages.ts), or with `registerMessages`.
 */
import { development } from './dev.ts';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
/** Messages by language, e.g. `{en: {...}, cy: {...}}`: what `createTranslator` and tests take. */
export type Catalogues = Record<string, Messages>;

/**
 * One language's translation of an English catalogue: exactly its keys (a missing or an extra
 * key fails the type check), with plural forms wherever English has them. A language may also
 * give plural forms where English has one text (Welsh mutates a word after some numbers).
 */
export type Translation<English extends Messages> = {
  [Key in keyof English]: English[Key] extends string ? Message : PluralMessage;
};

/** A language module: its translation as the default export. */
export type LanguageModule<English extends Messages> = { default: Translation<English> };

/**
 * An element's messages: English built in, other languages loaded on demand.
 * Make one with `catalogue()`.
 */
export interface Catalogue<English extends Messages = Messages> {
  readonly en: English;
  /** The languages this catalogue can load (primary subtags, e.g. `cy`), English excluded. */
  readonly languages: readonly string[];
  /** The messages of a language if they are here already (English always is). */
  loaded(lang: string): Messages | undefined;
  /** Loads a language's messages (once); resolves to undefined for a language it does not have. */
  load(lang: string): Promise<Messages | undefined>;
}

/**
 * Makes a catalogue from its English messages and a dynamic `import()` per other language,
 * e.g. `catalogue(en, { cy: () => import('./messages.cy.ts') })`.
 */
export function catalogue<English extends Messages>(
  en: English,
  loaders: Record<string, () => Promise<LanguageModule<English>>> = {},
): Catalogue<English> {
  const done = new Map<string, Messages>([['en', en]]);
  const loading = new Map<string, Promise<Messages | undefined>>();
  return {
    en,
    languages: Object.keys(loaders),
    loaded: (lang) => done.get(primaryLanguage(lang)),
    load(lang) {
      const primary = primaryLanguage(lang);
      if (done.has(primary)) return Promise.resolve(done.get(primary));
      const loader = loaders[primary];
      if (!loader) return Promise.resolve(undefined);
      let pending = loading.get(primary);
      if (!pending) {
        pending = loader().then(
          (module) => {
            done.set(primary, module.default);
            return module.default as Messages;
          },
          (error: unknown) => {
            // A chunk that cannot load (offline, a file missing beside copro.js) leaves English
            // showing rather than an empty element; the next element to ask tries again.
            loading.delete(primary);
            console.warn(`copro: the "${primary}" messages could not be loaded, so English is shown.`, error);
            return undefined;
          },
        );
        loading.set(primary, pending);
      }
      return pending;
    },
  };
}

export const supportedLocales = ['en', 'cy'] as const;
const extraCatalogues: Catalogues = {};
let extraVersion = 0;

/** Adds or overrides messages for a language, for every copro element on the page. */
export function registerMessages(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  extraCatalogues[key] = { ...extraCatalogues[key], ...messages };
  extraVersion += 1;
  for (const listener of languageListeners) listener();
}

/** Changes each time `registerMessages` adds messages, so elements know to translate again. */
export function registeredMessagesVersion(): number {
  return extraVersion;
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
  /** The locale the translator formats for (`en-GB` for a bare `en`): pass it to `formatDate`. */
  readonly lang: string;
  (key: string, params?: Record<string, string | number>): string;
  /** Formats a number the way the language does. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

const warnedFallbacks = new Set<string>();

function isCatalogue(source: Catalogue | Catalogues): source is Catalogue {
  return typeof (source as Catalogue).load === 'function';
}

/**
 * Makes a translator for a language. Lookup order: overrides, registered messages (a page's own
 * catalogue), the catalogues' messages for the language, then English.
 * A `count` parameter picks the plural form. Only languages already loaded are used: load a
 * catalogue's language (`catalogue.load(lang)`) before translating with it.
 */
export function createTranslator(lang: string, catalogues: Array<Catalogue | Catalogues>, overrides: Messages = {}): Translator {
  const primary = primaryLanguage(lang);
  const full = lang.toLowerCase();
  const translated: Messages[] = [overrides, extraCatalogues[full] ?? {}, extraCatalogues[primary] ?? {}];
  const english: Messages[] = [];
  for (const source of catalogues) {
    translated.push((isCatalogue(source) ? source.loaded(primary) : source[primary]) ?? {});
    english.push(source.en ?? {});
  }
  const known = (supportedLocales as readonly string[]).includes(primary) || primary in extraCatalogues || full in extraCatalogues;
  // A bare `en` would format dates the American way; copro's sites are British unless told otherwise.
  const locale = known ? (full === 'en' ? 'en-GB' : lang) : 'en-GB';
  const plural = new Intl.PluralRules(locale);
  // A language someone translated (shipped or the page's own) that lacks a key shows English for
  // that key only; in development the console says which key, once.
  const warnFallback = development && known && primary !== 'en';

  const find = (key: string): Message | undefined => {
    for (const layer of translated) if (key in layer) return layer[key];
    for (const layer of english) {
      if (key in layer) {
        if (warnFallback && !warnedFallbacks.has(`${full} ${key}`)) {
          warnedFallbacks.add(`${full} ${key}`);
          console.warn(`copro: no "${lang}" text for the message "${key}", so it is shown in English. Add "${key}" to the "${lang}" messages.`);
        }
        return layer[key];
      }
    }
    return undefined;
  };

  const translate = ((key: string, params: Record<string, string | number> = {}) => {
    const message = find(key);
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
  return translate;
}

const languageListeners = new Set<() => void>();
let languageObserver: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, and whenever
 * `registerMessages` adds messages.
 */
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
