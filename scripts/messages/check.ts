/**
 * What makes a language complete, checked the same way by test/node/messages.test.ts and
 * `npm run messages -- check`: every English key present and no other, every plural form the
 * language has (Intl.PluralRules), and the same placeholders as English.
 */
import type { Message, Messages } from '../../packages/core/src/i18n.ts';

const placeholders = (message: Message): Set<string> => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)));
};

/** The plural categories a language uses, in CLDR order (Welsh: zero, one, two, few, many, other). */
export function pluralForms(lang: string): string[] {
  const used = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  return CLDR_ORDER.filter((form) => used.includes(form));
}

export const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Problems of one language of one catalogue, as sentences; empty when it is complete. */
export function languageProblems(english: Messages, translated: Messages, lang: string): string[] {
  const problems: string[] = [];
  const forms = pluralForms(lang);
  for (const key of Object.keys(english)) {
    const source = english[key]!;
    const message = translated[key];
    if (message === undefined) {
      problems.push(`"${key}" is missing`);
      continue;
    }
    if (typeof source !== 'string' && typeof message === 'string') {
      problems.push(`"${key}" needs plural forms (${forms.join(', ')}), not one text`);
      continue;
    }
    if (typeof message !== 'string') {
      const missing = forms.filter((form) => !(form in message));
      if (missing.length) problems.push(`"${key}" lacks the plural forms ${missing.join(', ')}`);
      const extra = Object.keys(message).filter((form) => !forms.includes(form));
      if (extra.length) problems.push(`"${key}" has plural forms ${lang} does not use: ${extra.join(', ')}`);
    }
    const wanted = placeholders(source);
    const given = placeholders(message);
    const unknown = [...given].filter((name) => !wanted.has(name));
    // `{count}` may be left out (Welsh "one" often says "un" in words); any other placeholder must stay.
    const lost = [...wanted].filter((name) => name !== 'count' && !given.has(name));
    if (unknown.length) problems.push(`"${key}" uses placeholders English does not have: ${unknown.map((name) => `{${name}}`).join(', ')}`);
    if (lost.length) problems.push(`"${key}" leaves out ${lost.map((name) => `{${name}}`).join(', ')}`);
  }
  for (const key of Object.keys(translated)) if (!(key in english)) problems.push(`"${key}" is not an English message`);
  return problems;
}

/**
 * Keys that two catalogues use with different English text. A council's JSON catalogue is one
 * flat object for every element, so each key must mean one thing everywhere.
 */
export function sharedKeyProblems(catalogues: ReadonlyArray<{ id: string; english: Messages }>): string[] {
  const seen = new Map<string, { id: string; text: string }>();
  const problems: string[] = [];
  for (const { id, english } of catalogues) {
    for (const [key, message] of Object.entries(english)) {
      const text = JSON.stringify(message);
      const before = seen.get(key);
      if (before && before.text !== text) problems.push(`"${key}" means different things in ${before.id} and ${id}`);
      else seen.set(key, { id, text });
    }
  }
  return problems;
}
