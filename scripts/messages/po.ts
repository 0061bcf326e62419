/**
 * The translator kit: a language's messages as a gettext PO file (Poedit, Weblate, Crowdin, Lokalise
 * and OmegaT open it), read and written with gettext-parser, and back again.
 *
 * One entry per message, or per plural form of a message, named by `msgctxt`:
 * `board:submit`, `board:count.limit#few`. Each carries its English source, a note saying where it
 * shows, which placeholders to keep and, for a plural form, which numbers use it in the language.
 *
 * Machine-made text carries the `fuzzy` flag (tools show it as "needs review"). A translator signs
 * a string off by clearing the flag; `import` then records it in `checked/<lang>.json` with the
 * English it was checked against, so a later change to the English makes it unchecked again.
 */
import gettext from 'gettext-parser';
import type { PoEntry, PoFile } from 'gettext-parser';
import type { Message, Messages, PluralMessage } from '../../packages/core/src/i18n.ts';
import type { CatalogueEntry } from './catalogues.ts';
import { languageProblems, pluralForms } from './check.ts';

/** Strings a person has checked: unit id → the English and the translation as they were then. */
export type CheckedStrings = Record<string, { source: string; text: string }>;

export interface LanguageState {
  entry: CatalogueEntry;
  /** The language's messages now (empty for a language copro does not ship). */
  messages: Messages;
}

const FUZZY = 'fuzzy';

function languageName(lang: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
}

/** A few numbers that take each plural form in a language, for translators' notes (fractions where no whole number does, as for Polish "other"). */
export function exampleNumbers(lang: string): Record<string, string[]> {
  const rules = new Intl.PluralRules(lang);
  const examples: Record<string, string[]> = {};
  const add = (n: number) => {
    const list = (examples[rules.select(n)] ??= []);
    if (list.length < 4) list.push(String(n));
  };
  for (let n = 0; n <= 1000; n++) add(n);
  for (const n of [0.5, 1.5, 2.5, 0.1, 1.1]) if (!examples[rules.select(n)]) add(n);
  return examples;
}

function englishFor(source: Message, form: string): string {
  if (typeof source === 'string') return source;
  return (source as PluralMessage)[form as keyof PluralMessage] ?? source.other;
}

/** Whether a message is counted (has plural forms in English, or a `{count}` to agree with). */
function isCounted(source: Message): boolean {
  return typeof source !== 'string' || source.includes('{count}');
}

/** The unit id of a message or one of its plural forms. */
export function unitId(entry: CatalogueEntry, key: string, form?: string): string {
  return form ? `${entry.id}:${key}#${form}` : `${entry.id}:${key}`;
}

/** One string of a language, as a translator works on it. */
interface Unit {
  id: string;
  source: string;
  text: string;
  notes: string[];
  reference: string;
}

/** Every string of a language in order: one per message, one per plural form of a counted message. */
export function units(lang: string, states: readonly LanguageState[], usedAt: (entry: CatalogueEntry, key: string) => string[] = () => []): Unit[] {
  const forms = pluralForms(lang);
  const examples = exampleNumbers(lang);
  const list: Unit[] = [];
  for (const { entry, messages } of states) {
    for (const [key, source] of Object.entries(entry.catalogue.en)) {
      const placeholders = [...new Set([...JSON.stringify(source).matchAll(/\{(\w+)\}/g)].map((match) => `{${match[1]}}`))];
      const notes = [`Shows in ${entry.usedIn}.`];
      if (placeholders.length) {
        notes.push(`Keep ${placeholders.join(', ')} as ${placeholders.length > 1 ? 'they are: the element puts values there' : 'it is: the element puts a value there'}.`);
      }
      const reference = [entry.file, ...usedAt(entry, key)].join(' ');
      const given = messages[key];
      // Counted messages get every plural form of the language, even where English needs one text
      // (Welsh mutates a word after some numbers); forms that all read the same come back as one.
      if (!isCounted(source)) {
        list.push({ id: unitId(entry, key), source: source as string, text: typeof given === 'string' ? given : '', notes, reference });
        continue;
      }
      for (const form of forms) {
        const text = given === undefined ? '' : typeof given === 'string' ? given : given[form as keyof PluralMessage] ?? '';
        list.push({
          id: unitId(entry, key, form),
          source: englishFor(source, form === 'one' ? 'one' : 'other'),
          text,
          notes: [
            ...notes,
            `Plural form "${form}" (${languageName(lang)} has ${forms.join(', ')}): used when {count} is ${examples[form]!.join(', ')}${examples[form]!.length > 3 ? '…' : ''}. The English is its "${form === 'one' ? 'one' : 'other'}" form.`,
          ],
          reference,
        });
      }
    }
  }
  return list;
}

/** Whether a person has checked a unit's current text against its current English. */
function isChecked(unit: Unit, checked: CheckedStrings): boolean {
  const record = checked[unit.id];
  return !!record && record.source === unit.source && record.text === unit.text && unit.text !== '';
}

/** The ids of the strings nobody has checked yet. */
export function uncheckedIds(lang: string, states: readonly LanguageState[], checked: CheckedStrings): string[] {
  return units(lang, states).filter((unit) => !isChecked(unit, checked)).map((unit) => unit.id);
}

/** A PO file of every string of a language. */
export function exportPo(lang: string, states: readonly LanguageState[], checked: CheckedStrings, usedAt?: (entry: CatalogueEntry, key: string) => string[]): string {
  const table: PoFile = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': 'copro',
      Language: lang,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Generator': 'copro npm run messages',
    },
    translations: { '': { '': { msgid: '', msgstr: [''] } } },
  };
  for (const unit of units(lang, states, usedAt)) {
    const flag = unit.text && isChecked(unit, checked) ? undefined : FUZZY;
    table.translations[unit.id] = {
      [unit.source]: {
        msgctxt: unit.id,
        msgid: unit.source,
        msgstr: [unit.text],
        comments: { extracted: unit.notes.join('\n'), reference: unit.reference, ...(flag ? { flag } : {}) },
      },
    };
  }
  // No line folding: a long message stays on one line, as translators' tools write it.
  return gettext.po.compile(table, { foldLength: 0 }).toString('utf8') + '\n';
}

export interface ImportResult {
  /** The language's messages per catalogue id. */
  messages: Map<string, Messages>;
  checked: CheckedStrings;
  /** Problems that stop the import (missing messages, lost placeholders, unknown ids). */
  problems: string[];
}

/**
 * Reads a PO file back: the language's messages (plural forms that all read the same collapse to
 * one text where English has one) and which strings a person signed off (no `fuzzy` flag).
 */
export function importPo(lang: string, text: string, entries: readonly CatalogueEntry[], checkedBefore: CheckedStrings): ImportResult {
  const parsed = gettext.po.parse(text);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const messages = new Map<string, Messages>(entries.map((entry) => [entry.id, {}]));
  const checked: CheckedStrings = { ...checkedBefore };
  const problems: string[] = [];
  for (const [context, group] of Object.entries(parsed.translations)) {
    if (!context) continue;
    for (const unit of Object.values(group) as PoEntry[]) {
      const match = /^([\w-]+):([^#]+)(?:#(\w+))?$/.exec(context);
      const entry = match && byId.get(match[1]!);
      if (!match || !entry || !(match[2]! in entry.catalogue.en)) {
        problems.push(`${context}: not a copro message`);
        continue;
      }
      const [, , key, form] = match as unknown as [string, string, string, string | undefined];
      const value = unit.msgstr[0] ?? '';
      if (!value) continue;
      const target = messages.get(entry.id)!;
      if (form) target[key] = { ...(target[key] as PluralMessage | undefined), [form]: value } as PluralMessage;
      else target[key] = value;
      const fuzzy = (unit.comments?.flag ?? '').split(/[\s,]+/).includes(FUZZY);
      if (fuzzy) delete checked[context];
      else checked[context] = { source: unit.msgid, text: value };
    }
  }
  for (const entry of entries) {
    const target = messages.get(entry.id)!;
    for (const [key, message] of Object.entries(target)) {
      const source = entry.catalogue.en[key]!;
      if (typeof source === 'string' && typeof message !== 'string' && new Set(Object.values(message)).size === 1) target[key] = message.other;
    }
    problems.push(...languageProblems(entry.catalogue.en, target, lang).map((problem) => `${entry.id}: ${problem}`));
  }
  return { messages, checked, problems };
}
