/**
 * The attribute and event tables of docs/accessibility/*.md, generated from the custom elements
 * manifest (itself read from the elements' JSDoc), so the docs cannot drift from the code.
 *
 * In a doc, a generated block sits between `<!-- generated from the manifest: copro-x -->` and
 * `<!-- end of generated -->`; everything else in the file is written by hand.
 *
 *   npm run analyze && node scripts/doc-tables.mjs           rewrites the blocks
 *   node scripts/doc-tables.mjs --check [manifest.json]      exits 1 when a block is out of date
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs/accessibility');
const block = /(<!-- generated from the manifest: (copro-[a-z-]+) -->\n)[\s\S]*?(<!-- end of generated -->)/g;

/** One line of a table cell: the JSDoc's words, with line breaks and pipes made safe for Markdown. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

function declarationOf(manifest, tag) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  throw new Error(`${tag} is not in the manifest`);
}

/** The generated part of a doc for one element: its attributes, then its events. */
export function tableFor(manifest, tag) {
  const element = declarationOf(manifest, tag);
  const lines = ['| attribute | what it does |', '|---|---|'];
  for (const attribute of element.attributes ?? []) lines.push(`| \`${attribute.name}\` | ${cell(attribute.description)} |`);
  const events = element.events ?? [];
  if (events.length) {
    lines.push('', '| event (`bubbles`, `composed`) | when |', '|---|---|');
    for (const event of events) lines.push(`| \`${event.name}\` | ${cell(event.description)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every doc with generated blocks, as it should read: file -> { now, wanted }. */
export function generatedDocs(manifest) {
  const docs = new Map();
  for (const name of readdirSync(docsDir).filter((each) => each.endsWith('.md'))) {
    const file = join(docsDir, name);
    const now = readFileSync(file, 'utf8');
    const wanted = now.replace(block, (_, start, tag, end) => `${start}${tableFor(manifest, tag)}${end}`);
    if (wanted !== now || block.test(now)) docs.set(file, { now, wanted });
    block.lastIndex = 0;
  }
  return docs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const manifestFile = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(root, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  let stale = 0;
  for (const [file, { now, wanted }] of generatedDocs(manifest)) {
    if (now === wanted) continue;
    stale += 1;
    if (check) console.error(`${file}: its generated tables are out of date (run npm run analyze && node scripts/doc-tables.mjs)`);
    else writeFileSync(file, wanted);
  }
  if (check && stale) process.exit(1);
}
