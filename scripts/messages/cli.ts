/**
 * `npm run messages -- <command>`: the translator kit.
 *
 *   export <lang> [--out FILE]   every message of a language as a PO file, with its English, a note
 *                                and plural forms; machine-made text is marked fuzzy (default FILE:
 *                                copro-<lang>.po; `--out -` prints it)
 *   import <lang> <FILE>         brings a PO file back: a shipped language's messages.<lang>.ts files
 *                                and its record of checked strings; any other language as a council
 *                                JSON catalogue (copro-<lang>.json, or --out FILE)
 *   status <lang> [--write]      which strings nobody has checked yet; --write updates
 *                                docs/translation-status.md
 *   json <lang> [--out FILE]     a language (en for the English source) as a council JSON catalogue
 *   pseudo expanded|rtl [--out FILE]  a pseudo-locale as a council JSON catalogue, for trying layouts
 *   check                        every shipped language complete (the test does the same)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Messages } from '../../packages/core/src/i18n.ts';
import { catalogues, languageFile, shippedLanguages, type CatalogueEntry } from './catalogues.ts';
import { languageProblems } from './check.ts';
import { exportPo, importPo, uncheckedIds, type CheckedStrings, type LanguageState } from './po.ts';
import { pseudoMessages } from './pseudo.ts';
import { languageSource } from './write-language.ts';
import { statusMarkdown } from './status.ts';

const root = new URL('../../', import.meta.url).pathname;
const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
const positional = rest.filter((arg, index) => !arg.startsWith('--') && !rest[index - 1]?.startsWith('--'));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const isShipped = (lang: string) => (shippedLanguages as readonly string[]).includes(lang);
const checkedFile = (lang: string) => join(root, 'scripts/messages/checked', `${lang}.json`);
const readChecked = (lang: string): CheckedStrings => (existsSync(checkedFile(lang)) ? JSON.parse(readFileSync(checkedFile(lang), 'utf8')) : {});

async function states(lang: string): Promise<LanguageState[]> {
  return Promise.all(catalogues.map(async (entry) => ({ entry, messages: isShipped(lang) ? ((await entry.catalogue.load(lang)) ?? {}) : {} })));
}

/** Where a key is used in its package's source (file:line), for translators' references. */
function usedAt(entry: CatalogueEntry, key: string): string[] {
  const dir = join(root, entry.file.replace(/\/src\/.*$/, '/src'));
  const found: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    if (!name.endsWith('.ts') || /messages(\.\w+)?\.ts$/.test(name)) continue;
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.includes(`'${key}'`) && found.length < 3) found.push(`${entry.file.replace(/\/src\/.*$/, '/src')}/${name}:${index + 1}`);
    });
  }
  return found;
}

function write(file: string, text: string): void {
  if (file === '-') process.stdout.write(text);
  else {
    writeFileSync(file, text);
    console.log(`Wrote ${file}`);
  }
}

function flat(lang: string, all: LanguageState[]): Messages {
  const out: Messages = {};
  for (const { entry, messages } of all) Object.assign(out, lang === 'en' ? entry.catalogue.en : messages);
  return out;
}

const lang = positional[0];
switch (command) {
  case 'export': {
    if (!lang) fail('Say which language: npm run messages -- export cy');
    write(option('--out') ?? `copro-${lang}.po`, exportPo(lang, await states(lang), readChecked(lang), usedAt));
    break;
  }
  case 'import': {
    const file = positional[1];
    if (!lang || !file) fail('Say which language and file: npm run messages -- import cy copro-cy.po');
    const result = importPo(lang, readFileSync(file, 'utf8'), catalogues, readChecked(lang));
    if (isShipped(lang)) {
      if (result.problems.length) fail(`Not imported; fix these first:\n  ${result.problems.join('\n  ')}`);
      for (const entry of catalogues) {
        write(join(root, languageFile(entry, lang)), languageSource(entry, lang, result.messages.get(entry.id)!, Object.keys(entry.catalogue.en)));
      }
      write(checkedFile(lang), JSON.stringify(result.checked, null, 2) + '\n');
    } else {
      // A council's language: whatever is translated goes in; the rest shows in English.
      if (result.problems.length) {
        console.warn(`${result.problems.length} problems; those messages show in English until fixed. The first few:\n  ${result.problems.slice(0, 10).join('\n  ')}`);
      }
      const messages: Messages = {};
      for (const entry of catalogues) Object.assign(messages, result.messages.get(entry.id));
      write(option('--out') ?? `copro-${lang}.json`, JSON.stringify(messages, null, 2) + '\n');
    }
    break;
  }
  case 'status': {
    if (!lang) fail('Say which language: npm run messages -- status cy');
    const all = await states(lang);
    const unchecked = uncheckedIds(lang, all, readChecked(lang));
    if (rest.includes('--write')) write(join(root, 'docs/translation-status.md'), await statusMarkdown());
    else console.log(unchecked.length ? `${unchecked.length} "${lang}" strings not yet checked by a person:\n  ${unchecked.join('\n  ')}` : `Every "${lang}" string is checked.`);
    break;
  }
  case 'json': {
    if (!lang) fail('Say which language: npm run messages -- json en');
    write(option('--out') ?? `copro-${lang}.json`, JSON.stringify(flat(lang, await states(lang)), null, 2) + '\n');
    break;
  }
  case 'pseudo': {
    if (lang !== 'expanded' && lang !== 'rtl') fail('Say which: npm run messages -- pseudo expanded (or rtl)');
    const english: Messages = {};
    for (const entry of catalogues) Object.assign(english, entry.catalogue.en);
    write(option('--out') ?? `copro-pseudo-${lang}.json`, JSON.stringify(pseudoMessages(english, lang), null, 2) + '\n');
    break;
  }
  case 'check': {
    const problems: string[] = [];
    for (const language of shippedLanguages) {
      for (const entry of catalogues) {
        problems.push(...languageProblems(entry.catalogue.en, (await entry.catalogue.load(language)) ?? {}, language).map((problem) => `${language} ${entry.id}: ${problem}`));
      }
    }
    if (problems.length) fail(problems.join('\n'));
    console.log(`Every shipped language (${shippedLanguages.join(', ')}) has every message.`);
    break;
  }
  default:
    fail('Commands: export <lang>, import <lang> <file>, status <lang> [--write], json <lang>, pseudo expanded|rtl, check. See scripts/messages/cli.ts.');
}
