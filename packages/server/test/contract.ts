/**
 * The contract suite: every promise of CONTRACT.md (HTTP API v1) checked through `app.request()`.
 * Run once per database (PGlite, PostgreSQL) by the *.test.ts files next to this one.
 */
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { ErrorBody, GroupConflict, PostPage, Room, defaultGroups, defaultRoles, defaultRungs, limits, routes } from '@copro/protocol';
import { createApp, type Database, type ServerOptions } from '../src/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { TOKEN, call, slug, uid, type Answer, testAppOptions } from './helpers.ts';

function isError(answer: Answer, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.ok(z.safeParse(ErrorBody, answer.body).success, `not an error body: ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body.error.code, code);
  assert.ok(answer.body.error.message.length > 5);
}

export function contractSuite(label: string, open: () => Promise<Database>, skip?: string): void {
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
    const post = (app: Awaited<ReturnType<typeof makeApp>>, board: string, fields: Record<string, unknown> = {}) =>
      call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'An idea', ...fields } });

    // ---------- basics ----------

    test('health answers ok and the version', async () => {
      const app = await makeApp({ version: '9.9.9' });
      const answer = await call(app, 'GET', '/v1/health');
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { ok: true, version: '9.9.9' });
    });

    test('the OpenAPI document has every route, and every route is served', async () => {
      const app = await makeApp();
      const doc = (await call(app, 'GET', '/v1/openapi.json')).body;
      assert.equal(doc.openapi, '3.1.0');
      for (const route of routes) {
        assert.ok(doc.paths[route.path]?.[route.method], `${route.method} ${route.path} missing from OpenAPI`);
        // A live stream never ends, so its body cannot be read to the end here: events.test.ts serves them.
        if (Object.values(route.responses).some((answer) => answer.mediaType === 'text/event-stream')) continue;
        const path = route.path
          .replace('{board}', 'b-openapi').replace('{room}', 'r-openapi').replace('{ladder}', 'l-openapi')
          .replace('{group}', 'young-people').replace('{post}', uid()).replace('{participant}', uid());
        const answer = await call(app, route.method.toUpperCase(), path, { token: TOKEN, body: route.body ? {} : undefined });
        // Every route exists: an empty body may be refused (400) or a made-up post not found (404 with its own words).
        assert.notEqual(answer.body?.error?.message, 'There is nothing at this address.', `${route.method} ${path} is not served`);
        assert.ok(answer.status < 500, `${route.method} ${path} answered ${answer.status}`);
      }
      for (const staffRoute of routes.filter((r) => r.role)) {
        assert.ok(doc.paths[staffRoute.path][staffRoute.method].security, `${staffRoute.path} should need the staff token`);
      }
    });

    test('the document says where a token matters: public reads a staff token widens refuse a wrong one (401); other public routes ignore it', async () => {
      const app = await makeApp();
      const doc = (await call(app, 'GET', '/v1/openapi.json')).body;
      const wrong = `wrong-${uid()}-${uid()}`;
      for (const route of routes.filter((r) => r.method === 'get' && !r.role)) {
        const path = route.path.replace('{board}', 'b-security').replace('{room}', 'r-security').replace('{ladder}', 'l-security').replace('{post}', uid()).replace('{participant}', uid());
        const documented = doc.paths[route.path][route.method].security as Array<Record<string, unknown>>;
        const optionalStaff = documented.some((scheme) => Object.keys(scheme).length === 0) && documented.some((scheme) => 'staffToken' in scheme);
        // A stream that accepted the wrong token would never end: abort it after its headers.
        const controller = new AbortController();
        const answer = await app.request(path, { headers: { Authorization: `Bearer ${wrong}`, ...(route.participantHeader ? { 'Copro-Participant': uid() } : {}) }, signal: controller.signal }, { incoming: { socket: { remoteAddress: '127.0.0.1' } } });
        controller.abort();
        if (optionalStaff) assert.equal(answer.status, 401, `${route.path}: documented as widened by a staff token, so a wrong one is refused`);
        else assert.notEqual(answer.status, 401, `${route.path} refuses a wrong token: document it (staffView) as widened by a staff token`);
      }
    });

    test('an unknown route answers 404 with the error object', async () => {
      const app = await makeApp();
      isError(await call(app, 'GET', '/v1/nothing-here'), 404, 'not_found');
      isError(await call(app, 'POST', '/v1/boards/x/nope', { body: {} }), 404, 'not_found');
      isError(await call(app, 'GET', '/'), 404, 'not_found');
    });

    test('ids in the path are checked (400, not stored)', async () => {
      const app = await makeApp();
      const answer = await call(app, 'GET', '/v1/boards/Not_A_Slug');
      isError(answer, 400, 'validation_failed');
      assert.deepEqual(answer.body.error.issues[0].path, ['board']);
      isError(await call(app, 'PUT', `/v1/boards/b/posts/not-a-uuid/supports/${uid()}`), 400, 'validation_failed');
      assert.equal(await count(`SELECT COUNT(*)::int AS n FROM boards WHERE id = 'Not_A_Slug'`), 0);
    });

    // ---------- boards ----------

    test('a board is created with defaults on first use', async () => {
      const app = await makeApp();
      const board = slug('youth-fund');
      const answer = await call(app, 'GET', `/v1/boards/${board}`);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { id: board, title: board.charAt(0).toUpperCase() + board.slice(1).replace(/-/g, ' '), categories: [], moderation: 'after', maxLength: 1000, open: true, closesAt: null, timeZone: 'Europe/London', reportsToHide: 3, pageUrl: null, showChannel: false });
      assert.equal(answer.body.title.startsWith('Youth fund '), true);
    });

    test('with autoCreate false, unknown boards, rooms and ladders answer 404 and nothing is created', async () => {
      const app = await makeApp({ autoCreate: false });
      const id = slug('unknown');
      isError(await call(app, 'GET', `/v1/boards/${id}`), 404, 'not_found');
      isError(await call(app, 'GET', `/v1/boards/${id}/posts`), 404, 'not_found');
      isError(await post(app, id), 404, 'not_found');
      isError(await call(app, 'GET', `/v1/rooms/${id}`), 404, 'not_found');
      isError(await call(app, 'PUT', `/v1/rooms/${id}/groups/young-people`, { token: TOKEN, body: { status: 'present', note: '', revision: 0 } }), 404, 'not_found');
      isError(await call(app, 'GET', `/v1/ladders/${id}`), 404, 'not_found');
      isError(await call(app, 'POST', `/v1/ladders/${id}/ratings`, { body: { id: uid(), participant: uid(), role: 'staff', now: 'informing' } }), 404, 'not_found');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM boards WHERE id = $1', [id]), 0);
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM rooms WHERE id = $1', [id]), 0);
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM ladders WHERE id = $1', [id]), 0);
      // Staff can still create them explicitly.
      assert.equal((await call(app, 'PUT', `/v1/boards/${id}`, { token: TOKEN, body: { title: 'Made by staff' } })).status, 200);
      assert.equal((await call(app, 'GET', `/v1/boards/${id}`)).body.title, 'Made by staff');
    });

    test('a post is stored once: 201 first, 200 with the stored post on a replay', async () => {
      const app = await makeApp();
      const board = slug('b');
      const body = { id: uid(), participant: uid(), body: '  More benches in the park  ', displayName: 'Sam' };
      const first = await call(app, 'POST', `/v1/boards/${board}/posts`, { body });
      assert.equal(first.status, 201);
      assert.equal(first.body.body, 'More benches in the park');
      assert.equal(first.body.displayName, 'Sam');
      assert.equal(first.body.visibility, 'visible');
      assert.equal(first.body.mine, true);
      assert.equal(first.body.supportCount, 0);
      assert.equal(first.body.response, null);
      const replay = await call(app, 'POST', `/v1/boards/${board}/posts`, { body });
      assert.equal(replay.status, 200);
      assert.deepEqual(replay.body, first.body);
      const upper = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { ...body, id: body.id.toUpperCase() } });
      assert.equal(upper.status, 200, 'the same UUID in capitals is the same write');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 1);
    });

    test('reusing a post id on another board answers 409 id_conflict', async () => {
      const app = await makeApp();
      const body = { id: uid(), participant: uid(), body: 'Hello' };
      assert.equal((await call(app, 'POST', `/v1/boards/${slug('b')}/posts`, { body })).status, 201);
      const other = slug('b');
      isError(await call(app, 'POST', `/v1/boards/${other}/posts`, { body }), 409, 'id_conflict');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [other]), 0);
    });

    test('malformed JSON answers 400 malformed_json and stores nothing', async () => {
      const app = await makeApp();
      const board = slug('b');
      const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { raw: '{"id": "x", body: ', headers: { 'content-type': 'application/json' } });
      isError(answer, 400, 'malformed_json');
      isError(await call(app, 'POST', '/v1/clarity', { raw: '', headers: { 'content-type': 'application/json' } }), 400, 'malformed_json');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 0);
    });

    test('wrong types answer 400 validation_failed with issues by path, and store nothing', async () => {
      const app = await makeApp();
      const board = slug('b');
      const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: 'not-a-uuid', participant: uid(), body: 42 } });
      isError(answer, 400, 'validation_failed');
      const paths = answer.body.error.issues.map((issue: { path: unknown[] }) => issue.path.join('.'));
      assert.ok(paths.includes('id') && paths.includes('body'), JSON.stringify(paths));
      isError(await post(app, board, { body: '   ' }), 400, 'validation_failed');
      isError(await call(app, 'POST', `/v1/boards/${board}/posts`, { body: [1, 2] }), 400, 'validation_failed');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 0);
    });

    test('a write that is not JSON answers 415', async () => {
      const app = await makeApp();
      const board = slug('b');
      const body = JSON.stringify({ id: uid(), participant: uid(), body: 'x' });
      isError(await call(app, 'POST', `/v1/boards/${board}/posts`, { raw: body, headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
      isError(await call(app, 'POST', `/v1/boards/${board}/posts`, { raw: body }), 415, 'unsupported_media_type');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 0);
    });

    test('an oversized body answers 413 by Content-Length and by the bytes actually sent', async () => {
      const app = await makeApp();
      const board = slug('b');
      const big = JSON.stringify({ id: uid(), participant: uid(), body: 'x'.repeat(limits.maxBodyBytes) });
      isError(await call(app, 'POST', `/v1/boards/${board}/posts`, { raw: big, headers: { 'content-type': 'application/json' } }), 413, 'payload_too_large');
      // No Content-Length: a stream of chunks that grows past the limit.
      const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 8) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const request = new Request(`http://localhost/v1/boards/${board}/posts`, {
        method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half',
      } as RequestInit);
      assert.equal(request.headers.get('content-length'), null);
      const res = await app.request(request);
      assert.equal(res.status, 413);
      assert.equal((await res.json()).error.code, 'payload_too_large');
      // A lying Content-Length is not trusted either.
      const lying = new Request(`http://localhost/v1/clarity`, {
        method: 'POST', body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } }),
        headers: { 'content-type': 'application/json', 'content-length': '10' }, duplex: 'half',
      } as RequestInit);
      assert.equal((await app.request(lying)).status, 413);
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 0);
    });

    test("a post longer than the board's maxLength, or in an unknown category, is refused", async () => {
      const app = await makeApp();
      const board = slug('b');
      await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { maxLength: 10, categories: [{ id: 'parks', label: 'Parks' }] } });
      const long = await post(app, board, { body: 'x'.repeat(11) });
      isError(long, 400, 'validation_failed');
      assert.deepEqual(long.body.error.issues[0].path, ['body']);
      isError(await post(app, board, { body: 'short', category: 'roads' }), 400, 'validation_failed');
      assert.equal((await post(app, board, { body: 'x'.repeat(10), category: 'parks' })).status, 201);
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 1);
    });

    test('a closed board answers 409 closed to new posts but still lists them', async () => {
      const app = await makeApp();
      const board = slug('b');
      assert.equal((await post(app, board)).status, 201);
      await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { open: false } });
      isError(await post(app, board), 409, 'closed');
      assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items.length, 1);
    });

    test('staff can configure a board with PUT (partial settings keep the rest)', async () => {
      const app = await makeApp();
      const board = slug('b');
      const categories = [{ id: 'parks', label: 'Parks' }, { id: 'roads', label: 'Roads' }];
      const answer = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { title: 'Youth Fund 2026', categories, moderation: 'before' } });
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, { id: board, title: 'Youth Fund 2026', categories, moderation: 'before', maxLength: 1000, open: true, closesAt: null, timeZone: 'Europe/London', reportsToHide: 3, pageUrl: null, showChannel: false });
      await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { maxLength: 300 } });
      assert.deepEqual((await call(app, 'GET', `/v1/boards/${board}`)).body, { ...answer.body, maxLength: 300 });
      isError(await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'sometimes' } }), 400, 'validation_failed');
    });

    test('supports are idempotent, one per participant, and reflected in supported/mine', async () => {
      const app = await makeApp();
      const board = slug('b');
      const author = uid();
      const created = (await post(app, board, { participant: author })).body;
      const fan = uid();
      const path = `/v1/boards/${board}/posts/${created.id}/supports/${fan}`;
      assert.deepEqual((await call(app, 'PUT', path)).body, { supported: true, supportCount: 1 });
      assert.deepEqual((await call(app, 'PUT', path)).body, { supported: true, supportCount: 1 });
      assert.deepEqual((await call(app, 'PUT', `/v1/boards/${board}/posts/${created.id}/supports/${author}`)).body, { supported: true, supportCount: 2 });
      const asFan = (await call(app, 'GET', `/v1/boards/${board}/posts?participant=${fan}`)).body.items[0];
      assert.equal(asFan.supported, true);
      assert.equal(asFan.mine, false);
      assert.equal(asFan.supportCount, 2);
      const asAuthor = (await call(app, 'GET', `/v1/boards/${board}/posts?participant=${author}`)).body.items[0];
      assert.equal(asAuthor.mine, true);
      const anonymous = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items[0];
      assert.equal(anonymous.supported, false);
      assert.equal(anonymous.mine, false);
      assert.deepEqual((await call(app, 'DELETE', path)).body, { supported: false, supportCount: 1 });
      assert.deepEqual((await call(app, 'DELETE', path)).body, { supported: false, supportCount: 1 });
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM supports WHERE post_id = $1', [created.id]), 1);
    });

    test('supporting a post that is not on the board (or not visible) answers 404', async () => {
      const app = await makeApp();
      const board = slug('b');
      isError(await call(app, 'PUT', `/v1/boards/${board}/posts/${uid()}/supports/${uid()}`), 404, 'not_found');
      const created = (await post(app, board)).body;
      isError(await call(app, 'PUT', `/v1/boards/${slug('b')}/posts/${created.id}/supports/${uid()}`), 404, 'not_found');
      await call(app, 'PUT', `/v1/boards/${board}/posts/${created.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });
      isError(await call(app, 'PUT', `/v1/boards/${board}/posts/${created.id}/supports/${uid()}`), 404, 'not_found');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM supports WHERE post_id = $1', [created.id]), 0);
    });

    test('staff routes refuse a missing or wrong token, and every staff call when no token is configured', async () => {
      const board = slug('b');
      const app = await makeApp();
      const created = (await post(app, board)).body;
      const staffCalls: [string, string, unknown][] = [
        ['PUT', `/v1/boards/${board}`, { title: 'Changed' }],
        ['PUT', `/v1/rooms/${slug('r')}`, { title: 'Changed' }],
        ['PUT', `/v1/ladders/${slug('l')}`, { title: 'Changed' }],
        ['PUT', `/v1/boards/${board}/posts/${created.id}/response`, { status: 'heard', message: 'Thanks' }],
        ['PUT', `/v1/boards/${board}/posts/${created.id}/visibility`, { visibility: 'hidden' }],
        ['GET', '/v1/clarity?page=home', undefined],
        ['GET', `/v1/boards/${board}/posts?visibility=hidden`, undefined],
      ];
      const noTokenConfigured = await makeApp({ adminToken: undefined });
      for (const [method, path, body] of staffCalls) {
        // A fresh app per route: more than ten wrong tokens from one address would be throttled (429).
        const app = await makeApp();
        isError(await call(app, method, path, { body }), 401, 'unauthorized');
        isError(await call(app, method, path, { body, token: 'wrong-token' }), 401, 'unauthorized');
        isError(await call(app, method, path, { body, token: TOKEN + 'x' }), 401, 'unauthorized');
        isError(await call(noTokenConfigured, method, path, { body, token: TOKEN }), 401, 'unauthorized');
        isError(await call(noTokenConfigured, method, path, { body, token: '' }), 401, 'unauthorized');
      }
      const stored = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items[0];
      assert.equal(stored.visibility, 'visible');
      assert.equal(stored.response, null);
      assert.notEqual((await call(app, 'GET', `/v1/boards/${board}`)).body.title, 'Changed');
    });

    test('staff respond ("you said, we did"); not-doing needs a reason', async () => {
      const app = await makeApp();
      const board = slug('b');
      const created = (await post(app, board)).body;
      const path = `/v1/boards/${board}/posts/${created.id}/response`;
      const refused = await call(app, 'PUT', path, { token: TOKEN, body: { status: 'not-doing', message: '  ' } });
      isError(refused, 400, 'validation_failed');
      assert.deepEqual(refused.body.error.issues[0].path, ['message']);
      const answer = await call(app, 'PUT', path, { token: TOKEN, body: { status: 'planned', message: 'In the spring budget.' } });
      assert.equal(answer.status, 200);
      assert.equal(answer.body.response.status, 'planned');
      assert.equal(answer.body.response.message, 'In the spring budget.');
      assert.ok(Date.parse(answer.body.response.respondedAt) >= Date.parse(created.createdAt));
      const listed = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items[0];
      assert.deepEqual(listed.response, answer.body.response);
      isError(await call(app, 'PUT', `/v1/boards/${board}/posts/${uid()}/response`, { token: TOKEN, body: { status: 'heard', message: '' } }), 404, 'not_found');
    });

    test('moderation after: hidden posts are shown only to staff', async () => {
      const app = await makeApp();
      const board = slug('b');
      const author = uid();
      const created = (await post(app, board, { participant: author })).body;
      assert.equal(created.visibility, 'visible');
      const hidden = await call(app, 'PUT', `/v1/boards/${board}/posts/${created.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });
      assert.equal(hidden.body.visibility, 'hidden');
      assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items.length, 0);
      assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts?participant=${author}`)).body.items.length, 0, 'not even to its author');
      const staff = (await call(app, 'GET', `/v1/boards/${board}/posts`, { token: TOKEN })).body.items;
      assert.deepEqual(staff.map((p: { id: string }) => p.id), [created.id]);
    });

    test('moderation before: a new post is pending, shown to its author and staff until made visible', async () => {
      const app = await makeApp();
      const board = slug('b');
      await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'before' } });
      const author = uid();
      const created = (await post(app, board, { participant: author })).body;
      const visibleOne = (await post(app, board)).body;
      assert.equal(created.visibility, 'pending');
      const ids = (a: Answer) => a.body.items.map((p: { id: string }) => p.id).sort();
      assert.deepEqual(ids(await call(app, 'GET', `/v1/boards/${board}/posts`)), []);
      assert.deepEqual(ids(await call(app, 'GET', `/v1/boards/${board}/posts?participant=${uid()}`)), []);
      assert.deepEqual(ids(await call(app, 'GET', `/v1/boards/${board}/posts?participant=${author}`)), [created.id]);
      assert.deepEqual(ids(await call(app, 'GET', `/v1/boards/${board}/posts`, { token: TOKEN })), [created.id, visibleOne.id].sort());
      const queue = await call(app, 'GET', `/v1/boards/${board}/posts?visibility=pending`, { token: TOKEN });
      assert.equal(queue.body.items.length, 2);
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?visibility=pending&participant=${author}`), 401, 'unauthorized');
      await call(app, 'PUT', `/v1/boards/${board}/posts/${created.id}/visibility`, { token: TOKEN, body: { visibility: 'visible' } });
      assert.deepEqual(ids(await call(app, 'GET', `/v1/boards/${board}/posts`)), [created.id]);
      assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts?visibility=pending`, { token: TOKEN })).body.items.length, 1);
    });

    test('filters: status (including unanswered) and category', async () => {
      const app = await makeApp();
      const board = slug('b');
      await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { categories: [{ id: 'parks', label: 'Parks' }, { id: 'roads', label: 'Roads' }] } });
      const a = (await post(app, board, { category: 'parks' })).body;
      const b = (await post(app, board, { category: 'roads' })).body;
      const c = (await post(app, board)).body;
      await call(app, 'PUT', `/v1/boards/${board}/posts/${a.id}/response`, { token: TOKEN, body: { status: 'done', message: 'Fixed' } });
      const ids = async (q: string) => (await call(app, 'GET', `/v1/boards/${board}/posts?${q}`)).body.items.map((p: { id: string }) => p.id).sort();
      assert.deepEqual(await ids('status=done'), [a.id]);
      assert.deepEqual(await ids('status=unanswered'), [b.id, c.id].sort());
      assert.deepEqual(await ids('status=planned'), []);
      assert.deepEqual(await ids('category=roads'), [b.id]);
      assert.deepEqual(await ids('category=parks&status=unanswered'), []);
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?status=maybe`), 400, 'validation_failed');
    });

    test('pages (newest) never repeat or skip, even with posts added between pages', async () => {
      const app = await makeApp();
      const board = slug('b');
      const before: string[] = [];
      for (let i = 0; i < 7; i++) before.push((await post(app, board, { body: `Post ${i}` })).body.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Answer = await call(app, 'GET', `/v1/boards/${board}/posts?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(page.status, 200);
        assert.ok(z.safeParse(PostPage, page.body).success);
        assert.ok(page.body.items.length <= 3);
        seen.push(...page.body.items.map((p: { id: string }) => p.id));
        cursor = page.body.nextCursor;
        if (pages++ === 0) for (let i = 0; i < 4; i++) await post(app, board, { body: `Late ${i}` });
      } while (cursor && seen.length < 200); // a cursor that never ends fails below instead of hanging
      assert.equal(new Set(seen).size, seen.length, 'no repeats');
      assert.deepEqual(seen, [...before].reverse(), 'every earlier post once, newest first, no late post pushed in');
      const fresh = (await call(app, 'GET', `/v1/boards/${board}/posts?limit=100`)).body;
      assert.equal(fresh.items.length, 11);
      assert.equal(fresh.nextCursor, null);
    });

    test('pages (most-supported) are ordered by support and never repeat or skip', async () => {
      const app = await makeApp();
      const board = slug('b');
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push((await post(app, board)).body.id);
      const supports = [2, 0, 3, 1, 0, 2];
      for (const [index, n] of supports.entries()) {
        for (let k = 0; k < n; k++) await call(app, 'PUT', `/v1/boards/${board}/posts/${ids[index]}/supports/${uid()}`);
      }
      const seen: { id: string; supportCount: number }[] = [];
      let cursor: string | null = null;
      let first = true;
      do {
        const page: Answer = await call(app, 'GET', `/v1/boards/${board}/posts?sort=most-supported&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
        if (first) await post(app, board); // a new post with no support goes at the end, once
        first = false;
      } while (cursor && seen.length < 200); // a cursor that never ends fails below instead of hanging
      const counts = seen.map((p) => p.supportCount);
      assert.deepEqual(counts.slice(0, 6), [3, 2, 2, 1, 0, 0]);
      assert.equal(new Set(seen.map((p) => p.id)).size, seen.length);
      for (const id of ids) assert.ok(seen.some((p) => p.id === id), 'no post skipped');
    });

    test('pages (recently-answered) put the latest answers first, unanswered last', async () => {
      const app = await makeApp();
      const board = slug('b');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await post(app, board)).body.id);
      for (const index of [3, 0, 4]) {
        await call(app, 'PUT', `/v1/boards/${board}/posts/${ids[index]}/response`, { token: TOKEN, body: { status: 'heard', message: '' } });
        await new Promise((r) => setTimeout(r, 5));
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Answer = await call(app, 'GET', `/v1/boards/${board}/posts?sort=recently-answered&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items.map((p: { id: string }) => p.id));
        cursor = page.body.nextCursor;
      } while (cursor && seen.length < 200); // a cursor that never ends fails below instead of hanging
      assert.deepEqual(seen, [ids[4], ids[0], ids[3], ids[2], ids[1]]);
    });

    test('a bad cursor or limit answers 400', async () => {
      const app = await makeApp();
      const board = slug('b');
      for (let i = 0; i < 3; i++) await post(app, board);
      const page = (await call(app, 'GET', `/v1/boards/${board}/posts?limit=1`)).body;
      assert.ok(page.nextCursor);
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?cursor=${page.nextCursor}&sort=most-supported`), 400, 'validation_failed');
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?cursor=garbage`), 400, 'validation_failed');
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?cursor=${Buffer.from('["newest","x",1]').toString('base64url')}`), 400, 'validation_failed');
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?limit=0`), 400, 'validation_failed');
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?limit=101`), 400, 'validation_failed');
      isError(await call(app, 'GET', `/v1/boards/${board}/posts?limit=two`), 400, 'validation_failed');
      assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts?limit=100`)).body.items.length, 3);
    });

    // ---------- rooms ----------

    test("a new room starts with the 26 default groups", async () => {
      const app = await makeApp();
      const room = slug('room');
      const answer = await call(app, 'GET', `/v1/rooms/${room}`);
      assert.equal(answer.status, 200);
      assert.ok(z.safeParse(Room, answer.body).success);
      assert.equal(answer.body.groups.length, 26);
      assert.deepEqual(answer.body.groups.map((g: { id: string }) => g.id), defaultGroups.map((g) => g.id));
      assert.equal(answer.body.groups[1].label, 'Children and young people');
      assert.equal(answer.body.groups[1].hint, defaultGroups[1].hint.en);
      for (const group of answer.body.groups) {
        assert.equal(group.status, 'unknown');
        assert.equal(group.note, '');
        assert.equal(group.revision, 0);
      }
    });

    test('a group change increments the revision; a stale revision answers 409 with the current group', async () => {
      const app = await makeApp();
      const room = slug('room');
      const path = `/v1/rooms/${room}/groups/young-people`;
      const first = await call(app, 'PUT', path, { token: TOKEN, body: { status: 'invited', note: 'Youth council on Tuesday', revision: 0 } });
      assert.equal(first.status, 200);
      assert.equal(first.body.revision, 1);
      assert.equal(first.body.status, 'invited');
      const second = await call(app, 'PUT', path, { token: TOKEN, body: { status: 'present', note: 'Came along', revision: 1 } });
      assert.equal(second.body.revision, 2);
      const stale = await call(app, 'PUT', path, { token: TOKEN, body: { status: 'missing', note: '', revision: 1 } });
      assert.equal(stale.status, 409);
      assert.ok(z.safeParse(GroupConflict, stale.body).success, JSON.stringify(stale.body));
      assert.equal(stale.body.error.code, 'conflict');
      assert.deepEqual(stale.body.current, second.body);
      const future = await call(app, 'PUT', path, { token: TOKEN, body: { status: 'missing', note: '', revision: 99 } });
      assert.equal(future.status, 409);
      const room2 = (await call(app, 'GET', `/v1/rooms/${room}`)).body;
      assert.deepEqual(room2.groups.find((g: { id: string }) => g.id === 'young-people'), second.body);
    });

    test('a retried write that already landed (stale revision, same status and note) answers 200', async () => {
      const app = await makeApp();
      const room = slug('room');
      const path = `/v1/rooms/${room}/groups/carers`;
      const change = { status: 'missing', note: 'Ask the carers centre', revision: 0 };
      const first = await call(app, 'PUT', path, { token: TOKEN, body: change });
      assert.equal(first.status, 200);
      const retry = await call(app, 'PUT', path, { token: TOKEN, body: change });
      assert.equal(retry.status, 200);
      assert.deepEqual(retry.body, first.body);
      assert.equal(retry.body.revision, 1, 'the retry did not count as a new change');
    });

    test('concurrent changes from the same revision: exactly one wins', async () => {
      const app = await makeApp();
      const room = slug('room');
      await call(app, 'GET', `/v1/rooms/${room}`);
      const path = `/v1/rooms/${room}/groups/rural`;
      const answers = await Promise.all(
        ['missing', 'invited', 'present', 'not-relevant'].map((status) => call(app, 'PUT', path, { token: TOKEN, body: { status, note: '', revision: 0 } })),
      );
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409, 409, 409]);
      const group = (await call(app, 'GET', `/v1/rooms/${room}`)).body.groups.find((g: { id: string }) => g.id === 'rural');
      assert.equal(group.revision, 1);
      assert.equal(group.status, answers.find((a) => a.status === 200)!.body.status);
    });

    test('groups: unknown group 404, invalid status 400, nothing changed', async () => {
      const app = await makeApp();
      const room = slug('room');
      isError(await call(app, 'PUT', `/v1/rooms/${room}/groups/no-such-group`, { token: TOKEN, body: { status: 'present', note: '', revision: 0 } }), 404, 'not_found');
      isError(await call(app, 'PUT', `/v1/rooms/${room}/groups/faith`, { token: TOKEN, body: { status: 'sort-of', note: '', revision: 0 } }), 400, 'validation_failed');
      isError(await call(app, 'PUT', `/v1/rooms/${room}/groups/faith`, { token: TOKEN, body: { status: 'present', note: '', revision: -1 } }), 400, 'validation_failed');
      const faith = (await call(app, 'GET', `/v1/rooms/${room}`)).body.groups.find((g: { id: string }) => g.id === 'faith');
      assert.equal(faith.revision, 0);
      assert.equal(faith.status, 'unknown');
    });

    test('a custom group is added once (201, then 200 on a replay) at the end of the list', async () => {
      const app = await makeApp();
      const room = slug('room');
      const body = { id: 'bus-users', label: 'People who rely on buses', hint: 'Ask at the bus station.' };
      const first = await call(app, 'POST', `/v1/rooms/${room}/groups`, { token: TOKEN, body });
      assert.equal(first.status, 201);
      assert.equal(first.body.status, 'unknown');
      assert.equal(first.body.revision, 0);
      const replay = await call(app, 'POST', `/v1/rooms/${room}/groups`, { token: TOKEN, body });
      assert.equal(replay.status, 200);
      assert.deepEqual(replay.body, first.body);
      const groups = (await call(app, 'GET', `/v1/rooms/${room}`)).body.groups;
      assert.equal(groups.length, 27);
      assert.equal(groups.at(-1).id, 'bus-users');
      isError(await call(app, 'POST', `/v1/rooms/${room}/groups`, { token: TOKEN, body: { id: 'Bad Id', label: 'x' } }), 400, 'validation_failed');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM room_groups WHERE room_id = $1', [room]), 27);
    });

    test('staff can create a room and set its title with PUT', async () => {
      const app = await makeApp({ autoCreate: false });
      const room = slug('room');
      const answer = await call(app, 'PUT', `/v1/rooms/${room}`, { token: TOKEN, body: { title: 'Library review' } });
      assert.equal(answer.status, 200);
      assert.equal(answer.body.title, 'Library review');
      assert.equal(answer.body.groups.length, 26);
      assert.equal((await call(app, 'GET', `/v1/rooms/${room}`)).body.title, 'Library review');
    });

    // ---------- ladders ----------

    test('a new ladder has the default rungs and roles (English) and no principles', async () => {
      const app = await makeApp();
      const ladder = slug('ladder');
      const answer = await call(app, 'GET', `/v1/ladders/${ladder}`);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body.rungs.map((r: { id: string }) => r.id), defaultRungs.map((r) => r.id));
      assert.equal(answer.body.rungs[0].label, 'Coercion');
      assert.deepEqual(answer.body.roles.map((r: { id: string }) => r.id), defaultRoles.map((r) => r.id));
      assert.equal(answer.body.roles[1].label, 'I work for the organisation');
      assert.equal(answer.body.principles, false);
    });

    test('a rating is stored once; role and rungs must belong to the ladder', async () => {
      const app = await makeApp();
      const ladder = slug('ladder');
      const body = { id: uid(), participant: uid(), role: 'staff', now: 'consultation', aim: 'co-production', comment: 'We ask but rarely change.' };
      const first = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body });
      assert.equal(first.status, 201);
      assert.equal(first.body.now, 'consultation');
      assert.equal(first.body.aim, 'co-production');
      const replay = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body });
      assert.equal(replay.status, 200);
      assert.deepEqual(replay.body, first.body);
      for (const wrong of [{ role: 'mayor' }, { now: 'top' }, { aim: 'moon' }]) {
        const answer = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { ...body, id: uid(), participant: uid(), ...wrong } });
        isError(answer, 400, 'validation_failed');
        assert.deepEqual(answer.body.error.issues[0].path, [Object.keys(wrong)[0]]);
      }
      isError(await call(app, 'POST', `/v1/ladders/${slug('ladder')}/ratings`, { body }), 409, 'id_conflict');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM ratings WHERE ladder_id = $1', [ladder]), 1);
    });

    test("a participant's new rating replaces their earlier one; the summary counts and averages by role", async () => {
      const app = await makeApp();
      const ladder = slug('ladder');
      await call(app, 'PUT', `/v1/ladders/${ladder}`, { token: TOKEN, body: { principles: true } });
      const rate = (participant: string, fields: Record<string, unknown>) =>
        call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant, ...fields } });
      const alex = uid();
      assert.equal((await rate(alex, { role: 'staff', now: 'informing', principles: { assets: 1 } })).status, 201);
      assert.equal((await rate(alex, { role: 'staff', now: 'co-design', aim: 'co-production', principles: { assets: 2, networks: 4 } })).status, 201);
      await rate(uid(), { role: 'staff', now: 'co-design', aim: 'co-design', principles: { assets: 5 } });
      await rate(uid(), { role: 'lived-experience', now: 'informing', aim: 'co-production' });
      await rate(uid(), { role: 'lived-experience', now: 'consultation', aim: 'co-production', principles: { assets: 1, blurring: 3 } });
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM ratings WHERE ladder_id = $1', [ladder]), 4);
      const summary = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN })).body;
      assert.equal(summary.total, 4);
      assert.equal(summary.byRole.staff.count, 2);
      assert.equal(summary.byRole.staff.now['co-design'], 2);
      assert.equal(summary.byRole.staff.now.informing, 0, "Alex's first rating was replaced");
      assert.equal(summary.byRole.staff.aim['co-production'], 1);
      assert.equal(summary.byRole.staff.aim['co-design'], 1);
      assert.deepEqual(summary.byRole.staff.principles, { assets: 3.5, networks: 4 });
      assert.equal(summary.byRole['lived-experience'].count, 2);
      assert.equal(summary.byRole['lived-experience'].aim['co-production'], 2);
      assert.deepEqual(summary.byRole['lived-experience'].principles, { assets: 1, blurring: 3 });
      assert.equal(summary.byRole.partner.count, 0);
    });

    test('staff can set custom rungs, roles and a title with PUT', async () => {
      const app = await makeApp();
      const ladder = slug('ladder');
      const settings = {
        title: 'Library service review',
        rungs: [{ id: 'told', label: 'Told', description: 'We tell people.' }, { id: 'asked', label: 'Asked', description: '' }],
        roles: [{ id: 'resident', label: 'Resident' }, { id: 'officer', label: 'Officer' }],
      };
      const answer = await call(app, 'PUT', `/v1/ladders/${ladder}`, { token: TOKEN, body: settings });
      // Each rung and role says it is not the standard wording (they are the organisation's own).
      const own = <T extends object>(items: T[]) => items.map((item) => ({ ...item, standard: false }));
      assert.deepEqual(answer.body, { id: ladder, ...settings, rungs: own(settings.rungs), roles: own(settings.roles), principles: false, minAnswersToShow: 5 });
      assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role: 'resident', now: 'asked' } })).status, 201);
      isError(await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role: 'staff', now: 'informing' } }), 400, 'validation_failed');
      const summary = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN })).body;
      assert.deepEqual(Object.keys(summary.byRole).sort(), ['officer', 'resident']);
      assert.deepEqual(summary.byRole.resident.now, { told: 0, asked: 1 });
      isError(await call(app, 'PUT', `/v1/ladders/${ladder}`, { token: TOKEN, body: { rungs: [] } }), 400, 'validation_failed');
    });

    // ---------- clarity ----------

    test('clarity answers are stored once and reported per block to staff', async () => {
      const app = await makeApp();
      const page = `/consultation/${slug('p')}`;
      const body = { id: uid(), page, block: 'intro', version: 'standard', clear: false, comment: 'Too many long words' };
      const first = await call(app, 'POST', '/v1/clarity', { body });
      assert.equal(first.status, 201);
      assert.equal(first.body.comment, 'Too many long words');
      assert.equal((await call(app, 'POST', '/v1/clarity', { body })).status, 200);
      await call(app, 'POST', '/v1/clarity', { body: { id: uid(), page, block: 'intro', version: 'plain', clear: true } });
      await call(app, 'POST', '/v1/clarity', { body: { id: uid(), page, block: 'intro', version: 'plain', clear: true, comment: '' } });
      await call(app, 'POST', '/v1/clarity', { body: { id: uid(), page, block: 'costs', version: 'plain', clear: false, comment: 'What is a precept?' } });
      isError(await call(app, 'POST', '/v1/clarity', { body: { id: uid(), page, block: 'intro', version: 'simple', clear: true } }), 400, 'validation_failed');
      const report = await call(app, 'GET', `/v1/clarity?page=${encodeURIComponent(page)}`, { token: TOKEN });
      assert.equal(report.status, 200);
      assert.equal(report.body.page, page);
      const intro = report.body.blocks.find((b: { block: string }) => b.block === 'intro');
      assert.equal(intro.clear, 2);
      assert.equal(intro.unclear, 1);
      assert.deepEqual(intro.comments.map((c: { comment: string }) => c.comment), ['Too many long words']);
      const costs = report.body.blocks.find((b: { block: string }) => b.block === 'costs');
      assert.deepEqual([costs.clear, costs.unclear], [0, 1]);
      isError(await call(app, 'GET', '/v1/clarity', { token: TOKEN }), 400, 'validation_failed');
    });

    // ---------- limits, CORS, logs, static ----------

    test('writes over the rate limit answer 429 with Retry-After; counted per client and in the database', async () => {
      const board = slug('b');
      const appA = await makeApp({ writeRateLimit: { limit: 3, windowSeconds: 60 }, trustProxy: ['127.0.0.1'] });
      const appB = await makeApp({ writeRateLimit: { limit: 3, windowSeconds: 60 }, trustProxy: ['127.0.0.1'] }); // a second process
      const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const write = (app: typeof appA, address: string) =>
        call(app, 'POST', `/v1/boards/${board}/posts`, { ip: address, body: { id: uid(), participant: uid(), body: 'x' } });
      assert.equal((await write(appA, ip)).status, 201);
      assert.equal((await write(appB, ip)).status, 201);
      assert.equal((await write(appA, ip)).status, 201);
      const limited = await write(appB, ip);
      isError(limited, 429, 'rate_limited');
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      assert.equal((await write(appA, ip.replace(/^10\./, '11.'))).status, 201, 'another client is not limited');
      assert.equal((await call(appA, 'GET', `/v1/boards/${board}`, { ip })).status, 200, 'reads are not limited');
      assert.equal((await call(appA, 'PUT', `/v1/boards/${board}`, { ip, token: TOKEN, body: { title: 'Staff' } })).status, 200, 'staff are not limited');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 4);
    });

    test('CORS: allow-listed origins and preflights pass; others are refused; never credentials', async () => {
      const app = await makeApp({ allowedOrigins: ['https://council.example'] });
      const board = slug('b');
      const preflight = await call(app, 'OPTIONS', `/v1/boards/${board}/posts`, {
        headers: { origin: 'https://council.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://council.example');
      assert.match(preflight.headers.get('access-control-allow-headers')!, /Authorization/);
      assert.match(preflight.headers.get('access-control-allow-headers')!, /Content-Type/);
      assert.match(preflight.headers.get('access-control-allow-methods')!, /PUT/);
      assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
      const get = await call(app, 'GET', `/v1/boards/${board}`, { headers: { origin: 'https://council.example' } });
      assert.equal(get.headers.get('access-control-allow-origin'), 'https://council.example');
      assert.match(get.headers.get('access-control-expose-headers')!, /Retry-After/);
      assert.equal(get.headers.get('set-cookie'), null);

      const evil = await call(app, 'OPTIONS', `/v1/boards/${board}/posts`, { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      isError(evil, 403, 'forbidden_origin');
      assert.equal(evil.headers.get('access-control-allow-origin'), null);
      const evilGet = await call(app, 'GET', `/v1/boards/${board}`, { headers: { origin: 'https://evil.example' } });
      assert.equal(evilGet.headers.get('access-control-allow-origin'), null);
      const evilPost = await call(app, 'POST', `/v1/boards/${board}/posts`, { headers: { origin: 'https://evil.example' }, body: { id: uid(), participant: uid(), body: 'x' } });
      isError(evilPost, 403, 'forbidden_origin');
      assert.equal(await count('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board]), 0);

      const sameOriginOnly = await makeApp({ allowedOrigins: [] });
      assert.equal((await call(sameOriginOnly, 'POST', `/v1/boards/${board}/posts`, { headers: { origin: 'http://localhost' }, body: { id: uid(), participant: uid(), body: 'x' } })).status, 201);
      isError(await call(sameOriginOnly, 'POST', `/v1/boards/${board}/posts`, { headers: { origin: 'https://council.example' }, body: { id: uid(), participant: uid(), body: 'x' } }), 403, 'forbidden_origin');
      const anyOrigin = await makeApp({ allowedOrigins: ['*'] });
      assert.equal((await call(anyOrigin, 'GET', '/v1/health', { headers: { origin: 'https://anyone.example' } })).headers.get('access-control-allow-origin'), '*');
    });

    test('logs name the route pattern, never post text, names, participant ids or tokens', async () => {
      const lines: string[] = [];
      const app = await makeApp({ log: (line) => lines.push(line) });
      const board = slug('b');
      const participant = uid();
      const created = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant, body: 'My secret idea about the library', displayName: 'Priya Secret' } });
      await call(app, 'PUT', `/v1/boards/${board}/posts/${created.body.id}/supports/${participant}`);
      await call(app, 'GET', `/v1/boards/${board}/posts?participant=${participant}`, { token: TOKEN });
      await call(app, 'PUT', `/v1/rooms/${slug('r')}/groups/carers`, { token: TOKEN, body: { status: 'present', note: 'Secret note', revision: 0 } });
      await call(app, 'GET', '/v1/nowhere');
      const all = lines.join('\n');
      assert.equal(lines.length, 5);
      assert.match(lines[0], /POST \/v1\/boards\/:board\/posts 201 [\d.]+ms/);
      assert.match(lines[1], /PUT \/v1\/boards\/:board\/posts\/:post\/supports\/:participant 200/);
      assert.match(lines[4], /GET \S+ 404/);
      for (const secret of ['secret idea', 'Priya', participant, created.body.id, TOKEN, 'Secret note', board]) {
        assert.ok(!all.includes(secret), `log contains ${secret}`);
      }
    });

    test('static files: content types, index and admin pages, extra mounts, no traversal', async () => {
      const root = await mkdtemp(join(tmpdir(), 'copro-static-'));
      after(() => rm(root, { recursive: true, force: true }));
      const pub = join(root, 'public');
      const dist = join(root, 'dist');
      await mkdir(pub);
      await mkdir(dist);
      await writeFile(join(root, 'secret.txt'), 'do not serve');
      await writeFile(join(pub, 'index.html'), '<h1>demo</h1>');
      await writeFile(join(pub, 'admin.html'), '<h1>admin</h1>');
      await writeFile(join(pub, 'style.css'), 'body{}');
      await writeFile(join(dist, 'copro.js'), 'export {}');
      const app = await makeApp({ publicDir: pub, extraStatic: { '/copro/': dist } });
      const index = await call(app, 'GET', '/');
      assert.equal(index.status, 200);
      assert.equal(index.body, '<h1>demo</h1>');
      assert.match(index.headers.get('content-type')!, /^text\/html/);
      assert.equal((await call(app, 'GET', '/admin')).body, '<h1>admin</h1>');
      assert.match((await call(app, 'GET', '/style.css')).headers.get('content-type')!, /^text\/css/);
      const js = await call(app, 'GET', '/copro/copro.js');
      assert.equal(js.status, 200);
      assert.match(js.headers.get('content-type')!, /^text\/javascript/);
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/copro/..%2f..%2fsecret.txt', '/copro/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt']) {
        const answer = await call(app, 'GET', path);
        assert.equal(answer.status, 404, path);
        assert.notEqual(answer.body, 'do not serve');
      }
      isError(await call(app, 'GET', '/missing.html'), 404, 'not_found');
      assert.equal((await call(app, 'GET', '/v1/health')).body.ok, true);
    });
  });
}
