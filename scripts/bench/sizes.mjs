// Bundle sizes: copro.all.js as built (npm run build), and each widget's define entry bundled alone
// with its dependencies (lit, zod/mini, @copro/core, @copro/protocol), minified, gzip -9.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ensureBundle } from '../faults/checks/demo-pages.mjs';
import { root } from '../faults/lib.mjs';

const widgets = ['feedback-board', 'room-checklist', 'ladder', 'plain-language'];

/** A widget's define entry bundled alone with its dependencies, minified (the code, not yet gzipped). */
export async function bundleDefine(widget) {
  const result = await build({
    stdin: { contents: `import '@copro/${widget}/define';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.base.json'),
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

export async function bundleSizes() {
  const sizes = [];
  // copro.js is a loader now; copro.all.js beside it is every element in one file. What pages
  // download through the loader is measured by `npm run size`.
  const copro = readFileSync(ensureBundle().replace(/copro\.js$/, 'copro.all.js'));
  sizes.push({ label: 'packages/copro/dist/copro.all.js (every element, one file)', min: copro.length, gzip: gzipSync(copro, { level: 9 }).length });
  for (const widget of widgets) {
    const code = await bundleDefine(widget);
    sizes.push({ label: `@copro/${widget}/define alone`, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return sizes;
}
