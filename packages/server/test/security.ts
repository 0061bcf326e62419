/**
 * The attacks of the review (issue 13, docs/security.md), each reproduced through `app.request()`:
 * every test here failed on the code before its fix. Run once per database (PGlite, PostgreSQL)
 * by security.test.ts and postgres.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { ErrorBody, limits } from '@copro/protocol';
import { createApp, type Database, type ServerOptions } from '../src/index.ts';
import { optionsFromEnv } from '../src/config.ts';
import { migrate } from '../src/db/migrate.ts';
import { createWebhook, verifyWebhookSignature, webhookSignature, webhookWarnings } from '../src/webhooks.ts';
import { TOKEN, call, slug, uid, type Answer, testAppOptions } from './helpers.ts';

function isError(answer: Answer, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.ok(z.safeParse(ErrorBody, answer.body).success, `not an error body: ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body.error.code, code);
}

/** Nothing of `secrets` appears anywhere in the answer. */
function revealsNothing(answer: Answer, secrets: string[]): void {
  const text = JSON.stringify(answer.body);
  for (const secret of secrets) assert.ok(!text.includes(secret), `the answer reveals "${secret}": ${text}`);
}

export function securitySuite(label: string, open: () => Promise<Database>, skip?: string): void {
  describe(label, () => {
    let db: Database;
    before(async () => {
      if (skip) return;
      db = await open();
      await migrate(db);
    });
    after(async () => {
      await db?.close();
    });
    const test = (name: string, fn: () => Promise<void>) => it(name, skip ? { skip } : {}, fn);
    const makeApp = (options: Partial<ServerOptions> = {}) =>
      createApp({ db, ...testAppOptions, ...options });
    const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: number }>(sql, params)).rows[0].n);

    // ---------- 1. search flood ----------

    test('1: a search longer than the board sends (500 characters) is refused before it reaches the database', async () => {
      const app = await makeApp();
      const board = slug('search');
      const q = 'youthclub'.repeat(100).slice(0, limits.searchQuery + 1);
      isError(await call(app, 'GET', `/v1/boards/${board}/similar?q=${encodeURIComponent(q)}`), 400, 'validation_failed');
      const fits = await call(app, 'GET', `/v1/boards/${board}/similar?q=${encodeURIComponent(q.slice(0, limits.searchQuery))}`);
      assert.equal(fits.status, 200, JSON.stringify(fits.body));
    });

    test('1: each client has an allowance of searches: past it, 429 with Retry-After; staff are not limited', async () => {
      const app = await makeApp({ searchRateLimit: { burst: 3, perSecond: 0.01 }, trustProxy: ['127.0.0.1'] });
      const board = slug('search');
      const search = (ip: string, token?: string) => call(app, 'GET', `/v1/boards/${board}/similar?q=bus%20fares`, { ip, token });
      for (let i = 0; i < 3; i++) assert.equal((await search('203.0.113.7')).status, 200);
      const limited = await search('203.0.113.7');
      isError(limited, 429, 'rate_limited');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await search('203.0.113.8')).status, 200, 'another address has its own allowance');
      assert.equal((await search('203.0.113.7', TOKEN)).status, 200, 'staff are not limited');
    });

    test('1: a search compares a bounded number of posts, however many share its words', async () => {
      const app = await makeApp();
      const board = slug('search');
      // 150 posts share the query's words; the best match is the oldest of them.
      await db.query(`INSERT INTO boards (id, title) VALUES ($1, 'Search')`, [board]);
      await db.query(
        `INSERT INTO posts (id, board_id, participant, body, visibility, created_at)
         SELECT gen_random_uuid()::text, $1, gen_random_uuid()::text,
           CASE WHEN n = 150 THEN 'Skate park lights at night' ELSE 'Skate ramps ' || n END, 'visible', now() - n * interval '1 second'
         FROM generate_series(1, 150) AS n`,
        [board],
      );
      const found = await call(app, 'GET', `/v1/boards/${board}/similar?q=${encodeURIComponent('skate park lights')}&limit=10`);
      assert.equal(found.status, 200);
      assert.ok(!found.body.items.some((post: { body: string }) => post.body === 'Skate park lights at night'), 'the 150th newest post was compared');
    });

    // ---------- 2. replays ----------

    test('2: replaying a hidden post id with another participant or body answers 409 id_conflict and reveals nothing', async () => {
      const app = await makeApp();
      const board = slug('replay');
      const original = { id: uid(), participant: uid(), body: 'My secret complaint about Room 4', displayName: 'Jo Secret' };
      assert.equal((await call(app, 'POST', `/v1/boards/${board}/posts`, { body: original })).status, 201);
      await call(app, 'PUT', `/v1/boards/${board}/posts/${original.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });
      await call(app, 'PUT', `/v1/boards/${board}/posts/${original.id}/response`, { token: TOKEN, body: { status: 'heard', message: 'Staff-only answer text' } });
      const secrets = [original.body, original.displayName, 'Staff-only answer text'];

      const stranger = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: original.id, participant: uid(), body: 'x' } });
      isError(stranger, 409, 'id_conflict');
      revealsNothing(stranger, secrets);
      const sameBodyOtherParticipant = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { ...original, participant: uid() } });
      isError(sameBodyOtherParticipant, 409, 'id_conflict');
      revealsNothing(sameBodyOtherParticipant, secrets);
      const sameParticipantOtherBody = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { ...original, body: 'Something else' } });
      isError(sameParticipantOtherBody, 409, 'id_conflict');
      const otherBoard = await call(app, 'POST', `/v1/boards/${slug('replay')}/posts`, { body: original });
      isError(otherBoard, 409, 'id_conflict');
      revealsNothing(otherBoard, secrets);

      const honest = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: original });
      assert.equal(honest.status, 200, 'the author retrying the same write still gets it');
      assert.equal(honest.body.id, original.id);
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE id = $1', [original.id]), 1);
    });

    test('2: an honest retry of a post staff have since redacted is still a replay (the hash is of the write as first received)', async () => {
      const app = await makeApp();
      const board = slug('replay');
      const original = { id: uid(), participant: uid(), body: 'Call me on 07700 900123' };
      assert.equal((await call(app, 'POST', `/v1/boards/${board}/posts`, { body: original })).status, 201);
      await db.query(`UPDATE posts SET body = 'Call me on [removed]' WHERE id = $1`, [original.id]);
      const retry = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: original });
      assert.equal(retry.status, 200, JSON.stringify(retry.body));
      assert.equal(retry.body.body, 'Call me on [removed]');
    });

    test('2: replaying a rating id from another participant answers 409 and does not reveal the comment', async () => {
      const app = await makeApp();
      const ladder = slug('replay');
      const original = { id: uid(), participant: uid(), role: 'staff', now: 'informing', comment: 'Private view of my manager' };
      assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: original })).status, 201);
      const stranger = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { ...original, participant: uid(), comment: undefined } });
      isError(stranger, 409, 'id_conflict');
      revealsNothing(stranger, ['Private view of my manager']);
      isError(await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { ...original, now: 'co-design' } }), 409, 'id_conflict');
      assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: original })).status, 200);
    });

    test('2: replaying a clarity id with other content answers 409 and does not reveal the comment', async () => {
      const app = await makeApp();
      const original = { id: uid(), page: slug('page'), block: 'intro', version: 'plain', clear: false, comment: 'I did not understand the rent part' };
      assert.equal((await call(app, 'POST', '/v1/clarity', { body: original })).status, 201);
      const other = await call(app, 'POST', '/v1/clarity', { body: { id: original.id, page: 'x', block: 'y', version: 'standard', clear: true } });
      isError(other, 409, 'id_conflict');
      revealsNothing(other, [original.comment]);
      assert.equal((await call(app, 'POST', '/v1/clarity', { body: original })).status, 200);
    });

    test('2: replaying a clarity id as another participant (same content) answers 409: the hash covers the participant', async () => {
      const app = await makeApp();
      const original = { id: uid(), participant: uid(), page: slug('page'), block: 'intro', version: 'plain', clear: false, comment: 'The rent part lost me' };
      assert.equal((await call(app, 'POST', '/v1/clarity', { body: original })).status, 201);
      const stranger = await call(app, 'POST', '/v1/clarity', { body: { ...original, participant: uid() } });
      isError(stranger, 409, 'id_conflict');
      revealsNothing(stranger, [original.comment]);
      const { participant: _omitted, ...anonymous } = original;
      isError(await call(app, 'POST', '/v1/clarity', { body: anonymous }), 409, 'id_conflict');
      const honest = await call(app, 'POST', '/v1/clarity', { body: { ...original, participant: original.participant.toUpperCase() } });
      assert.equal(honest.status, 200, 'the same participant (any case) retrying still gets it');
    });

    test('2: an answer stored before the hash covered the participant still replays for its participant only', async () => {
      const app = await makeApp();
      const original = { id: uid(), participant: uid(), page: slug('page'), block: 'intro', version: 'standard', clear: true };
      assert.equal((await call(app, 'POST', '/v1/clarity', { body: original })).status, 201);
      // The hash as the code before this change stored it: the fields without the participant.
      const { createHash } = await import('node:crypto');
      const legacy = createHash('sha256').update(['clarity', original.page, original.block, original.version, 'true', ''].join('\u001f')).digest('hex');
      await db.query('UPDATE clarity SET write_hash = $2 WHERE id = $1', [original.id, legacy]);
      assert.equal((await call(app, 'POST', '/v1/clarity', { body: original })).status, 200);
      isError(await call(app, 'POST', '/v1/clarity', { body: { ...original, participant: uid() } }), 409, 'id_conflict');
    });

    test('2: a late replay of a clarity answer its participant erased answers 410 and stores nothing', async () => {
      const app = await makeApp();
      const me = uid();
      const answer = { id: uid(), participant: me, page: slug('page'), block: 'intro', version: 'plain', clear: false, comment: 'Unclear' };
      assert.equal((await call(app, 'POST', '/v1/clarity', { body: answer })).status, 201);
      const erased = await call(app, 'DELETE', `/v1/participants/${me}`);
      assert.equal(erased.body.erased.clarity, 1);
      isError(await call(app, 'POST', '/v1/clarity', { body: answer }), 410, 'gone');
      isError(await call(app, 'POST', '/v1/clarity', { body: { ...answer, participant: uid() } }), 410, 'gone');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM clarity WHERE id = $1', [answer.id]), 0);
    });

    // ---------- 4. reads never write ----------

    test('4: reading unknown boards, rooms and ladders stores nothing; they read as their defaults, the same each time', async () => {
      const app = await makeApp();
      const id = slug('unread');
      const before = await count('SELECT (SELECT COUNT(*) FROM boards) + (SELECT COUNT(*) FROM rooms) + (SELECT COUNT(*) FROM room_groups) + (SELECT COUNT(*) FROM ladders) AS n');
      const reads = [
        `/v1/boards/${id}`, `/v1/boards/${id}/posts`, `/v1/boards/${id}/similar?q=bus%20fares`, `/v1/boards/${id}/feed.atom`,
        `/v1/rooms/${id}`, `/v1/ladders/${id}`, `/v1/ladders/${id}/summary`,
      ];
      const first: Answer[] = [];
      for (const path of reads) {
        const answer = await call(app, 'GET', path);
        assert.equal(answer.status, 200, `${path}: ${JSON.stringify(answer.body)}`);
        first.push(answer);
        assert.equal((await call(app, 'HEAD', path)).status, 200, `HEAD ${path}`);
      }
      const after = await count('SELECT (SELECT COUNT(*) FROM boards) + (SELECT COUNT(*) FROM rooms) + (SELECT COUNT(*) FROM room_groups) + (SELECT COUNT(*) FROM ladders) AS n');
      assert.equal(after, before, 'a read stored rows');
      const room = first[4].body;
      assert.ok(room.groups.length > 20);
      assert.ok(room.groups.every((group: { updatedAt: string }) => group.updatedAt === room.groups[0].updatedAt), 'a fixed updatedAt');
      assert.deepEqual((await call(app, 'GET', `/v1/rooms/${id}`)).body, room, 'the same answer each time');
      // The first accepted write creates it.
      // Room writes need a moderator (or an editor link): the staff token makes it.
      const group = await call(app, 'PUT', `/v1/rooms/${id}/groups/young-people`, { token: TOKEN, body: { status: 'present', note: '', revision: 0 } });
      assert.equal(group.status, 200, JSON.stringify(group.body));
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM rooms WHERE id = $1', [id]), 1);
      assert.equal((await call(app, 'POST', `/v1/boards/${id}/posts`, { body: { id: uid(), participant: uid(), body: 'First' } })).status, 201);
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM boards WHERE id = $1', [id]), 1);
    });

    test('4: a write refused as invalid creates nothing', async () => {
      const app = await makeApp();
      const id = slug('unread');
      isError(await call(app, 'POST', `/v1/ladders/${id}/ratings`, { body: { id: uid(), participant: uid(), role: 'mayor', now: 'informing' } }), 400, 'validation_failed');
      isError(await call(app, 'PUT', `/v1/rooms/${id}/groups/no-such-group`, { token: TOKEN, body: { status: 'present', note: '', revision: 0 } }), 404, 'not_found');
      isError(await call(app, 'PUT', `/v1/boards/${id}/posts/${uid()}/supports/${uid()}`), 404, 'not_found');
      assert.equal(await count('SELECT (SELECT COUNT(*) FROM boards WHERE id = $1) + (SELECT COUNT(*) FROM rooms WHERE id = $1) + (SELECT COUNT(*) FROM ladders WHERE id = $1) AS n', [id]), 0);
    });

    // ---------- 5. trusted proxies ----------

    test('5: COPRO_TRUST_PROXY=true is refused at start; a forged X-Forwarded-For from an untrusted peer is ignored; IPv6 counted per /64', async () => {
      assert.throws(() => optionsFromEnv({ COPRO_TRUST_PROXY: 'true' }), /COPRO_TRUST_PROXY=127\.0\.0\.1/);
      assert.throws(() => optionsFromEnv({ COPRO_TRUST_PROXY: '10.0.0.0/33' }), /CIDR/);
      assert.deepEqual(optionsFromEnv({ COPRO_TRUST_PROXY: '127.0.0.1, fd00::/8' }).trustProxy, ['127.0.0.1', 'fd00::/8']);
      const app = await makeApp({ writeRateLimit: { limit: 2, windowSeconds: 60 }, trustProxy: ['10.0.0.1'] });
      const board = slug('proxy');
      const write = (ip: string, peer: string) => call(app, 'POST', `/v1/boards/${board}/posts`, { ip, peer, body: { id: uid(), participant: uid(), body: 'x' } });
      const attacker = `198.51.100.${Math.floor(Math.random() * 250)}`;
      const results = [];
      for (let i = 0; i < 4; i++) results.push((await write(`203.0.113.${i}`, attacker)).status);
      assert.deepEqual(results, [201, 201, 429, 429], 'forged X-Forwarded-For from an untrusted peer counted against the peer');
      const v6 = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:1`;
      const v6results = [];
      for (let i = 1; i <= 3; i++) v6results.push((await write(`${v6}::${i}`, '10.0.0.1')).status);
      assert.deepEqual(v6results, [201, 201, 429], 'addresses of one /64 share an allowance');
    });

    test('5: posts whose supports come mostly from one address are flagged to staff, never refused; only a keyed hash of the network is kept', async () => {
      const app = await makeApp({ trustProxy: ['127.0.0.1'] });
      const board = slug('stuffing');
      const post = async () => (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: `Idea ${uid()}` } })).body.id as string;
      const support = async (id: string, ip: string) => {
        const answer = await call(app, 'PUT', `/v1/boards/${board}/posts/${id}/supports/${uid()}`, { ip });
        assert.equal(answer.status, 200, 'a shared address is never refused');
      };
      const youthClub = await post();
      for (let i = 0; i < 6; i++) await support(youthClub, '203.0.113.9');
      await support(youthClub, '198.51.100.1');
      const spread = await post();
      for (let i = 0; i < 6; i++) await support(spread, `198.51.100.${10 + i}`);
      const phone = await post();
      const net = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:7`;
      for (let i = 1; i <= 5; i++) await support(phone, `${net}::${i}`);
      const few = await post();
      for (let i = 0; i < 2; i++) await support(few, '203.0.113.9');

      const staffList = (await call(app, 'GET', `/v1/boards/${board}/posts?limit=100`, { token: TOKEN })).body.items as { id: string; supportsFromOneAddress?: boolean }[];
      const flag = (id: string) => staffList.find((item) => item.id === id)?.supportsFromOneAddress;
      assert.equal(flag(youthClub), true, '6 of 7 from one address');
      assert.equal(flag(spread), false);
      assert.equal(flag(phone), true, 'one IPv6 /64 is one address');
      assert.equal(flag(few), false, 'too few supports to say');
      const publicList = (await call(app, 'GET', `/v1/boards/${board}/posts?limit=100`)).body.items as Record<string, unknown>[];
      assert.ok(publicList.every((item) => !('supportsFromOneAddress' in item)), 'the public does not see the flag');

      const sources = (await db.query<{ source: string | null }>('SELECT s.source FROM supports s JOIN posts p ON p.id = s.post_id WHERE p.board_id = $1', [board])).rows;
      assert.equal(sources.length, 20);
      for (const { source } of sources) {
        assert.match(String(source), /^[0-9a-f]{16}$/, 'a truncated keyed hash');
        assert.ok(!/203\.0\.113|198\.51\.100|2001:db8/.test(String(source)));
      }
      const dump = JSON.stringify((await db.query('SELECT * FROM supports')).rows) + JSON.stringify((await db.query('SELECT * FROM server_secrets')).rows);
      assert.ok(!dump.includes('203.0.113.9') && !dump.includes(net), 'no raw address is stored');
    });

    // ---------- 7. ids that name Object.prototype members ----------

    test('7: a ladder role or rung named "constructor" (or "tostring", "hasownproperty") is counted, not a 500', async () => {
      const app = await makeApp();
      const ladder = slug('proto');
      const names = ['constructor', 'tostring', 'hasownproperty', 'valueof', 'proto'];
      const set = await call(app, 'PUT', `/v1/ladders/${ladder}`, {
        token: TOKEN,
        body: { roles: names.map((id) => ({ id, label: id })), rungs: names.map((id) => ({ id, label: id, description: id })) },
      });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      for (const name of names) {
        const rated = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role: name, now: name, aim: name } });
        assert.equal(rated.status, 201, JSON.stringify(rated.body));
      }
      // Read as staff: the public sees a role with under minAnswersToShow answers withheld.
      const summary = await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN });
      assert.equal(summary.status, 200, JSON.stringify(summary.body));
      assert.equal(summary.body.byRole.constructor.count, 1);
      assert.equal(summary.body.byRole.constructor.now.constructor, 1);
      assert.equal(summary.body.total, names.length);
    });

    test('7 (property): ids that name members of Object, Array, Function and String prototypes never make a 5xx anywhere in the API', async () => {
      const app = await makeApp();
      const members = new Set<string>();
      for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype, Object, Array]) {
        for (const name of Object.getOwnPropertyNames(proto)) members.add(name);
      }
      const all = [...members];
      // Slugs (board, room, ladder, group, category, role and rung ids) are lower-case: the members that fit, and lower-cased ones.
      const slugs = [...new Set([...all, ...all.map((name) => name.toLowerCase())].filter((name) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(name)))];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...slugs), fc.constantFrom(...all), async (id, member) => {
          const answers: [string, Answer][] = [];
          const send = async (method: string, path: string, body?: unknown, token?: string) => answers.push([`${method} ${path}`, await call(app, method, path, { body, token })]);
          const page = `${id}-${uid().slice(0, 6)}`;
          await send('GET', `/v1/boards/${page}?${encodeURIComponent(member)}=1&__proto__=x&constructor=y`);
          await send('PUT', `/v1/boards/${page}`, { categories: [{ id, label: member }] }, TOKEN);
          await send('POST', `/v1/boards/${page}/posts`, { id: uid(), participant: uid(), body: member, category: id, displayName: member });
          await send('GET', `/v1/boards/${page}/posts?category=${id}&sort=most-supported&${encodeURIComponent(member)}=1`);
          await send('GET', `/v1/boards/${page}/similar?q=${encodeURIComponent(`${member} ${id}`)}&__proto__=1`);
          await send('GET', `/v1/boards/${page}/feed.atom?lang=${encodeURIComponent(member)}`);
          await send('GET', `/v1/boards/${page}/export.csv`, undefined, TOKEN);
          await send('GET', `/v1/rooms/${page}`);
          await send('POST', `/v1/rooms/${page}/groups`, { id, label: member, hint: member }, TOKEN);
          await send('PUT', `/v1/rooms/${page}/groups/${id}`, { status: 'present', note: member, revision: 0 }, TOKEN);
          await send('PUT', `/v1/ladders/${page}`, { roles: [{ id, label: member }], rungs: [{ id, label: member, description: member }] }, TOKEN);
          await send('POST', `/v1/ladders/${page}/ratings`, { id: uid(), participant: uid(), role: id, now: id, aim: id, comment: member });
          await send('GET', `/v1/ladders/${page}/summary`);
          await send('POST', '/v1/clarity', { id: uid(), page: member, block: member, version: 'plain', clear: false, comment: member });
          await send('GET', `/v1/clarity?page=${encodeURIComponent(member)}`, undefined, TOKEN);
          for (const [what, answer] of answers) assert.ok(answer.status < 500, `${what} with "${id}"/"${member}": ${answer.status} ${JSON.stringify(answer.body)}`);
          const summary = answers.find(([what]) => what.endsWith('/summary'))![1].body;
          assert.equal(summary.byRole[id]?.count, 1, `the rating of role "${id}" is counted`);
        }),
        { numRuns: 40, examples: [['constructor', '__proto__'], ['tostring', 'hasOwnProperty']], seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
      );
    });

    // ---------- 8. superseded rating ids ----------

    test('8: a late replay of a rating id the same participant has since replaced changes nothing', async () => {
      const app = await makeApp();
      const ladder = slug('late');
      const participant = uid();
      const old = { id: uid(), participant, role: 'staff', now: 'informing' };
      const newer = { id: uid(), participant, role: 'staff', now: 'co-production' };
      assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: old })).status, 201);
      assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: newer })).status, 201);
      const late = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: old });
      assert.equal(late.status, 200, JSON.stringify(late.body));
      const summary = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN })).body;
      assert.equal(summary.total, 1);
      assert.equal(summary.byRole.staff.now['co-production'], 1, 'the newer rating stands');
      assert.equal(summary.byRole.staff.now.informing, 0);
      // Someone else replaying the superseded id learns nothing and changes nothing.
      isError(await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { ...old, participant: uid() } }), 409, 'id_conflict');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM ratings WHERE ladder_id = $1', [ladder]), 1);
    });

    // ---------- 9. the request log names the route ----------

    test('9: with the demo pages served (npm start), the request log names each API route, not GET /*', async () => {
      const lines: string[] = [];
      const publicDir = await mkdtemp(join(tmpdir(), 'copro-log-routes-'));
      try {
        await writeFile(join(publicDir, 'index.html'), '<!doctype html><title>Demo</title>');
        const app = await makeApp({ publicDir, log: (line) => lines.push(line) });
        const board = slug('log');
        await call(app, 'GET', `/v1/boards/${board}/posts`);
        await call(app, 'GET', `/v1/boards/${board}`);
        await call(app, 'GET', '/v1/health');
        await call(app, 'GET', '/');
        const routes = lines.map((line) => line.split(' ').slice(1, 3).join(' '));
        assert.deepEqual(routes, ['GET /v1/boards/:board/posts', 'GET /v1/boards/:board', 'GET /v1/health', 'GET /*']);
      } finally {
        await rm(publicDir, { recursive: true, force: true });
      }
    });

    // ---------- 11. the Host header ----------

    test('11: with COPRO_PUBLIC_URL, feed links use it and a forged Host is refused (421), health excepted', async () => {
      const board = slug('host');
      const app = await makeApp({ publicUrl: 'https://api.example.org/copro' });
      isError(await call(app, 'GET', `/v1/boards/${board}/feed.atom`, { headers: { host: 'evil.example' } }), 421, 'wrong_host');
      isError(await call(app, 'POST', `/v1/boards/${board}/posts/form`, { headers: { host: 'evil.example', 'content-type': 'application/x-www-form-urlencoded' }, raw: 'body=Hi&return=/' }), 421, 'wrong_host');
      assert.equal((await call(app, 'GET', '/v1/health', { headers: { host: '10.0.0.5:8787' } })).status, 200);
      const feed = await call(app, 'GET', `/v1/boards/${board}/feed.atom?lang=cy`, { headers: { host: 'api.example.org' } });
      assert.equal(feed.status, 200);
      assert.match(String(feed.body), new RegExp(`href="https://api\\.example\\.org/copro/v1/boards/${board}/feed\\.atom\\?lang=cy"`));
      assert.doesNotMatch(String(feed.body), /http:\/\/localhost/);
    });

    // ---------- 11. webhook signatures ----------

    test('11: a captured webhook delivery sent again later fails verification: the signature covers a timestamp with the body', async () => {
      const secret = 'a-long-random-webhook-secret';
      const body = JSON.stringify({ event: 'post.created', post: { body: 'Hello' } });
      const sentAt = Math.floor(Date.now() / 1000) - 3600;
      const header = webhookSignature(secret, body, sentAt);
      assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
      assert.ok(verifyWebhookSignature(secret, header, body, 300, sentAt * 1000 + 1000), 'fresh: accepted');
      assert.ok(!verifyWebhookSignature(secret, header, body), 'an hour later: refused');
      const now = Math.floor(Date.now() / 1000);
      assert.ok(!verifyWebhookSignature(secret, webhookSignature(secret, body, now).replace(`t=${now}`, `t=${now - 1}`), body), 'the time cannot be changed');
      assert.ok(!verifyWebhookSignature(secret, webhookSignature(secret, body), `${body} `), 'nor the body');
    });

    test('11: the server warns at start when webhooks would be unsigned or not https', async () => {
      assert.equal(webhookWarnings(undefined, undefined).length, 0);
      assert.equal(webhookWarnings('https://hooks.example.org/copro', 'secret').length, 0);
      assert.equal(webhookWarnings('http://127.0.0.1:9000/hook', 'secret').length, 0, 'loopback needs no TLS');
      assert.match(webhookWarnings('https://hooks.example.org/copro', undefined).join(), /unsigned/);
      assert.match(webhookWarnings('http://hooks.example.org/copro', 'secret').join(), /not https/);
      const lines: string[] = [];
      createWebhook({ url: 'http://hooks.example.org/copro', log: (line) => lines.push(line) });
      assert.equal(lines.length, 2, lines.join('\n'));
    });

    // ---------- 11. invisible text ----------

    test('11: a post of only zero-width characters is empty; an invisible display name is no name', async () => {
      const app = await makeApp();
      const board = slug('invisible');
      for (const body of ['\u200b\u200b\u200b', '\u200d\u2060\ufeff', ' \u200e\u200f \u200b ']) {
        isError(await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body } }), 400, 'validation_failed');
      }
      const named = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Real words', displayName: '\u200b\u200b' } });
      assert.equal(named.status, 201);
      assert.equal(named.body.displayName, null);
      const joined = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: '👩\u200d👩\u200d👧' } });
      assert.equal(joined.status, 201, 'a visible emoji sequence with joiners is text');
    });
  });
}
