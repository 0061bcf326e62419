import { readdirSync } from 'node:fs';
/**
 * Backups and upgrades (issue 16): a logical backup restores into a new data folder with every
 * post, rating, room and audit entry; a backup made by the 0001-0003 schema loads, migrates and
 * reads back with today's code.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { createApp, makeBackup, restoreBackup, type Backup, type Database } from '../src/index.ts';
import { openPglite } from '../src/db/pglite.ts';
import { TOKEN, call, memoryDatabase, uid, testAppOptions } from './helpers.ts';

const handle = memoryDatabase();

async function withNewDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openPglite('memory://');
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
const appOn = (db: Database) => createApp({ db, ...testAppOptions });

describe('backup and restore', () => {
  it('restores into a new data folder: every post, support, rating, room change, staff member and audit entry', async () => {
    const app = await handle.app();
    const post = (await call(app, 'POST', '/v1/boards/backup-board/posts', { body: { id: uid(), participant: uid(), body: 'More benches', displayName: 'Ana' } })).body;
    await call(app, 'PUT', `/v1/boards/backup-board/posts/${post.id}/supports/${uid()}`);
    await call(app, 'PUT', `/v1/boards/backup-board/posts/${post.id}/response`, { token: TOKEN, body: { status: 'planned', message: 'In May' } });
    await call(app, 'POST', '/v1/ladders/backup-ladder/ratings', { body: { id: uid(), participant: uid(), role: 'lived-experience', now: 'informing', comment: 'Told, not asked' } });
    await call(app, 'PUT', '/v1/rooms/backup-room/groups/carers', { token: TOKEN, body: { status: 'present', note: 'Came', revision: 0 } });
    const staff = (await call(app, 'POST', '/v1/staff', { token: TOKEN, body: { name: 'Priya Shah', role: 'moderator' } })).body;

    const viaApi = await call(app, 'GET', '/v1/backup', { token: TOKEN });
    assert.equal(viaApi.status, 200);
    const backup = viaApi.body as Backup;
    // A backup names the newest migration it was made under.
    const newest = readdirSync(new URL('../src/db/migrations/', import.meta.url)).filter((name) => name.endsWith('.sql')).sort().at(-1);
    assert.equal(`${backup.schema}.sql`, newest);

    await withNewDatabase(async (db) => {
      const counts = await restoreBackup(db, JSON.parse(JSON.stringify(backup)));
      assert.ok(counts.posts >= 1 && counts.audit_log >= 3);
      const restored = await appOn(db);
      const posts = (await call(restored, 'GET', '/v1/boards/backup-board/posts')).body.items;
      assert.equal(posts[0].body, 'More benches');
      assert.equal(posts[0].supportCount, 1);
      assert.equal(posts[0].response.status, 'planned');
      assert.equal((await call(restored, 'GET', '/v1/ladders/backup-ladder/summary')).body.total, 1);
      const carers = (await call(restored, 'GET', '/v1/rooms/backup-room')).body.groups.find((g: { id: string }) => g.id === 'carers');
      assert.equal(carers.status, 'present');
      assert.deepEqual((await call(restored, 'GET', '/v1/staff/me', { token: staff.token })).body, { name: 'Priya Shah', role: 'moderator' }, 'staff tokens survive');
      const trail = (await call(restored, 'GET', '/v1/audit?action=post.response', { token: TOKEN })).body.items;
      assert.equal(trail.length, 1);
      // New entries carry on after the restored ones.
      await call(restored, 'PUT', '/v1/boards/backup-board', { token: TOKEN, body: { title: 'After restore' } });
      assert.equal((await call(restored, 'GET', '/v1/audit?limit=1', { token: TOKEN })).body.items[0].action, 'board.settings');
      // The same backup again, from the restored copy, holds the same rows.
      const again = await makeBackup(db);
      assert.deepEqual(again.tables.posts, backup.tables.posts);
      assert.deepEqual(again.tables.ratings, backup.tables.ratings);
    });
  });

  it('refuses to restore over data', async () => {
    const backup = await makeBackup(handle.db);
    await assert.rejects(restoreBackup(handle.db, backup), /new, empty data folder/);
    await assert.rejects(withNewDatabase((db) => restoreBackup(db, { format: 'other' } as unknown as Backup)), /not a copro backup/);
  });
});

describe('upgrades never lose data', () => {
  it('a backup made by schema 0001-0003 loads, migrates to today and reads back', async () => {
    const fixture = JSON.parse(await readFile(new URL('./fixtures/upgrade-0003.json', import.meta.url), 'utf8')) as Backup;
    assert.equal(fixture.schema, '0003_recently_answered');
    await withNewDatabase(async (db) => {
      await restoreBackup(db, fixture);
      const app = await appOn(db);
      const posts = (await call(app, 'GET', '/v1/boards/youth-fund-2026/posts', { token: TOKEN })).body.items;
      assert.deepEqual(posts.map((p: { body: string }) => p.body).sort(), ['A skate park near the library', 'Buses after 9pm']);
      const answered = posts.find((p: { body: string }) => p.body.startsWith('A skate'));
      assert.equal(answered.supportCount, 1);
      assert.equal(answered.response.message, 'We will ask the parks team in January.');
      assert.equal(answered.displayName, 'Sam');
      const board = (await call(app, 'GET', '/v1/boards/youth-fund-2026')).body;
      assert.equal(board.moderation, 'before');
      const room = (await call(app, 'GET', '/v1/rooms/youth-fund-2026')).body;
      assert.deepEqual(room.groups.map((g: { id: string; status: string; note: string }) => [g.id, g.status, g.note]), [
        ['young-people', 'present', 'Youth council came'],
        ['carers', 'missing', ''],
      ]);
      assert.equal(room.publicEditing, false, 'a room made before editor links needs credentials like any other');
      const summary = (await call(app, 'GET', '/v1/ladders/youth-fund-2026/summary')).body;
      assert.equal(summary.total, 1);
      const clarity = (await call(app, 'GET', '/v1/clarity?page=/youth-fund', { token: TOKEN })).body;
      assert.match(JSON.stringify(clarity), /What is a grant\?/);
    });
  });
});
