// Every language copro ships has every message English has, no other, every plural form of the
// language (Intl.PluralRules) and the same placeholders; every messages.ts is in the list the
// translator kit and the layout tests read; and a key means one thing in every catalogue.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogues, languageFile, shippedLanguages } from '../../scripts/messages/catalogues.ts';
import { languageProblems, pluralForms, sharedKeyProblems } from '../../scripts/messages/check.ts';
import { exportPo, importPo, uncheckedIds, units } from '../../scripts/messages/po.ts';
import { statusMarkdown } from '../../scripts/messages/status.ts';
import { languageSource } from '../../scripts/messages/write-language.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('message catalogues', () => {
  it('lists every messages.ts in scripts/messages/catalogues.ts', () => {
    const files = readdirSync(join(root, 'packages'), { recursive: true })
      .map(String)
      .filter((name) => /(^|\/)src\/(.*\/)?messages\.ts$/.test(name) && !name.includes('node_modules'))
      .map((name) => `packages/${name}`)
      .sort();
    assert.deepEqual(files, catalogues.map((entry) => entry.file).sort());
  });

  for (const lang of shippedLanguages) {
    it(`has every English message in "${lang}", with its plural forms and placeholders`, async () => {
      const problems: string[] = [];
      for (const entry of catalogues) {
        const translated = await entry.catalogue.load(lang);
        assert.ok(translated, `${entry.file} cannot load "${lang}"`);
        problems.push(...languageProblems(entry.catalogue.en, translated, lang).map((problem) => `${entry.id}: ${problem}`));
      }
      assert.deepEqual(problems, []);
    });
  }

  it('gives every English plural message the forms English uses (one, other)', () => {
    const problems = catalogues.flatMap((entry) => languageProblems(entry.catalogue.en, entry.catalogue.en, 'en').map((problem) => `${entry.id}: ${problem}`));
    assert.deepEqual(problems, []);
  });

  it('finds a missing message, a missing plural form, an extra key and a lost placeholder', () => {
    assert.deepEqual(pluralForms('cy'), ['zero', 'one', 'two', 'few', 'many', 'other']);
    const english = { greeting: 'Hello {name}', posts: { one: '{count} post', other: '{count} posts' }, bye: 'Bye' };
    const welsh = { greeting: 'Helo', posts: { one: '{count} neges', other: '{count} neges' }, extra: 'Ychwanegol' };
    assert.deepEqual(languageProblems(english, welsh, 'cy'), [
      '"greeting" leaves out {name}',
      '"posts" lacks the plural forms zero, two, few, many',
      '"bye" is missing',
      '"extra" is not an English message',
    ]);
  });

  it('uses each key with one meaning across catalogues, so a council’s one JSON file fits every element', () => {
    assert.deepEqual(sharedKeyProblems([{ id: 'a', english: { submit: 'Post' } }, { id: 'b', english: { submit: 'Send' } }]), ['"submit" means different things in a and b']);
    assert.deepEqual(sharedKeyProblems(catalogues.map((entry) => ({ id: entry.id, english: entry.catalogue.en }))), []);
  });
});

describe('translator kit (PO files)', () => {
  const cyStates = () => Promise.all(catalogues.map(async (entry) => ({ entry, messages: (await entry.catalogue.load('cy'))! })));

  it('exports every Welsh string with its English, a note and every plural form, all marked fuzzy, and imports it back unchanged', async () => {
    const states = await cyStates();
    const po = exportPo('cy', states, {});
    const pending = po.match(/msgctxt "sending:outbox\.pending#(\w+)"/g)!.map((line) => line.split('#')[1]!.replace('"', ''));
    assert.deepEqual(pending, ['zero', 'one', 'two', 'few', 'many', 'other']);
    assert.match(po, /#\. Plural form "few" \(Welsh has zero, one, two, few, many, other\): used when \{count\} is 3\./);
    assert.match(po, /#\. Shows in <copro-feedback-board>, the feedback board\.\n#, fuzzy\nmsgctxt "board:submit"\nmsgid "Post"\nmsgstr "Postio"/);
    const fuzzy = po.match(/^#, fuzzy$/gm)!.length;
    assert.equal(fuzzy, po.match(/^msgctxt /gm)!.length, 'every machine-made string is marked fuzzy');

    const back = importPo('cy', po, catalogues, {});
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.checked, {});
    for (const { entry, messages } of states) assert.deepEqual(back.messages.get(entry.id), messages, entry.id);
    // And the written TypeScript is the file in the repository, byte for byte.
    for (const entry of catalogues) {
      const written = languageSource(entry, 'cy', back.messages.get(entry.id)!, Object.keys(entry.catalogue.en));
      assert.equal(written, readFileSync(join(root, languageFile(entry, 'cy')), 'utf8'), languageFile(entry, 'cy'));
    }
  });

  it('records a string a person signed off (fuzzy cleared) and unmarks it again when its English changes', async () => {
    const states = await cyStates();
    const signedOff = exportPo('cy', states, {}).replace('#, fuzzy\nmsgctxt "board:submit"\nmsgid "Post"\nmsgstr "Postio"', 'msgctxt "board:submit"\nmsgid "Post"\nmsgstr "Cyhoeddi"');
    const back = importPo('cy', signedOff, catalogues, {});
    assert.deepEqual(back.problems, []);
    assert.equal(back.messages.get('board')!.submit, 'Cyhoeddi');
    assert.deepEqual(back.checked, { 'board:submit': { source: 'Post', text: 'Cyhoeddi' } });
    const updated = states.map((state) => (state.entry.id === 'board' ? { ...state, messages: back.messages.get('board')! } : state));
    assert.doesNotMatch(exportPo('cy', updated, back.checked), /#, fuzzy\nmsgctxt "board:submit"/);
    assert.ok(!uncheckedIds('cy', updated, back.checked).includes('board:submit'));
    // The English changed since the sign-off: unchecked again.
    assert.ok(uncheckedIds('cy', updated, { 'board:submit': { source: 'Send', text: 'Cyhoeddi' } }).includes('board:submit'));
  });

  it('refuses a file that loses a placeholder', async () => {
    const po = exportPo('cy', await cyStates(), {}).replace('msgstr "Nid oedd modd anfon hwn: {reason}"', 'msgstr "Nid oedd modd anfon hwn"');
    assert.deepEqual(importPo('cy', po, catalogues, {}).problems, ['sending: "outbox.rejected" leaves out {reason}']);
  });

  it('lists in docs/translation-status.md every string not yet checked (all Welsh today)', async () => {
    const doc = readFileSync(join(root, 'docs/translation-status.md'), 'utf8');
    assert.equal(doc, await statusMarkdown(), 'run: npm run messages -- status cy --write');
    const total = units('cy', await cyStates()).length;
    assert.match(doc, new RegExp(`0 of ${total} strings checked by a person; ${total} machine-made`));
  });
});
