// The tests' PGlite template (scripts/test-support/pglite-template.mjs): a new database, in memory
// or in a new folder, begins from one kept copy of initdb's output. These check that the copy is
// made once and reused, and that a database begun from it is a whole one: it migrates, takes
// writes, and a folder keeps them when it is opened again (as the product's openPglite does).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const hook = new URL('../../scripts/test-support/pglite-template.mjs', import.meta.url).href;
// Its own temporary folder, so the copy is made here whatever other test runs have left behind.
const temporary = mkdtempSync(join(tmpdir(), 'copro-template-test-'));
after(() => rmSync(temporary, { recursive: true, force: true }));

/** Runs a module in a fresh Node process with the template loaded, as scripts/test.mjs does, and answers what it printed. */
function withTemplate(body: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', body], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: temporary, NODE_OPTIONS: `--import ${hook}`, COPRO_PGLITE_TEMPLATE: undefined },
    timeout: 120_000,
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

const templates = () => readdirSync(temporary).filter((name) => name.startsWith('copro-pglite-initdb-'));

test('a new folder begun from the kept copy migrates, keeps its writes when opened again, and the copy is made once', { timeout: 240_000 }, () => {
  const folder = join(temporary, 'data');
  const open = `
    import { openPglite } from './packages/server/src/db/pglite.ts';
    import { migrate } from './packages/server/src/db/migrate.ts';
    const db = await openPglite(${JSON.stringify(folder)});
    await migrate(db);`;
  withTemplate(`${open}
    await db.query("INSERT INTO boards (id, title) VALUES ('kept', 'Kept') ON CONFLICT DO NOTHING");
    await db.close();`);
  assert.ok(existsSync(join(folder, 'PG_VERSION')), 'the folder holds PostgreSQL data');
  assert.equal(templates().length, 1, 'one kept copy, written whole (no part file left)');
  // pg_control's state (after the system identifier and two version numbers): 1 is "shut down".
  const control = execFileSync('tar', ['-xOf', join(temporary, templates()[0]), '/global/pg_control']);
  assert.equal(control.readUInt32LE(16), 1, "initdb's cluster as initdb left it, shut down cleanly, not one a server was running on");
  const made = statSync(join(temporary, templates()[0])).mtimeMs;

  const read = withTemplate(`${open}
    console.log(JSON.stringify((await db.query("SELECT id FROM boards WHERE id = 'kept'")).rows));
    const memory = await openPglite('memory://');
    await migrate(memory);
    console.log((await memory.query("SELECT count(*)::int AS n FROM boards")).rows[0].n);
    await memory.close();
    await db.close();`);
  assert.deepEqual(read.split('\n'), ['[{"id":"kept"}]', '0'], 'the folder kept its row; a new memory database is empty');
  assert.equal(statSync(join(temporary, templates()[0])).mtimeMs, made, 'the second process reused the copy');
});
