/**
 * docs/translation-status.md: for each shipped language, how many strings a person has checked
 * and which are still machine-made. `npm run messages -- status cy --write` writes it;
 * test/node/messages.test.ts fails when it is out of date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues, shippedLanguages } from './catalogues.ts';
import { uncheckedIds, units, type CheckedStrings } from './po.ts';

const root = new URL('../../', import.meta.url).pathname;
const NAMES: Record<string, string> = { cy: 'Welsh (Cymraeg)' };

export function readChecked(lang: string): CheckedStrings {
  const file = join(root, 'scripts/messages/checked', `${lang}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

export async function statusMarkdown(): Promise<string> {
  const lines = [
    '# Translation status',
    '',
    'Which strings of each language copro ships a fluent speaker has checked. Machine-made text is',
    'shown to residents but stays marked (`fuzzy` in the translator file) until a person signs it',
    'off: see "Adding a language, and having Welsh checked" in [guide-council.md](guide-council.md).',
    '',
    'Written by `npm run messages -- status cy --write`; a test fails when it is out of date.',
    '',
  ];
  for (const lang of shippedLanguages) {
    const states = await Promise.all(catalogues.map(async (entry) => ({ entry, messages: (await entry.catalogue.load(lang)) ?? {} })));
    const all = units(lang, states);
    const unchecked = new Set(uncheckedIds(lang, states, readChecked(lang)));
    lines.push(`## ${NAMES[lang] ?? lang}`, '', `${all.length - unchecked.size} of ${all.length} strings checked by a person; ${unchecked.size} machine-made and not yet checked.`, '');
    for (const { entry } of states) {
      const ids = all.filter((unit) => unit.id.startsWith(`${entry.id}:`) && unchecked.has(unit.id)).map((unit) => unit.id);
      if (!ids.length) continue;
      lines.push(`<details><summary>${entry.id}: ${ids.length} not yet checked (${entry.usedIn.replace(/</g, '&lt;')})</summary>`, '', ...ids.map((id) => `- \`${id}\``), '', '</details>', '');
    }
  }
  return lines.join('\n');
}
