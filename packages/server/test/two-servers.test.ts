/**
 * Retention, erasure and subject access with two servers on one PostgreSQL (issue 16): each server
 * has its own connection pool, as two processes would; the daily job runs once across both. And the
 * change feed (issue 21): a write on one clears the other's cache of public reads.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
// @ts-expect-error: a plain ES module script without type declarations
import { startPostgres } from '../../../scripts/postgres.mjs';
import { appInternals, createApp, runRetention, type Change, type Database } from '../src/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { TOKEN, call, slug, uid, testAppOptions } from './helpers.ts';

const DAY = 86_400_000;
const pg: { url: string; stop(): Promise<void> } | { skipped: string } = await startPostgres();
const skip = 'skipped' in pg ? pg.skipped : undefined;

describe('two servers on one PostgreSQL', { skip }, () => {
  const dbs: Database[] = [];
  let one: Awaited<ReturnType<typeof createApp>>;
  let two: Awaited<ReturnType<typeof createApp>>;
  let clock = Date.now();
  const now = () => new Date(clock);

  before(async () => {
    const url = (pg as { url: string }).url;
    dbs.push(await openPostgres(url, 4), await openPostgres(url, 4));
    // Both start at once: the migration lock makes them take turns.
    await Promise.all(dbs.map((db) => migrate(db)));
    const make = (db: Database) => createApp({ db, ...testAppOptions, now });
    [one, two] = await Promise.all([make(dbs[0]), make(dbs[1])]);
  });
  after(async () => {
    await Promise.all(dbs.map((db) => db.close()));
    if (!skip) await (pg as { stop(): Promise<void> }).stop();
  });

  it('a write on one server clears the other’s cache of public reads, and its feed hears the change with its number', async () => {
    const board = slug('two-cache');
    const path = `/v1/boards/${board}/posts`;
    const heard: Change[] = [];
    const stop = appInternals(two)!.changes.subscribe((message) => message.type === 'change' && message.change.resource === board && heard.push(message.change));
    const cache = appInternals(two)!.readCache;
    const first = await call(two, 'GET', path);
    const hits = cache.hits;
    assert.equal((await call(two, 'GET', path)).status, 200);
    assert.equal(cache.hits, hits + 1, 'server two answers the repeat from memory');

    const post = (await call(one, 'POST', path, { body: { id: uid(), participant: uid(), body: 'Written on one' } })).body;
    const seen = await eventually(async () => {
      const read = await call(two, 'GET', path, { headers: { 'if-none-match': first.headers.get('etag')! } });
      return read.status === 200 && read.body.items.some((p: { id: string }) => p.id === post.id);
    });
    assert.ok(seen, 'server two reads the new post within two seconds');
    await call(one, 'PUT', `/v1/boards/${board}/posts/${post.id}/support`, { headers: { 'copro-participant': uid() } });
    assert.ok(await eventually(async () => (await call(two, 'GET', path)).body.items[0]?.supportCount === 1));
    stop();
    assert.deepEqual(heard.map((change) => [change.id, change.event, change.item]), [
      [1, 'post', post.id],
      [2, 'support', post.id],
    ]);
  });

  it('erasure on one server is seen at once on the other, and a late replay to either answers 410', async () => {
    const board = slug('two-erase');
    const ladder = slug('two-erase-l');
    const resident = uid();
    const post = { id: uid(), participant: resident, body: 'A crossing by the school', displayName: 'Jo' };
    assert.equal((await call(one, 'POST', `/v1/boards/${board}/posts`, { body: post })).status, 201);
    const other = (await call(two, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Someone else' } })).body;
    assert.equal((await call(two, 'PUT', `/v1/boards/${board}/posts/${other.id}/supports/${resident}`)).status, 200);
    const rating = { id: uid(), participant: resident, role: 'staff', now: 'informing', comment: 'Mine' };
    assert.equal((await call(two, 'POST', `/v1/ladders/${ladder}/ratings`, { body: rating })).status, 201);

    // Subject access reads the same on both.
    const [fromOne, fromTwo] = await Promise.all([call(one, 'GET', `/v1/participants/${resident}`), call(two, 'GET', `/v1/participants/${resident}`)]);
    assert.deepEqual(fromOne.body, fromTwo.body);
    assert.deepEqual([fromOne.body.posts.length, fromOne.body.supports.length, fromOne.body.ratings.length], [1, 1, 1]);
    assert.doesNotMatch(JSON.stringify(fromOne.body), /Someone else/, 'nobody else’s words');

    const erased = await call(two, 'DELETE', `/v1/participants/${resident}`);
    assert.deepEqual(erased.body.erased, { posts: 1, supports: 1, ratings: 1, clarity: 0 });
    const after = (await call(one, 'GET', `/v1/participants/${resident}`)).body;
    assert.deepEqual([after.posts, after.supports, after.ratings], [[], [], []], 'the other server finds nothing');
    assert.equal((await call(one, 'POST', `/v1/boards/${board}/posts`, { body: post })).status, 410);
    assert.equal((await call(one, 'POST', `/v1/ladders/${ladder}/ratings`, { body: rating })).status, 410);
    const left = (await call(one, 'GET', `/v1/boards/${board}/posts`)).body.items;
    assert.deepEqual(left.map((p: { id: string }) => p.id), [other.id]);
    assert.equal(left[0].supportCount, 0, 'the support went with the resident');
  });

  it('staff erasure on one server is recorded in the audit trail both read', async () => {
    const board = slug('two-staff-erase');
    const posted = (await call(one, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Erase me please' } })).body;
    assert.equal((await call(two, 'DELETE', `/v1/boards/${board}/posts/${posted.id}`, { token: TOKEN })).status, 200);
    const entry = (await call(one, 'GET', `/v1/audit?action=post.erase&limit=1`, { token: TOKEN })).body.items[0];
    assert.match(entry.target, new RegExp(posted.id));
    assert.doesNotMatch(JSON.stringify(entry), /Erase me please/, 'never the erased text');
  });

  it('the daily retention job runs once across both servers, honouring each item’s period', async () => {
    const board = slug('two-ret');
    const keep = slug('two-ret-keep');
    const resident = uid();
    await call(one, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { retentionDays: 5 } });
    await call(two, 'PUT', `/v1/boards/${keep}`, { token: TOKEN, body: { retentionDays: 50 } });
    const short = (await call(one, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: resident, body: 'My address is 4 Elm Row', displayName: 'Kim' } })).body;
    const long = (await call(two, 'POST', `/v1/boards/${keep}/posts`, { body: { id: uid(), participant: resident, body: 'Kept words' } })).body;

    // Days later, both servers' hourly timers fire at once, many times.
    clock += 6 * DAY + 3_600_000;
    const later = now();
    const runs = await Promise.all([...dbs, ...dbs, ...dbs].map((db) => runRetention(db, later, { defaultDays: 30 })));
    const ran = runs.filter((result) => result !== undefined);
    assert.equal(ran.length, 1, 'exactly one run for the day');
    assert.ok(ran[0]!.posts >= 1);
    assert.equal((await runRetention(dbs[1], later, { defaultDays: 30 })), undefined, 'and none later that day');

    const shortNow = (await call(two, 'GET', `/v1/boards/${board}/posts`)).body.items.find((p: { id: string }) => p.id === short.id);
    assert.deepEqual([shortNow.body, shortNow.displayName], ['Removed after the retention period.', null]);
    const access = (await call(one, 'GET', `/v1/participants/${resident}`)).body;
    assert.deepEqual(access.posts.map((p: { id: string }) => p.id), [long.id], 'only the post within its period is still linked');
    assert.equal((await call(two, 'POST', `/v1/boards/${board}/posts`, { body: { id: short.id, participant: resident, body: 'My address is 4 Elm Row', displayName: 'Kim' } })).status, 410);
  });
});

async function eventually(check: () => Promise<boolean>, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
