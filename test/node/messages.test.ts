// Every language copro ships has every message English has, no other, every plural form of the
// language (Intl.PluralRules) and the same placeholders; every messages.ts is in the list the
// translator kit and the layout tests read; and a key means one thing in every catalogue.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogues, shippedLanguages } from '../../scripts/messages/catalogues.ts';
import { languageProblems, pluralForms, sharedKeyProblems } from '../../scripts/messages/check.ts';

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
