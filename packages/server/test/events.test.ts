/**
 * Live streams (issue 21, CONTRACT "Live"): `GET /v1/boards/{board}/events` and
 * `GET /v1/rooms/{room}/events` as Server-Sent Events, against a real server on PGlite (and, at the
 * end, two servers on one PostgreSQL).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
// @ts-expect-error: a plain ES module script without type declarations
import { startPostgres } from '../../../scripts/postgres.mjs';
import { startServer, type Database, type RunningServer } from '../src/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { TOKEN, slug, uid, testAppOptions } from './helpers.ts';

interface SseEvent {
  id?: string;
  event: string;
  data: string;
  at: number;
}

/** Reads a stream the way a browser would: blocks of `field: value` lines ended by a blank line. */
async function openStream(base: string, path: string, options: { token?: string; lastEventId?: string; ip?: string } = {}) {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.lastEventId) headers['last-event-id'] = options.lastEventId;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  const response = await fetch(base + path, { headers, signal: controller.signal });
  const events: SseEvent[] = [];
  const comments: string[] = [];
  let retry: string | undefined;
  let ended = false;
  const waiters = new Set<() => void>();
  const tell = () => waiters.forEach((fn) => fn());
  if (response.ok && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event: SseEvent = { event: 'message', data: '', at: performance.now() };
            let isEvent = false;
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) comments.push(line);
              else if (line.startsWith('retry: ')) retry = line.slice(7);
              else {
                const [field, ...rest] = line.split(': ');
                (event as unknown as Record<string, string>)[field] = rest.join(': ');
                isEvent = true;
              }
            }
            if (isEvent) events.push(event);
          }
          tell();
        }
      } catch {
        // aborted
      }
      ended = true;
      tell();
    })();
  }
  return {
    response,
    events,
    comments,
    get retry() {
      return retry;
    },
    get ended() {
      return ended;
    },
    close: () => controller.abort(),
    /** Waits until `check` holds (or `ms` pass, then fails). */
    async until(check: () => boolean, ms = 3000, what = 'the expected events'): Promise<void> {
      if (check()) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(fn);
          reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(events.map((e) => [e.id, e.event, e.data]))}`));
        }, ms);
        const fn = () => {
          if (!check()) return;
          clearTimeout(timer);
          waiters.delete(fn);
          resolve();
        };
        waiters.add(fn);
      });
    },
  };
}

async function send(base: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const quiet = testAppOptions;
const nap = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live streams on a real server (PGlite)', () => {
  let db: Database;
  let server: RunningServer;
  const latencies: number[] = [];

  before(async () => {
    db = await openPglite('memory://');
    await migrate(db);
    server = await startServer({ ...quiet, port: 0, db, trustProxy: ['127.0.0.1', '::1'], live: { perClient: 6, keepAliveMs: 200 } });
  });
  after(async () => {
    await server?.close();
    if (latencies.length) {
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(`# write to event (PGlite, one server): ${sorted.length} writes, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
    }
  });

  it('sends the headers and retry at once, keep-alives, then a change to a group as a `group` event naming only the group', async () => {
    const room = slug('live-room');
    await send(server.url, 'PUT', `/v1/rooms/${room}`, { title: 'Steering group' }, TOKEN);
    const stream = await openStream(server.url, `/v1/rooms/${room}/events`);
    assert.equal(stream.response.status, 200);
    assert.match(stream.response.headers.get('content-type') ?? '', /^text\/event-stream/);
    assert.match(stream.response.headers.get('cache-control') ?? '', /no-store/);
    await stream.until(() => stream.retry !== undefined, 1000, 'retry');
    assert.equal(stream.retry, '3000');
    await stream.until(() => stream.comments.length > 0, 1000, 'a keep-alive');

    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const put = await send(server.url, 'PUT', `/v1/rooms/${room}/groups/young-people`, { status: i % 2 ? 'missing' : 'invited', note: `note ${i}`, revision: i }, TOKEN);
      assert.equal(put.status, 200, JSON.stringify(put.body));
      await stream.until(() => stream.events.length === i + 1);
      latencies.push(stream.events[i].at - started);
    }
        const base = Number(stream.events[0].id);
    assert.deepEqual(stream.events.map((e) => [e.id, e.event, e.data]), [0, 1, 2, 3, 4].map((n) => [String(base + n), 'group', '{"id":"young-people"}']));
    stream.close();
  });

  it('a reconnect with Last-Event-ID receives every change it missed, in order, and nothing twice', async () => {
    const room = slug('live-resume');
    await send(server.url, 'PUT', `/v1/rooms/${room}`, { title: 'Steering group' }, TOKEN);
    const first = await openStream(server.url, `/v1/rooms/${room}/events`);
    await send(server.url, 'PUT', `/v1/rooms/${room}/groups/young-people`, { status: 'invited', note: '', revision: 0 }, TOKEN);
    await first.until(() => first.events.length === 1);
    first.close();
    await send(server.url, 'PUT', `/v1/rooms/${room}/groups/carers`, { status: 'missing', note: '', revision: 0 }, TOKEN);
    await send(server.url, 'PUT', `/v1/rooms/${room}`, { title: 'Steering group' }, TOKEN);
    await send(server.url, 'PUT', `/v1/rooms/${room}/groups/young-people`, { status: 'present', note: '', revision: 1 }, TOKEN);

    const again = await openStream(server.url, `/v1/rooms/${room}/events`, { lastEventId: first.events[0].id });
    await again.until(() => again.events.length === 3);
    await send(server.url, 'PUT', `/v1/rooms/${room}/groups/carers`, { status: 'present', note: '', revision: 1 }, TOKEN);
    await again.until(() => again.events.length === 4);
    await nap(100);
    const seen = Number(first.events[0].id);
    assert.deepEqual(again.events.map((e) => [Number(e.id) - seen, e.event, e.data]), [
      [1, 'group', '{"id":"carers"}'],
      [2, 'settings', '{}'],
      [3, 'group', '{"id":"young-people"}'],
      [4, 'group', '{"id":"carers"}'],
    ]);
    again.close();
  });

  it('an id older than the changes still held gets `reset`, with the number to go on from', async () => {
    const room = slug('live-old');
    await send(server.url, 'PUT', `/v1/rooms/${room}`, { title: 'Steering group' }, TOKEN);
    for (let i = 0; i < 3; i++) await send(server.url, 'PUT', `/v1/rooms/${room}/groups/young-people`, { status: 'invited', note: `n${i}`, revision: i }, TOKEN);
    // The retention job dropped the first two (as it drops those older than a day).
    const last = Number((await db.query<{ last: string }>(`SELECT last FROM change_counters WHERE kind = 'room' AND resource = $1`, [room])).rows[0].last);
    await db.query(`DELETE FROM changes WHERE kind = 'room' AND resource = $1 AND id < $2`, [room, last]);
    const stale = await openStream(server.url, `/v1/rooms/${room}/events`, { lastEventId: String(last - 2) });
    await stale.until(() => stale.events.length === 1);
    assert.deepEqual(stale.events.map((e) => [e.id, e.event, e.data]), [[String(last), 'reset', '{}']]);
    stale.close();
    // One still held replays.
    const recent = await openStream(server.url, `/v1/rooms/${room}/events`, { lastEventId: String(last - 1) });
    await recent.until(() => recent.events.length === 1);
    assert.deepEqual(recent.events.map((e) => [e.id, e.event]), [[String(last), 'group']]);
    recent.close();
  });

  it('a public stream never carries a pending or hidden post; a staff stream does', async () => {
    const board = slug('live-hidden');
    assert.equal((await send(server.url, 'PUT', `/v1/boards/${board}`, { moderation: 'before' }, TOKEN)).status, 200);
    const open = await openStream(server.url, `/v1/boards/${board}/events`);
    const staff = await openStream(server.url, `/v1/boards/${board}/events`, { token: TOKEN });
    assert.equal(staff.response.status, 200);
    const wrong = await openStream(server.url, `/v1/boards/${board}/events`, { token: 'not-a-token-0123456789abcdef0123456789' });
    assert.equal(wrong.response.status, 401, 'a wrong token is refused, not read as public');

    const pending = (await send(server.url, 'POST', `/v1/boards/${board}/posts`, { id: uid(), participant: uid(), body: 'Waiting for a moderator' })).body;
    const shown = (await send(server.url, 'POST', `/v1/boards/${board}/posts`, { id: uid(), participant: uid(), body: 'Approved soon' })).body;
    assert.equal(pending.visibility, 'pending');
    await send(server.url, 'PUT', `/v1/boards/${board}/posts/${shown.id}/visibility`, { visibility: 'visible' }, TOKEN);
    assert.equal((await send(server.url, 'PUT', `/v1/boards/${board}/posts/${pending.id}/response`, { status: 'considering', message: 'Looking at it' }, TOKEN)).status, 200);
    // The approval reaches the public stream (the post is visible when it is sent); then the post is hidden.
    await open.until(() => open.events.length === 1);
    await send(server.url, 'PUT', `/v1/boards/${board}/posts/${shown.id}/visibility`, { visibility: 'hidden' }, TOKEN);
    assert.equal((await send(server.url, 'PUT', `/v1/boards/${board}/posts/${shown.id}/response`, { status: 'considering', message: 'Hidden, still answered' }, TOKEN)).status, 200);
    await send(server.url, 'PUT', `/v1/boards/${board}`, { title: 'Renamed' }, TOKEN);

    await staff.until(() => staff.events.some((e) => e.event === 'settings'));
    await open.until(() => open.events.some((e) => e.event === 'settings'));
    assert.deepEqual(staff.events.map((e) => [e.event, JSON.parse(e.data).id]), [
      ['post', pending.id],
      ['post', shown.id],
      ['visibility', shown.id],
      ['response', pending.id],
      ['visibility', shown.id],
      ['response', shown.id],
      ['settings', undefined],
    ]);
    // The public stream had only the approval: nothing of the pending post, nothing of the other once hidden.
    assert.deepEqual(open.events.map((e) => [e.event, JSON.parse(e.data).id]), [
      ['visibility', shown.id],
      ['settings', undefined],
    ]);
    assert.ok(!JSON.stringify(open.events).includes(pending.id), 'no pending post id on the public stream');

    // A reconnect replays under the same rule, as things stand now (both posts hidden or pending).
    const replay = await openStream(server.url, `/v1/boards/${board}/events`, { lastEventId: '0' });
    await replay.until(() => replay.events.some((e) => e.event === 'settings'));
    assert.deepEqual(replay.events.map((e) => e.event), ['settings', 'settings']);
    const text = JSON.stringify(replay.events);
    assert.ok(!text.includes(pending.id) && !text.includes(shown.id), 'no hidden or pending post id in the replay');
    for (const s of [open, staff, replay]) s.close();
  });

  it('a post shown after moderation reaches the public stream, with no participant id in any event', async () => {
    const board = slug('live-shown');
    await send(server.url, 'PUT', `/v1/boards/${board}`, { moderation: 'before' }, TOKEN);
    const open = await openStream(server.url, `/v1/boards/${board}/events`);
    const resident = uid();
    const post = (await send(server.url, 'POST', `/v1/boards/${board}/posts`, { id: uid(), participant: resident, body: 'Shown later' })).body;
    await send(server.url, 'PUT', `/v1/boards/${board}/posts/${post.id}/visibility`, { visibility: 'visible' }, TOKEN);
    await send(server.url, 'PUT', `/v1/boards/${board}/posts/${post.id}/supports/${resident}`);
    await open.until(() => open.events.length === 2);
    assert.deepEqual(open.events.map((e) => [e.event, e.data]), [
      ['visibility', JSON.stringify({ id: post.id })],
      ['support', JSON.stringify({ id: post.id })],
    ]);
    assert.ok(!JSON.stringify(open.events).includes(resident));
    open.close();
  });

  it('caps open streams per address (429 over it) and frees a place when one closes', async () => {
    const room = slug('live-cap');
    const streams = [];
    const ip = '203.0.113.7';
    for (let i = 0; i < 6; i++) streams.push(await openStream(server.url, `/v1/rooms/${room}/events`, { ip }));
    assert.deepEqual(streams.map((s) => s.response.status), [200, 200, 200, 200, 200, 200]);
    const seventh = await openStream(server.url, `/v1/boards/${room}/events`, { ip });
    const elsewhere = await openStream(server.url, `/v1/boards/${room}/events`, { ip: '198.51.100.1' });
    assert.equal(elsewhere.response.status, 200, 'another address is not held back');
    elsewhere.close();
    assert.equal(seventh.response.status, 429);
    assert.ok(seventh.response.headers.get('retry-after'));
    assert.equal((await seventh.response.json()).error.code, 'rate_limited');
    streams[0].close();
    let again;
    for (let tries = 0; tries < 50; tries++) {
      again = await openStream(server.url, `/v1/rooms/${room}/events`, { ip });
      if (again.response.status === 200) break;
      await again.response.text();
      await nap(20);
    }
    assert.equal(again!.response.status, 200, 'a closed stream gives its place back');
    for (const s of [...streams, again!]) s.close();
  });

  it('an unknown room with auto-creation off answers 404', async () => {
    const strict = await startServer({ ...quiet, port: 0, dataDir: 'memory://', autoCreate: false });
    try {
      const stream = await openStream(strict.url, `/v1/rooms/${slug('nowhere')}/events`);
      assert.equal(stream.response.status, 404);
    } finally {
      await strict.close();
    }
  });

  it('closes open streams cleanly when the server closes', async () => {
    const own = await startServer({ ...quiet, port: 0, dataDir: 'memory://' });
    const stream = await openStream(own.url, `/v1/rooms/${slug('live-close')}/events`);
    await stream.until(() => stream.retry !== undefined, 1000, 'retry');
    const started = performance.now();
    await own.close();
    await stream.until(() => stream.ended, 1000, 'the end of the stream');
    assert.ok(performance.now() - started < 2000, `closed in ${Math.round(performance.now() - started)} ms, not by the 5 s force`);
  });
});

const pg: { url: string; stop(): Promise<void> } | { skipped: string } = await startPostgres();
const skip = 'skipped' in pg ? pg.skipped : undefined;

describe('live streams with two servers on one PostgreSQL', { skip }, () => {
  const servers: RunningServer[] = [];
  before(async () => {
    const url = (pg as { url: string }).url;
    const dbs = [await openPostgres(url, 4), await openPostgres(url, 4)];
    await Promise.all(dbs.map((db) => migrate(db)));
    for (const db of dbs) servers.push(await startServer({ ...quiet, port: 0, db }));
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.close()));
    if (!skip) await (pg as { stop(): Promise<void> }).stop();
  });

  it('a write on server A reaches a stream on server B, in order, with its number', async () => {
    const [a, b] = servers;
    const room = slug('live-two');
    const board = slug('live-two-b');
    await send(a.url, 'PUT', `/v1/rooms/${room}`, { title: 'Steering group' }, TOKEN);
    const roomStream = await openStream(b.url, `/v1/rooms/${room}/events`);
    const boardStream = await openStream(b.url, `/v1/boards/${board}/events`);
    const took: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      // Alternate the servers taking the write: B's own and A's arrive in number order.
      const on = i % 2 ? b : a;
      assert.equal((await send(on.url, 'PUT', `/v1/rooms/${room}/groups/carers`, { status: 'invited', note: `n${i}`, revision: i }, TOKEN)).status, 200);
      await roomStream.until(() => roomStream.events.length === i + 1, 2000);
      if (on === a) took.push(roomStream.events[i].at - started);
    }
    const base = Number(roomStream.events[0].id);
    assert.deepEqual(roomStream.events.map((e) => Number(e.id) - base), [0, 1, 2, 3, 4]);
    const post = (await send(a.url, 'POST', `/v1/boards/${board}/posts`, { id: uid(), participant: uid(), body: 'From server A' })).body;
    await boardStream.until(() => boardStream.events.length === 1, 2000);
    assert.deepEqual(boardStream.events.map((e) => [e.event, e.data]), [['post', JSON.stringify({ id: post.id })]]);
    console.log(`# write on A to event on B (PostgreSQL): ${took.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    roomStream.close();
    boardStream.close();
  });
});
