/**
 * Writes a catalogue's language file (`messages.cy.ts`) from its messages: what the split of the
 * English and Welsh catalogues produced, and what `npm run messages -- import` writes.
 */
import type { Message, Messages } from '../../packages/core/src/i18n.ts';
import type { CatalogueEntry } from './catalogues.ts';

const LANGUAGE_NAMES: Record<string, string> = { cy: 'Welsh' };
const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function keyOf(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

function valueOf(message: Message): string {
  if (typeof message === 'string') return quote(message);
  const forms = PLURAL_ORDER.filter((form) => form in message).map((form) => `    ${form}: ${quote(message[form as keyof typeof message]!)},`);
  return `{\n${forms.join('\n')}\n  }`;
}

/** The TypeScript source of one language file. `keys` gives the order (English's). */
export function languageSource(entry: CatalogueEntry, lang: string, messages: Messages, keys: readonly string[]): string {
  const core = entry.file.startsWith('packages/core/');
  // A core catalogue in a folder of core's src (forget/messages.ts) reaches i18n.ts from there.
  const i18n = core ? `${'../'.repeat(entry.file.split('/').length - 4) || './'}i18n.ts` : '@copro/core';
  const name = LANGUAGE_NAMES[lang] ?? `"${lang}"`;
  const lines = keys.filter((key) => key in messages).map((key) => `  ${keyOf(key)}: ${valueOf(messages[key]!)},`);
  return `/**
 * ${name} messages for ${entry.usedIn.replace(/\*\//g, '* /')}.
 * Loaded on demand: a page whose language is not ${name} never downloads this file.
 *
 * Written by \`npm run messages -- import ${lang} FILE\` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: \`npm run messages -- status ${lang}\`.
 */
import type { Translation } from '${i18n}';
import type { ${entry.typeName} } from './messages.ts';

const ${lang}: Translation<${entry.typeName}> = {
${lines.join('\n')}
};

export default ${lang};
`;
}
