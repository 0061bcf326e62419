// Tests and fault checks open many new PGlite databases, and each new one runs PostgreSQL's initdb:
// about 6.5 s of CPU here, most of a small server test file's cost. initdb's result depends only on
// the PGlite version (settings are written to postgresql.conf on every open, after it), so the
// first process that needs one keeps it as a tarball, and every later new database, in memory or
// in a new folder, starts from it through PGlite's own `loadDataDir` instead of running initdb.
//
// Loaded with `--import` by scripts/test.mjs (Node tests, browser tests) and `npm run faults`, and
// passed on to their child processes through NODE_OPTIONS. Nothing in the product loads it: the
// first-run path (initdb in openPglite's short-lived child) stays as it is and is still tested by
// test/node/start.test.ts, which starts `npm start` without this (see `withoutTemplate` there).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
// PGlite's initdb opens a PGlite of its own through PGlite.create: while the template is being
// made, every call goes straight through (one waiting for the template would wait for itself).
let making = false;

/** initdb's output as a tarball: read from the shared file, or made once and written there (whole, by rename, so a process beside this one never reads half of it). */
async function initdbTarball() {
  if (existsSync(templateFile)) return new Blob([readFileSync(templateFile)]);
  making = true;
  let tarball;
  try {
    const fresh = await create.call(PGlite, 'memory://');
    tarball = await fresh.dumpDataDir('none');
    await fresh.close();
  } finally {
    making = false;
  }
  const part = `${templateFile}.${process.pid}.part`;
  writeFileSync(part, Buffer.from(await tarball.arrayBuffer()));
  renameSync(part, templateFile);
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
  if (making || options.loadDataDir || !isNew(options.dataDir)) return create.call(PGlite, options);
  template ??= initdbTarball();
  return create.call(PGlite, { ...options, loadDataDir: await template });
};
