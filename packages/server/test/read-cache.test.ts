/**
 * The change feed and reads that cache (issue 21), on PGlite: public reads carry an ETag and
 * answer 304, shared caches may keep only public answers, the in-memory cache serves repeated
 * reads and is cleared by every committed write, and each write publishes a numbered change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Post } from '@copro/protocol';
import { appInternals, createApp, runRetention, type Change } from '../src/index.ts';
import { etagOf } from '../src/http/read-cache.ts';
import { countingStatements, TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const handle = memoryDatabase();

const publicPaths = (board: string, room: string, ladder: string) => [
  `/v1/boards/${board}`,
  `/v1/boards/${board}/posts`,
  `/v1/boards/${board}/posts?sort=most-supported`,
  `/v1/boards/${board}/accountability`,
  `/v1/boards/${board}/feed.atom`,
  `/v1/rooms/${room}`,
  `/v1/ladders/${ladder}`,
  `/v1/ladders/${ladder}/summary`,
];

describe('reads that cache', () => {
  it('a public read carries a strong ETag, may be kept briefly by shared caches, and answers 304 to a matching If-None-Match', async () => {
    const app = await handle.app();
    for (const path of publicPaths(slug('etag'), slug('etag-room'), slug('etag-ladder'))) {
      const first = await call(app, 'GET', path);
      assert.equal(first.status, 200, path);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[\w-]{16,}"$/, `${path}: a strong ETag`);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=0, s-maxage=5', path);
      assert.match(first.headers.get('vary') ?? '', /\bOrigin\b/, path);

      const again = await call(app, 'GET', path, { headers: { 'if-none-match': etag! } });
      assert.equal(again.status, 304, path);
      assert.equal(again.body, null, `${path}: a 304 has no body`);
      assert.equal(again.headers.get('etag'), etag, path);
      assert.equal(again.headers.get('cache-control'), 'public, max-age=0, s-maxage=5', path);
      // A proxy may have weakened the tag; a list may hold it among others.
      assert.equal((await call(app, 'GET', path, { headers: { 'if-none-match': `"other", W/${etag}` } })).status, 304, path);
      assert.equal((await call(app, 'GET', path, { headers: { 'if-none-match': '"not-it"' } })).status, 200, path);
    }
  });

  it('a write changes the ETag, and the old one answers 200 with the new body', async () => {
    const app = await handle.app();
    const board = slug('etag-write');
    const first = await call(app, 'GET', `/v1/boards/${board}/posts`);
    const etag = first.headers.get('etag')!;
    const post = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'More benches' } })).body;
    const second = await call(app, 'GET', `/v1/boards/${board}/posts`, { headers: { 'if-none-match': etag } });
    assert.equal(second.status, 200);
    assert.notEqual(second.headers.get('etag'), etag);
    assert.deepEqual(second.body.items.map((p: { id: string }) => p.id), [post.id]);

    // A support changes the count: the page and its ETag change at once.
    const supported = await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/support`, { headers: { 'copro-participant': uid() } });
    assert.equal(supported.status, 200);
    const third = await call(app, 'GET', `/v1/boards/${board}/posts`, { headers: { 'if-none-match': second.headers.get('etag')! } });
    assert.equal(third.status, 200);
    assert.equal(third.body.items[0].supportCount, 1);

    // Staff answers, hides, and room and ladder writes too.
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/response`, { token: TOKEN, body: { status: 'planned', message: 'In spring' } })).status, 200);
    const fourth = await call(app, 'GET', `/v1/boards/${board}/posts`);
    assert.equal(fourth.body.items[0].response.status, 'planned');
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } })).status, 200);
    assert.deepEqual((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items, []);

    const room = slug('etag-room-write');
    const before = await call(app, 'GET', `/v1/rooms/${room}`);
    const group = before.body.groups[0];
    const changed = await call(app, 'PUT', `/v1/rooms/${room}/groups/${group.id}`, { token: TOKEN, body: { status: 'invited', note: 'Sent', revision: group.revision } });
    assert.equal(changed.status, 200);
    const after = await call(app, 'GET', `/v1/rooms/${room}`, { headers: { 'if-none-match': before.headers.get('etag')! } });
    assert.equal(after.status, 200);
    assert.equal(after.body.groups[0].status, 'invited');

    const ladder = slug('etag-ladder-write');
    const summary = await call(app, 'GET', `/v1/ladders/${ladder}/summary`);
    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role: 'staff', now: 'informing' } })).status, 201);
    const summaryAfter = await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { headers: { 'if-none-match': summary.headers.get('etag')! } });
    assert.equal(summaryAfter.status, 200);
    assert.equal(summaryAfter.body.total, 1);
  });

  it('staff and participant reads, and every write, are private, no-store and carry no ETag', async () => {
    const app = await handle.app();
    const board = slug('private');
    const resident = uid();
    const post = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: resident, body: 'Private?' } });
    assert.equal(post.headers.get('cache-control'), 'private, no-store');
    const answers = [
      await call(app, 'GET', `/v1/boards/${board}/posts`, { token: TOKEN }),
      await call(app, 'GET', `/v1/boards/${board}`, { token: TOKEN }),
      await call(app, 'GET', `/v1/boards/${board}/posts?participant=${resident}`),
      await call(app, 'GET', `/v1/boards/${board}/posts`, { headers: { 'copro-participant': resident } }),
      await call(app, 'GET', `/v1/boards/${board}/mine`, { headers: { 'copro-participant': resident } }),
      await call(app, 'GET', `/v1/participants/${resident}`),
      await call(app, 'GET', `/v1/ladders/${slug('l')}/summary`, { token: TOKEN }),
      await call(app, 'GET', `/v1/health`),
      await call(app, 'GET', `/v1/boards/NOT A SLUG/posts`),
    ];
    for (const answer of answers) {
      assert.equal(answer.headers.get('cache-control'), 'private, no-store');
      assert.equal(answer.headers.get('etag'), null);
    }
    // Not even a staff read sent with the public read's ETag is answered 304.
    const publicRead = await call(app, 'GET', `/v1/boards/${board}/posts`);
    const staffRead = await call(app, 'GET', `/v1/boards/${board}/posts`, { token: TOKEN, headers: { 'if-none-match': publicRead.headers.get('etag')! } });
    assert.equal(staffRead.status, 200);
  });

  it('CORS lets a page send If-None-Match and Last-Event-ID and read the ETag', async () => {
    const app = await handle.app({ allowedOrigins: ['https://council.example'] });
    const board = slug('cors');
    const preflight = await call(app, 'OPTIONS', `/v1/boards/${board}/posts`, {
      headers: { origin: 'https://council.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match, last-event-id' },
    });
    assert.equal(preflight.status, 204);
    const allowed = preflight.headers.get('access-control-allow-headers')!.toLowerCase().split(/,\s*/);
    assert.ok(allowed.includes('if-none-match') && allowed.includes('last-event-id'), allowed.join());
    const read = await call(app, 'GET', `/v1/boards/${board}/posts`, { headers: { origin: 'https://council.example' } });
    assert.ok(read.headers.get('access-control-expose-headers')!.split(/,\s*/).includes('ETag'));
    assert.equal(read.headers.get('vary'), 'Origin', 'Origin once');
  });

  it('the in-memory cache answers a repeated public read, and any committed write to that board clears it', async () => {
    const app = await handle.app();
    const cache = appInternals(app)!.readCache;
    const board = slug('memory');
    const path = `/v1/boards/${board}/posts`;
    await call(app, 'GET', path);
    const hits = cache.hits;
    const again = await call(app, 'GET', path);
    assert.equal(cache.hits, hits + 1, 'the second read came from memory');
    assert.equal(again.status, 200);
    // Another board's write leaves it; this board's clears it.
    await call(app, 'POST', `/v1/boards/${slug('other')}/posts`, { body: { id: uid(), participant: uid(), body: 'Elsewhere' } });
    await call(app, 'GET', path);
    assert.equal(cache.hits, hits + 2);
    await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Here' } });
    const fresh = await call(app, 'GET', path);
    assert.equal(cache.hits, hits + 2, 'a miss after the write');
    assert.equal(fresh.body.items.length, 1);
  });

  it('a page of posts that misses the cache is one statement; its ETag is the hash of the bytes served, and a hit serves the same bytes', async () => {
    const { db, statements } = countingStatements(handle.db);
    const app = await createApp({ db, log: () => {}, writeRateLimit: { limit: 1_000_000, windowSeconds: 60 } });
    const board = slug('one-statement');
    for (const body of ['A bench by the bus stop', 'Bysiau hwyrach ar nos Wener — ŵyn 🐑']) {
      await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body } });
    }
    statements.length = 0;
    const page = await app.request(`/v1/boards/${board}/posts`);
    assert.equal(page.status, 200);
    assert.equal(statements.length, 1, `one statement, not: ${statements.join('\n---\n')}`);
    assert.match(statements[0], /FROM posts p WHERE p\.board_id = \$1/);
    // The bytes served are the bytes hashed, and they parse as the page. (That the cache keeps the
    // text the handler made, rather than reading its answer back, is a saving in time only: no
    // answer here could tell the two apart.)
    const bytes = new Uint8Array(await page.arrayBuffer());
    assert.equal(page.headers.get('etag'), etagOf(bytes));
    assert.equal(page.headers.get('content-type'), 'application/json');
    assert.deepEqual(JSON.parse(new TextDecoder().decode(bytes)).items.map((p: Post) => p.body), ['Bysiau hwyrach ar nos Wener — ŵyn 🐑', 'A bench by the bus stop']);
    // What the cache counts against its limit is the bytes served (UTF-8), before a hit and after.
    const cache = appInternals(app)!.readCache;
    const counted = bytes.byteLength + `localhost/v1/boards/${board}/posts`.length;
    assert.equal(cache.bytes, counted);
    statements.length = 0;
    const cached = await app.request(`/v1/boards/${board}/posts`);
    assert.deepEqual(new Uint8Array(await cached.arrayBuffer()), bytes, 'the cache answers the same bytes');
    assert.equal(statements.length, 0, 'and runs no statement');
    assert.equal(cache.bytes, counted);
    // The miss and the hit answer with the same headers.
    const headers = (response: Response) => [...response.headers].filter(([name]) => name !== 'content-length');
    assert.deepEqual(headers(cached), headers(page));
    assert.equal((await app.request(`/v1/boards/${board}/posts`)).headers.get('etag'), etagOf(bytes));
    // An unknown board is still an empty page with auto-creation, and 404 without it.
    assert.deepEqual((await call(app, 'GET', `/v1/boards/${slug('none')}/posts`)).body, { items: [], nextCursor: null });
    const strict = await createApp({ db, log: () => {}, autoCreate: false });
    assert.equal((await call(strict, 'GET', `/v1/boards/${slug('none')}/posts`)).status, 404);
    assert.equal((await call(strict, 'GET', `/v1/boards/${board}/posts`)).body.items.length, 2);
  });

  it('a write through another app on the same database clears this app’s cache (the feed, not the request)', async () => {
    const reader = await handle.app();
    const writer = await handle.app();
    const board = slug('shared-db');
    const path = `/v1/boards/${board}/posts`;
    assert.deepEqual((await call(reader, 'GET', path)).body.items, []);
    await call(writer, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Seen by the other' } });
    const seen = await eventually(async () => (await call(reader, 'GET', path)).body.items.length === 1);
    assert.ok(seen, 'the reader’s cache was cleared');
  });

  it('answers expire by the server’s clock, for what changes with time alone (a closing date)', async () => {
    let clock = Date.parse('2026-06-01T12:00:00Z');
    const app = await handle.app({ now: () => new Date(clock) });
    const board = slug('closing');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { closesAt: '2026-06-01T12:00:30Z' } });
    assert.equal((await call(app, 'GET', `/v1/boards/${board}`)).body.open, true);
    clock += 120_000;
    assert.equal((await call(app, 'GET', `/v1/boards/${board}`)).body.open, false);
  });

  it('every committed write publishes a change with an id that grows per board or room, after commit', async () => {
    const app = await handle.app();
    const { changes } = appInternals(app)!;
    const heard: Change[] = [];
    const stop = changes.subscribe((message) => message.type === 'change' && heard.push(message.change));
    const board = slug('feed');
    const other = slug('feed-other');
    const resident = uid();
    const post = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: resident, body: 'One' } })).body;
    await call(app, 'POST', `/v1/boards/${other}/posts`, { body: { id: uid(), participant: uid(), body: 'Two' } });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/support`, { headers: { 'copro-participant': uid() } });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/body`, { token: TOKEN, body: { body: 'One (edited)' } });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/response`, { token: TOKEN, body: { status: 'considering', message: 'Looking' } });
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { title: 'Renamed' } });
    // A refused write (the board is closed for posts) publishes nothing.
    await call(app, 'PUT', `/v1/boards/${other}`, { token: TOKEN, body: { open: false } });
    assert.equal((await call(app, 'POST', `/v1/boards/${other}/posts`, { body: { id: uid(), participant: uid(), body: 'Refused' } })).status, 409);
    await call(app, 'DELETE', `/v1/participants/${resident}`);
    await call(app, 'PUT', `/v1/settings`, { token: TOKEN, body: { auditRetentionDays: 3000 } });
    stop();

    const on = (resource: string) => heard.filter((change) => change.resource === resource);
    assert.deepEqual(on(board).map((change) => [change.id, change.event]), [
      [1, 'post'],
      [2, 'support'],
      [3, 'post'],
      [4, 'response'],
      [5, 'settings'],
      [6, 'removed'],
    ]);
    assert.deepEqual(on(other).map((change) => [change.id, change.event]), [
      [1, 'post'],
      [2, 'settings'],
    ]);
    assert.equal(on(board)[0].item, post.id);
    assert.ok(heard.some((change) => change.kind === 'settings'), 'server settings publish too');
    assert.doesNotMatch(JSON.stringify(heard), new RegExp(resident), 'never a participant id');
    const logged = await handle.db.query<{ id: string }>(`SELECT id FROM changes WHERE kind = 'board' AND resource = $1 ORDER BY id`, [board]);
    assert.deepEqual(logged.rows.map((row) => Number(row.id)), [1, 2, 3, 4, 5, 6], 'kept for replay');
  });

  it('a change recorded in a transaction that rolls back is neither kept nor heard', async () => {
    const app = await handle.app();
    const { changes } = appInternals(app)!;
    const heard: Change[] = [];
    const stop = changes.subscribe((message) => message.type === 'change' && heard.push(message.change));
    const board = slug('rollback');
    await assert.rejects(
      handle.db.transaction(async (tx) => {
        await changes.record(tx, { kind: 'board', resource: board, event: 'post', item: 'x' });
        throw new Error('the write failed after recording');
      }),
      /the write failed/,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    assert.deepEqual(heard, []);
    assert.equal((await handle.db.query('SELECT 1 FROM changes WHERE resource = $1', [board])).rows.length, 0);
    const next = await changes.record(handle.db, { kind: 'board', resource: board, event: 'post', item: 'y' });
    assert.equal(next.id, 1, 'the number was not used up');
  });

  it('the retention job publishes a change for each board it anonymised, which clears the cached page', async () => {
    // The server's clock stands still, far ahead (the job runs once per day across the database,
    // so no other test's run took that day): the cached page cannot expire, only the feed can clear it.
    const clock = Date.parse('2031-03-03T12:00:00Z');
    const app = await handle.app({ now: () => new Date(clock) });
    const board = slug('retained');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { retentionDays: 1 } });
    await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'My number is 0123', displayName: 'Sam' } });
    const before = await call(app, 'GET', `/v1/boards/${board}/posts`);
    assert.equal(before.body.items[0].displayName, 'Sam');
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items[0].displayName, 'Sam', 'kept in memory');
    // The post was stored today (the database's clock): a day's retention has long passed by then.
    const ran = await runRetention(handle.db, new Date(clock), { defaultDays: 30 });
    assert.ok(ran && ran.posts >= 1);
    const seen = await eventually(async () => (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items[0].displayName === null);
    assert.ok(seen, 'the cached page was cleared by the job’s change');
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
