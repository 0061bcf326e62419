/**
 * Is `packages/copro/dist` up to date, and build it when not. Shared by scripts/size.mjs and the
 * tests that load the built copro.js (test/node/*, test/browser/drop-in.test.ts through
 * scripts/test.mjs), so none of them measures or tests a bundle older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
export const DIST = 'packages/copro/dist';
/** The drop-in files: the loader (its chunks are built with it) and the single-file build. */
export const BUNDLES = [`${DIST}/copro.js`, `${DIST}/copro.all.js`];

/** The newest modification time of the files the bundles are built from. */
function newestSource() {
  let newest = statSync(join(root, 'vite.config.ts')).mtimeMs;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'test', 'dist', 'demo', 'bench'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(ts|js|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const pkg of readdirSync(join(root, 'packages'))) if (pkg !== 'server') visit(join(root, 'packages', pkg));
  return newest;
}

/** Why the bundles need building ('missing', 'older than its sources'), or undefined when current. */
export function bundleStaleness() {
  const paths = BUNDLES.map((file) => join(root, file));
  if (paths.some((path) => !existsSync(path))) return 'missing';
  const oldest = Math.min(...paths.map((path) => statSync(path).mtimeMs));
  return oldest < newestSource() ? 'older than its sources' : undefined;
}

/** Runs `vite build` (the bundle part of `npm run build`) when forced or when the bundles are stale. */
export function ensureBundle({ force = false, quiet = false } = {}) {
  const why = force ? 'asked for' : bundleStaleness();
  if (!why) return;
  if (!quiet) console.log(`Building ${DIST} (vite build): ${why}…`);
  // Old hashed chunks go first, so dist holds only what this copro.js loads.
  rmSync(join(root, DIST, 'chunks'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: quiet ? 'pipe' : 'inherit' });
}
