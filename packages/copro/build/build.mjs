#!/usr/bin/env node
/**
 * `npm run build` (and every package's `prepack`): builds what the packages publish.
 *
 * 1. `tsc -b` over every package's tsconfig.build.json: ES2022 modules with Lit's decorators
 *    applied, `.d.ts` with declaration maps, and source maps, in each package's `dist/`
 *    (incremental: a package whose sources did not change is not rebuilt).
 * 2. Each package's files that are not TypeScript (the server's SQL migrations and PGlite child
 *    script, plain language's vendored syllable counter) beside its compiled code.
 * 3. The drop-in files (`vite build`, see vite.config.ts): `copro.js`, its chunks, `copro.all.js`,
 *    when older than their sources.
 * 4. The custom elements manifest (`custom-elements-manifest analyze`), and each package's part of
 *    it as that package's `custom-elements.json` (paths pointing at its built modules).
 *
 * `--for-pack`: run by `npm pack`/`npm publish` in a package folder; builds the same (cheap when
 * already built), so a tarball never holds stale or missing files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBundle } from './bundle.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const node = (script, ...args) => execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit' });
const packages = readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'tsconfig.build.json')));

// 1. Compiled modules and types, in dependency order (project references).
node('node_modules/typescript/bin/tsc', '-b', ...packages.map((name) => `packages/${name}/tsconfig.build.json`));

// 2. Files tsc neither emits nor copies, which built modules read or import from beside them: the
// server's migrations and scripts (.sql, .mjs), and modules written in JavaScript (a vendored
// library, with its hand-written types). Without them a package points at files it lacks.
for (const name of packages) {
  const src = join(root, 'packages', name, 'src');
  for (const path of readdirSync(src, { recursive: true }).map(String)) {
    if (/\.(sql|mjs|js)$|\.d\.ts$/.test(path)) cpSync(join(src, path), join(root, 'packages', name, 'dist', path));
  }
}

// 3. The drop-in files.
ensureBundle();

// 4. The manifest, then each package's part of it.
const manifestFile = join(root, 'custom-elements.json');
const sourcesNewerThan = (time) =>
  packages.some((name) => readdirSync(join(root, 'packages', name, 'src'), { recursive: true }).some((path) => statSync(join(root, 'packages', name, 'src', String(path))).mtimeMs > time));
if (!existsSync(manifestFile) || sourcesNewerThan(statSync(manifestFile).mtimeMs)) {
  node('node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze');
}
splitManifest(JSON.parse(readFileSync(manifestFile, 'utf8')));

/** `packages/core/src/element.ts` -> the package `@copro/core` and its module `dist/element.js`. */
function located(path) {
  const match = /^packages\/([^/]+)\/src\/(.+)\.ts$/.exec(path ?? '');
  if (!match) return undefined;
  const name = JSON.parse(readFileSync(join(root, 'packages', match[1], 'package.json'), 'utf8')).name;
  return { folder: match[1], name, module: `dist/${match[2]}.js` };
}

/** Rewrites every `{ module, package? }` reference to point at a package's built module. */
function relink(value, ownName) {
  if (Array.isArray(value)) return value.map((item) => relink(item, ownName));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = relink(item, ownName);
  if (typeof value.module === 'string') {
    const where = located(value.module);
    if (where) {
      out.module = where.module;
      if (where.name !== ownName) out.package = where.name;
      else delete out.package;
    }
  }
  return out;
}

function splitManifest(manifest) {
  for (const folder of packages) {
    const { name, customElements } = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
    if (!customElements) continue;
    const modules = manifest.modules
      .filter((module) => located(module.path)?.folder === folder)
      .map((module) => ({ ...relink(module, name), path: located(module.path).module }));
    const part = { schemaVersion: manifest.schemaVersion, readme: '', modules };
    writeFileSync(join(root, 'packages', folder, customElements), `${JSON.stringify(part, null, 2)}\n`);
  }
}
