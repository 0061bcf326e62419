import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTranslator, onLanguageChange, primaryLanguage, registeredMessagesVersion, resolveLang, type Catalogue, type Messages, type Translator } from './i18n.ts';
import { coreMessages } from './messages.ts';

let councilModule: typeof import('./council-messages.ts') | undefined;

/**
 * A council's own catalogue for `lang` (see council-messages.ts), or undefined when there is
 * nothing to fetch. Its code is loaded only on a page whose `copro-messages` meta tag names this
 * language (the same match as council-messages.ts makes), so other pages never download it.
 */
function loadCouncilMessages(lang: string): Promise<void> | undefined {
  if (councilModule) return councilModule.loadCouncilMessages(lang);
  if (typeof document === 'undefined') return undefined;
  const wanted = lang.toLowerCase();
  const primary = primaryLanguage(lang);
  const named = [...document.querySelectorAll<HTMLMetaElement>('meta[name="copro-messages"]')].some((meta) => {
    const metaLang = (meta.dataset.lang ?? '').toLowerCase();
    return metaLang === wanted || metaLang === primary;
  });
  if (!named) return undefined;
  return import('./council-messages.ts').then((module) => {
    councilModule = module;
    return module.loadCouncilMessages(lang);
  });
}

/** Catalogues every element uses besides its own: the core messages, and those `shareMessages` adds. */
const shared: Catalogue[] = [coreMessages];

/**
 * Adds messages to every element on the page, from a shared part's code as it loads: the endpoint
 * client adds the errors and the outbox's states (core's sending/messages.ts), so pages whose
 * elements never talk to an endpoint never download them. Elements made before pick them up at
 * their next translation.
 */
export function shareMessages(messages: Catalogue): void {
  if (!shared.includes(messages)) shared.push(messages);
}

/** Each element's controller, so a part loaded later can add its messages (see `addMessages`). */
const controllers = new WeakMap<HTMLElement, LocaleController>();

/**
 * Adds the messages of a part of an element that loads later (a board's staff tools, the
 * "Forget me" panel) to that element's translator: the part's code and its English arrive
 * together, and another language of it loads now if the element needs it. Resolves once the
 * element's translator has them (at once when nothing needs loading). An element with no
 * `LocaleController` (not a copro element) is left as it is.
 */
export function addMessages(host: HTMLElement, messages: Catalogue): Promise<void> {
  return controllers.get(host)?.add(messages) ?? Promise.resolve();
}

/**
 * Keeps an element's translator in step with the nearest `lang` attribute (which may change
 * while the page is open), with its `strings` overrides and with messages a page registers.
 *
 * A language that is not loaded yet (Welsh is a chunk; a council's JSON is a fetch) is loaded
 * first: until it is, `ready` is a pending promise, and `CoproElement` holds its render on it, so
 * a Welsh page never shows English first.
 */
export class LocaleController implements ReactiveController {
  #t: Translator;
  #stop?: () => void;
  #lang = '';
  #version = -1;
  #overrides: Messages = {};
  #pending?: Promise<void>;
  /** The element's own catalogues (and those its parts added); the shared ones come after them. */
  readonly #own: Catalogue[];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    catalogues: Catalogue | readonly Catalogue[],
  ) {
    host.addController(this);
    this.#own = [...(Array.isArray(catalogues) ? catalogues : [catalogues as Catalogue])];
    this.#t = createTranslator('en', this.#catalogues);
    controllers.set(host, this);
  }

  get #catalogues(): Catalogue[] {
    return [...this.#own, ...shared];
  }

  /** Adds a catalogue (see `addMessages`); resolves once the translator has its messages. */
  add(messages: Catalogue): Promise<void> {
    if (this.#catalogues.includes(messages)) return this.#pending ?? Promise.resolve();
    this.#own.push(messages);
    this.#refresh(true);
    return this.#pending ?? Promise.resolve();
  }

  /** The current translator. */
  get t(): Translator {
    return this.#t;
  }

  get lang(): string {
    return this.#lang || 'en';
  }

  /** Pending while the element's language is loading; undefined once the translator is ready. */
  get ready(): Promise<void> | undefined {
    return this.#pending;
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
    const version = registeredMessagesVersion();
    if (!force && lang === this.#lang && version === this.#version) return;
    this.#lang = lang;
    this.#version = version;
    const primary = primaryLanguage(lang);
    const loads = this.#catalogues.filter((each) => each.languages.includes(primary) && !each.loaded(lang)).map((each) => each.load(lang));
    const council = loadCouncilMessages(lang);
    if (council) loads.push(council.then(() => undefined));
    if (!loads.length) {
      this.#pending = undefined;
      this.#translate();
      return;
    }
    const pending = Promise.all(loads).then(() => {
      if (this.#pending !== pending) return; // the language changed again meanwhile
      this.#pending = undefined;
      this.#version = registeredMessagesVersion();
      this.#translate();
    });
    this.#pending = pending;
    // An update now, held until the language is here: `updateComplete` then covers the loading.
    this.host.requestUpdate();
  }

  #translate(): void {
    this.#t = createTranslator(this.#lang, this.#catalogues, this.#overrides);
    this.host.requestUpdate();
  }
}
