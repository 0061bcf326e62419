/**
 * A council's own language with no code: the page names a JSON catalogue in a meta tag,
 *
 *   <meta name="copro-messages" content="/copro/pl.json" data-lang="pl">
 *
 * and every copro element whose language is `pl` (or `pl-PL`) fetches it once and shows it. The
 * file is `{"key": "text" | {"one": "...", "few": "...", "other": "..."}}` with the same keys as
 * English (`npm run messages -- json en` writes them all). It is only ever parsed as JSON,
 * never evaluated, so a strict Content-Security-Policy holds (`connect-src 'self'` is enough),
 * and it must come from the page's own origin. A key it lacks shows in English (the console
 * says which in development).
 */
import { primaryLanguage, registerMessages, type Message, type Messages } from './i18n.ts';

const PLURAL_FORMS = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);
const fetched = new Map<string, Promise<void>>();
const settled = new Set<string>();

/** The page's `copro-messages` meta tag for a language: the exact `data-lang` first, then the primary language. */
function metaFor(lang: string): HTMLMetaElement | undefined {
  if (typeof document === 'undefined') return undefined;
  const metas = [...document.querySelectorAll<HTMLMetaElement>('meta[name="copro-messages"]')];
  const wanted = lang.toLowerCase();
  const langOf = (meta: HTMLMetaElement) => (meta.dataset.lang ?? '').toLowerCase();
  return metas.find((meta) => langOf(meta) === wanted) ?? metas.find((meta) => langOf(meta) === primaryLanguage(lang));
}

/** The messages of a parsed catalogue that have the right shape; the rest are left out, with a warning. */
export function validCouncilMessages(parsed: unknown, source: string): Messages {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    console.warn(`copro: ${source} is not a JSON object of message keys to text, so it is not used.`);
    return {};
  }
  const messages: Messages = {};
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string') {
      messages[key] = value;
    } else if (
      value && typeof value === 'object' && !Array.isArray(value) &&
      typeof (value as Record<string, unknown>).other === 'string' &&
      Object.entries(value).every(([form, text]) => PLURAL_FORMS.has(form) && typeof text === 'string')
    ) {
      messages[key] = value as Message;
    } else {
      wrong.push(key);
    }
  }
  if (wrong.length) {
    console.warn(
      `copro: in ${source}, these messages are neither text nor plural forms with "other", so they show in English: ${wrong.join(', ')}`,
    );
  }
  return messages;
}

/**
 * Fetches and registers the page's own catalogue for `lang` if a meta tag names one and it is not
 * fetched yet; resolves when it is registered (or failed). Undefined when there is nothing to fetch.
 */
export function loadCouncilMessages(lang: string): Promise<void> | undefined {
  const meta = metaFor(lang);
  const content = meta?.content.trim();
  if (!meta || !content) return undefined;
  const url = new URL(content, document.baseURI);
  const key = `${meta.dataset.lang} ${url.href}`;
  if (settled.has(key)) return undefined;
  if (fetched.has(key)) return fetched.get(key);
  if (url.origin !== location.origin) {
    console.warn(`copro: <meta name="copro-messages" content="${content}"> is on another site; copro only fetches messages from this page's own site.`);
    settled.add(key);
    return undefined;
  }
  const messageLang = meta.dataset.lang!;
  const loading = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((parsed) => {
      settled.add(key);
      registerMessages(messageLang, validCouncilMessages(parsed, url.pathname));
    })
    .catch((error: unknown) => {
      settled.add(key);
      console.warn(`copro: the "${messageLang}" messages at ${url.href} could not be loaded, so English is shown.`, error);
    });
  fetched.set(key, loading);
  return loading;
}
