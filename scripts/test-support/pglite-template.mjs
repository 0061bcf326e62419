// Tests and fault checks open many new PGlite databases, and each new one runs PostgreSQL's initdb:
// about 6.5 s of CPU here, most of a small server test file's cost. initdb's result depends only on
// the PGlite version (settings are written to postgresql.conf on every open, after it), so the
// first process that needs one keeps it as a tarball, and every later new database, in memory or
// in a new folder, starts from it through PGlite's own `loadDataDir` instead of running initdb.
//
// Loaded with `--import` by scripts/test.mjs (Node tests, browser tests) and `npm run faults`, and
// passed on to their child processes through NODE_OPTIONS. Nothing in the product loads it: the
// first-run path (initdb in openPglite's short-lived child) stays as it is and is still tested by
// test/node/start.test.ts, which starts `npm start` with COPRO_PGLITE_TEMPLATE=off (this file's off switch).
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

/** The PGlite version installed, which is what initdb's output depends on. */
function pgliteVersion() {
  let dir = dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

export const templateFile = join(tmpdir(), `copro-pglite-initdb-${pgliteVersion()}.tar`);

const create = PGlite.create;
let template;
/** While the copy is made: the tarball PGlite's own initdb step hands over, taken as it passes. */
let capture;

/**
 * initdb's output as a tarball: read from the shared file, or made once and written there (whole,
 * by rename, so a process beside this one never reads half of it). A new PGlite runs initdb in a
 * PGlite of its own (made with `noInitDb`) and copies that one's folder in with `dumpDataDir`: that
 * is the tarball kept, a cluster initdb shut down cleanly, before any server ran on it.
 */
async function initdbTarball() {
  if (existsSync(templateFile)) return new Blob([readFileSync(templateFile)]);
  let tarball;
  capture = (dumped) => (tarball ??= dumped);
  const folder = mkdtempSync(join(tmpdir(), 'copro-pglite-initdb-'));
  try {
    const fresh = await create.call(PGlite, folder);
    await fresh.close();
  } finally {
    capture = undefined;
    rmSync(folder, { recursive: true, force: true });
  }
  if (!tarball) throw new Error('PGlite made a new database without handing over initdb\'s folder: scripts/test-support/pglite-template.mjs needs updating for this PGlite version.');
  try {
    const part = `${templateFile}.${process.pid}.part`;
    writeFileSync(part, Buffer.from(await tarball.arrayBuffer()));
    renameSync(part, templateFile);
  } catch (error) {
    // Not kept (a full or read-only temporary folder): this process still uses it, the next makes it again.
    console.warn(`The PGlite template could not be kept at ${templateFile}: ${error.message}`);
  }
  return tarball;
}

/** True for a database initdb would make: in memory, or a folder with no PostgreSQL data in it yet. */
function isNew(dataDir) {
  if (dataDir === undefined || dataDir.startsWith('memory://')) return true;
  if (dataDir.includes('://')) return false;
  return !existsSync(join(dataDir, 'PG_VERSION'));
}

PGlite.create = async function createFromTemplate(dataDirOrOptions, maybeOptions) {
  const options = typeof dataDirOrOptions === 'string' ? { ...maybeOptions, dataDir: dataDirOrOptions } : { ...(dataDirOrOptions ?? maybeOptions) };
  if (options.noInitDb) {
    // PGlite's own initdb step: passed straight through, and its folder taken while the copy is made.
    const initdb = await create.call(PGlite, options);
    if (capture) {
      const dump = initdb.dumpDataDir.bind(initdb);
      initdb.dumpDataDir = async (...args) => {
        const dumped = await dump(...args);
        capture?.(dumped);
        return dumped;
      };
    }
    return initdb;
  }
  if (process.env.COPRO_PGLITE_TEMPLATE === 'off' || options.loadDataDir || options.fs || !isNew(options.dataDir)) return create.call(PGlite, options);
  template ??= initdbTarball().catch((error) => {
    template = undefined;
    throw error;
  });
  return create.call(PGlite, { ...options, loadDataDir: await template });
};
