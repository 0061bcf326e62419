// The browser tests' third-party packages (lit, zod/mini, @open-wc/testing and the rest), bundled
// each time the test runner starts, as Vite's dev server does. Served module by module, every test page asked the dev
// server for a few hundred files (zod/mini alone is 66) and parsed each on its own: over a second a
// test file in Chromium and Firefox, for each of 62 files.
//
// esbuild first walks the test files' imports to find every package the browser code imports at run
// time (type-only imports are gone by then), then bundles those imports as entries of one build with
// code splitting, so each package is in it once: one lit, whose `nothing` and `noChange` must be the
// same objects everywhere. The copro packages are not bundled: they are what is tested, served from
// source as before.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Left to the dev server: its own commands module; axe-core, a script that sets `window.axe` only
 * when loaded as one; and chai-a11y-axe, which loads axe-core with `require` when it sees one (in a
 * bundle it would see esbuild's stand-in for it).
 */
const SERVED_AS_THEY_ARE = ['@web/test-runner-commands', 'axe-core', 'chai-a11y-axe'];

/** The package a bare import names (`lit` for `lit/decorators.js`), or none for a path or a `node:` module. */
function packageOf(specifier) {
  if (/^(\.|\/|[a-z]+:)/.test(specifier)) return undefined;
  const [first, second] = specifier.split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** Every third-party import that `entryPoints` (and what they import, copro packages included) make at run time. */
export async function importedPackages({ rootDir, entryPoints, conditions }) {
  const found = new Set();
  await esbuild.build({
    absWorkingDir: rootDir,
    entryPoints,
    bundle: true,
    write: false,
    outdir: 'scan',
    format: 'esm',
    platform: 'browser',
    conditions,
    logLevel: 'silent',
    plugins: [
      {
        name: 'third-party-imports',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
            const name = packageOf(path);
            if (name?.startsWith('@copro/')) return undefined; // followed: its sources are scanned too
            if (name && !SERVED_AS_THEY_ARE.includes(name)) found.add(path);
            return { path, external: true };
          });
        },
      },
    ],
  });
  return [...found].sort();
}

/**
 * A dev-server plugin: when the server starts, bundles the packages `entryPoints` import into a
 * directory of its own under `rootDir` (so the dev server serves it, and two test runs at once do not
 * share it), and from then on points each of those imports at its entry in the bundle.
 * `conditions` are the export conditions the dev server resolves with, so the bundle holds the same
 * builds of each package.
 */
export function bundledDependencies({ rootDir, entryPoints, conditions }) {
  const runs = join(rootDir, 'node_modules', '.cache', 'copro-test-dependencies');
  const outDirectory = join(runs, String(process.pid));
  const entries = new Map();
  return {
    name: 'copro-bundled-dependencies',
    async serverStart() {
      const specifiers = await importedPackages({ rootDir, entryPoints, conditions });
      // Left by runs that were killed: each directory is named after its run's process.
      for (const pid of existsSync(runs) ? readdirSync(runs) : []) if (!running(Number(pid))) rmSync(join(runs, pid), { recursive: true, force: true });
      rmSync(outDirectory, { recursive: true, force: true });
      await esbuild.build({
        absWorkingDir: rootDir,
        entryPoints: specifiers.map((specifier, index) => ({ in: specifier, out: `entry-${index}` })),
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        conditions,
        external: SERVED_AS_THEY_ARE.flatMap((name) => [name, `${name}/*`]),
        outdir: outDirectory,
        logLevel: 'warning',
      });
      const served = `/${relative(rootDir, outDirectory).split('\\').join('/')}`;
      specifiers.forEach((specifier, index) => entries.set(specifier, `${served}/entry-${index}.js`));
    },
    serverStop() {
      rmSync(outDirectory, { recursive: true, force: true });
    },
    resolveImport({ source }) {
      return entries.get(source);
    },
  };
}

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
