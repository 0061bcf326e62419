#!/usr/bin/env node
// `npm run size`: gzip sizes of the drop-in bundle and of each widget alone (with everything it
// imports: Lit, zod/mini, core), checked against the budgets in the issues. Exits 1 over budget.
// Sizes are gzip level 9 of minified ES modules, in bytes; budgets are KiB (1 KiB = 1,024 bytes).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const KiB = 1024;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Every widget's define entry, bundled alone, as a site importing just that widget would ship it. */
const entries = [
  { name: '<copro-feedback-board>', source: "import '@copro/feedback-board/define';", budget: 25 * KiB },
  { name: '<copro-room-checklist>', source: "import '@copro/room-checklist/define';" },
  { name: '<copro-ladder>', source: "import '@copro/ladder/define';" },
  { name: 'plain language (toggle, blocks, terms)', source: "import '@copro/plain-language/define';", budget: 10 * KiB },
  { name: 'Lit + core (shared by all)', source: "export * from '@copro/core';" },
];

async function bundleSize(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'eof',
    splitting: false,
    // Author-mode readability code is loaded only when asked for; count the reader's bundle.
    external: [],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    conditions: ['browser', 'production'],
    logLevel: 'error',
  });
  const main = result.outputFiles[0].contents;
  return { min: main.length, gzip: gzip(main) };
}

const bundle = 'packages/copro/dist/copro.js';
if (!existsSync(bundle) || process.argv.includes('--build')) {
  console.log('Building packages/copro/dist/copro.js (npm run build)…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

const rows = [];
const whole = readFileSync(bundle);
rows.push({ name: 'copro.js (every element, drop-in)', min: whole.length, gzip: gzip(whole), budget: 40 * KiB });
for (const entry of entries) rows.push({ name: entry.name, ...(await bundleSize(entry.source)), budget: entry.budget });

const pad = (text, width) => String(text).padEnd(width);
const num = (value) => value.toLocaleString('en-GB');
console.log(`\n${pad('bundle', 40)} ${pad('min', 10)} ${pad('gzip -9', 10)} budget`);
let over = 0;
for (const row of rows) {
  const verdict = row.budget === undefined ? '-' : row.gzip <= row.budget ? `${num(row.budget)} ok` : `${num(row.budget)} OVER`;
  if (row.budget !== undefined && row.gzip > row.budget) over += 1;
  console.log(`${pad(row.name, 40)} ${pad(num(row.min), 10)} ${pad(num(row.gzip), 10)} ${verdict}`);
}
if (over) {
  console.error(`\n${over} bundle(s) over budget.`);
  process.exit(1);
}
console.log('\nEvery bundle is within its budget.');
