/**
 * The route table is the one source of the server's routes: every route of
 * `@copro/protocol`'s table has exactly one handler, registered under its method and path, and
 * nothing under /v1 answers that the table does not describe.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { inspectRoutes } from 'hono/dev';
import { routeTable, routes, type RouteSpec } from '@copro/protocol';
import { openApiDocument } from '@copro/protocol/openapi';
import { readdirSync, readFileSync } from 'node:fs';
import { createApp } from '../src/index.ts';
import { asApiError } from '../src/http/errors.ts';
import { BoardStore } from '../src/store/boards.ts';
import { DomainError, closed, conflict, gone, idConflict, invalid, notFound } from '../src/store/errors.ts';
import { checkHandlers, honoPath, registerRoutes, type Handlers, type SomeHandlers } from '../src/http/router.ts';
import { countingStatements, TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const handlerFor = (key: string) => (c: { json: (value: unknown) => Response }) => c.json({ key });

describe('the route table and the server', () => {
  const handle = memoryDatabase();

  it('the app registers every route of the table, and no /v1 route outside it', async () => {
    const app = await handle.app();
    const served = new Set(
      inspectRoutes(app)
        .filter((route) => !route.isMiddleware && route.path.startsWith('/v1/'))
        .map((route) => `${route.method} ${route.path}`),
    );
    const table = new Set(routes.map((route) => `${route.method.toUpperCase()} ${honoPath(route.path)}`));
    assert.deepEqual([...table].filter((route) => !served.has(route)), [], 'routes in the table the server does not serve');
    assert.deepEqual([...served].filter((route) => !table.has(route)), [], '/v1 routes the server serves that the table does not describe');
  });

  it('every route of the table is in OpenAPI, under its method and path', () => {
    const doc = openApiDocument('0.0.0') as { paths: Record<string, Record<string, unknown>> };
    for (const [key, route] of Object.entries(routeTable) as [string, RouteSpec][]) {
      assert.ok(doc.paths[route.path]?.[route.method], `${key}: ${route.method} ${route.path} missing from OpenAPI`);
    }
    assert.equal(Object.values(doc.paths).reduce((sum, methods) => sum + Object.keys(methods).length, 0), routes.length);
  });

  it('keys and routes are one to one: no two keys name the same method and path', () => {
    const seen = new Map<string, string>();
    for (const [key, route] of Object.entries(routeTable) as [string, RouteSpec][]) {
      const at = `${route.method} ${route.path}`;
      assert.equal(seen.get(at), undefined, `${key} and ${seen.get(at)} are both ${at}`);
      seen.set(at, key);
    }
  });

  it('refuses to start when a route has no handler, naming it', () => {
    const handlers: Record<string, unknown> = Object.fromEntries(Object.keys(routeTable).map((key) => [key, handlerFor(key)]));
    delete handlers.boardMine;
    assert.throws(() => registerRoutes(new Hono(), routeTable, handlers as never), /route boardMine \(GET \/v1\/boards\/\{board\}\/mine\) has no handler/);
  });

  it('refuses to start when a handler answers no route, naming it', () => {
    const handlers: Record<string, unknown> = Object.fromEntries(Object.keys(routeTable).map((key) => [key, handlerFor(key)]));
    handlers.notARoute = handlerFor('notARoute');
    assert.throws(() => checkHandlers(routeTable, handlers), /handler notARoute answers no route of the table/);
  });

  it('a handler for every route passes, and each answers its own route', async () => {
    const handlers = Object.fromEntries(Object.keys(routeTable).map((key) => [key, handlerFor(key)]));
    const app = new Hono();
    registerRoutes(app, routeTable, handlers as never);
    const board = slug('b');
    const answer = await call(app, 'GET', `/v1/boards/${board}/mine`, { headers: { 'Copro-Participant': uid() } });
    assert.deepEqual(answer.body, { key: 'boardMine' });
    const support = await call(app, 'PUT', `/v1/boards/${board}/posts/${uid()}/support`, { headers: { 'Copro-Participant': uid() } });
    assert.deepEqual(support.body, { key: 'supportPost' });
  });

  it('path parameters and the Copro-Participant header are checked against the table before the handler runs', async () => {
    let ran = false;
    const handlers = Object.fromEntries(Object.keys(routeTable).map((key) => [key, () => ((ran = true), new Response('ran'))]));
    const app = new Hono();
    app.onError((error, c) => c.json({ message: error.message }, 400));
    registerRoutes(app, routeTable, handlers as never);
    const noHeader = await call(app, 'GET', `/v1/boards/${slug('b')}/mine`);
    assert.equal(noHeader.status, 400);
    assert.match(noHeader.body.message, /Copro-Participant/);
    const badPost = await call(app, 'PUT', `/v1/boards/b/posts/not-a-uuid/support`, { headers: { 'Copro-Participant': uid() } });
    assert.equal(badPost.status, 400);
    assert.equal(ran, false);
  });

  it('the types refuse a missing handler and a handler for no route', () => {
    // Checked by `tsc --noEmit` (this file is in the project): each line below must be an error.
    const all = Object.fromEntries(Object.keys(routeTable).map((key) => [key, handlerFor(key)])) as unknown as Handlers;
    const { boardMine: _left, ...withoutOne } = all;
    // @ts-expect-error: boardMine has no handler
    const missing: Handlers = withoutOne;
    // @ts-expect-error: notARoute is not a route of the table
    const extra = { notARoute: () => new Response() } satisfies SomeHandlers;
    assert.ok(missing && extra);
  });
});

describe('stores throw domain errors; one place maps them to HTTP', () => {
  const handle = memoryDatabase();

  it('no store imports the HTTP errors', () => {
    const dir = new URL('../src/store/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      assert.doesNotMatch(source, /from '\.\.\/http\/errors|new ApiError/, `${file} uses the HTTP errors`);
    }
  });

  it('a store refuses with a DomainError', async () => {
    const boards = new BoardStore(handle.db, false, () => new Date());
    await assert.rejects(boards.get(slug('nowhere')), (error) => error instanceof DomainError && error.kind === 'not_found');
  });

  it('each kind keeps its status and code', () => {
    const answers = [notFound('board'), invalid('bad'), conflict('full'), idConflict(), closed('closed'), gone()].map((error) => {
      const answer = asApiError(error)!;
      return [error.kind, answer.status, answer.code];
    });
    assert.deepEqual(answers, [
      ['not_found', 404, 'not_found'],
      ['invalid', 400, 'validation_failed'],
      ['conflict', 409, 'conflict'],
      ['id_conflict', 409, 'id_conflict'],
      ['closed', 409, 'closed'],
      ['gone', 410, 'gone'],
    ]);
    assert.equal(asApiError(new Error('unexpected')), undefined);
  });
});

describe('participant ids stay out of addresses', () => {
  const handle = memoryDatabase();

  it('supports with the Copro-Participant header, and the v1 path with the id in it still works', async () => {
    const app = await handle.app();
    const board = slug('b');
    const post = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'More benches' } })).body;
    const fan = uid();
    const headers = { 'Copro-Participant': fan };
    const path = `/v1/boards/${board}/posts/${post.id}/support`;
    assert.deepEqual((await call(app, 'PUT', path, { headers })).body, { supported: true, supportCount: 1 });
    assert.deepEqual((await call(app, 'PUT', path, { headers })).body, { supported: true, supportCount: 1 });
    // The same participant through the old path: the same support, not a second one.
    assert.deepEqual((await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/supports/${fan}`)).body, { supported: true, supportCount: 1 });
    assert.deepEqual((await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/supports/${uid()}`)).body, { supported: true, supportCount: 2 });
    assert.deepEqual((await call(app, 'DELETE', path, { headers })).body, { supported: false, supportCount: 1 });
    const refused = await call(app, 'PUT', path);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'validation_failed');
    assert.deepEqual(refused.body.error.issues[0].path, ['Copro-Participant']);
    const notAnId = await call(app, 'PUT', path, { headers: { 'Copro-Participant': 'me' } });
    assert.equal(notAnId.status, 400);
    const elsewhere = await call(app, 'PUT', `/v1/boards/${board}/posts/${uid()}/support`, { headers });
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.body.error.code, 'not_found');
  });

  it('GET /mine answers what this reader supports, wrote and has waiting; public pages are the same for everyone', async () => {
    const app = await handle.app();
    const board = slug('b');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'before' } });
    const me = uid();
    const other = uid();
    const write = (participant: string, body: string) =>
      call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant, body } }).then((answer) => answer.body);
    const mineVisible = await write(me, 'Shade in the park');
    const minePending = await write(me, 'A bus shelter');
    const theirs = await write(other, 'Longer opening hours');
    const theirsPending = await write(other, 'Not shown to me');
    for (const post of [mineVisible, theirs]) {
      await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/visibility`, { token: TOKEN, body: { visibility: 'visible' } });
    }
    await call(app, 'PUT', `/v1/boards/${board}/posts/${theirs.id}/support`, { headers: { 'Copro-Participant': me } });

    const mine = await call(app, 'GET', `/v1/boards/${board}/mine`, { headers: { 'Copro-Participant': me } });
    assert.equal(mine.status, 200);
    assert.match(mine.headers.get('cache-control')!, /no-store/);
    assert.deepEqual(mine.body.supported, [theirs.id]);
    assert.deepEqual(mine.body.pending.map((post: { id: string }) => post.id), [minePending.id]);
    assert.equal(mine.body.pending[0].mine, true);
    assert.deepEqual([...mine.body.posted].sort(), [mineVisible.id, minePending.id].sort());
    assert.ok(!JSON.stringify(mine.body).includes(theirsPending.id), "another reader's pending post is never shown");
    assert.ok(!JSON.stringify(mine.body).includes(me), 'no participant id in the answer');

    const stranger = await call(app, 'GET', `/v1/boards/${board}/mine`, { headers: { 'Copro-Participant': uid() } });
    assert.deepEqual(stranger.body, { supported: [], pending: [], posted: [] });
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/mine`)).status, 400);
  });

  it('GET /mine is two statements (the board is asked for only for the 404 of an unknown board without auto-creation)', async () => {
    const { db, statements } = countingStatements(handle.db);
    const app = await createApp({ db, log: () => {}, writeRateLimit: { limit: 1_000_000, windowSeconds: 60 } });
    const board = slug('mine-statements');
    const me = uid();
    await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: me, body: 'Benches by the river' } });
    statements.length = 0;
    const mine = await call(app, 'GET', `/v1/boards/${board}/mine`, { headers: { 'Copro-Participant': me } });
    assert.equal(mine.body.posted.length, 1);
    assert.equal(statements.length, 2, statements.join('\n---\n'));
    // A reader with nothing on an unknown board: the empty answer with auto-creation, 404 without.
    const none = { headers: { 'Copro-Participant': uid() } };
    assert.deepEqual((await call(app, 'GET', `/v1/boards/${slug('none')}/mine`, none)).body, { supported: [], pending: [], posted: [] });
    const strict = await createApp({ db, log: () => {}, autoCreate: false });
    assert.equal((await call(strict, 'GET', `/v1/boards/${slug('none')}/mine`, none)).status, 404);
    assert.deepEqual((await call(strict, 'GET', `/v1/boards/${board}/mine`, none)).body, { supported: [], pending: [], posted: [] });
  });

  it('a post stores its board only when the board is not stored yet: no INSERT INTO boards on a board that is', async () => {
    const { db, statements } = countingStatements(handle.db);
    const app = await createApp({ db, log: () => {}, writeRateLimit: { limit: 1_000_000, windowSeconds: 60 } });
    const board = slug('ensure');
    const send = (body: string) => call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body } });
    const storesBoard = () => statements.filter((sql) => /INSERT INTO boards\b/.test(sql)).length;
    assert.equal((await send('The first post on a new board')).status, 201);
    assert.equal(storesBoard(), 1);
    statements.length = 0;
    assert.equal((await send('The second')).status, 201);
    assert.equal(storesBoard(), 0, statements.join('\n---\n'));
    const stored = await handle.db.query<{ title: string }>('SELECT title FROM boards WHERE id = $1', [board]);
    assert.deepEqual(stored.rows.map((row) => row.title), [(await call(app, 'GET', `/v1/boards/${board}`)).body.title]);
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items.length, 2);
  });

  it('answers are checked against their schemas only with checkAnswers (on in the tests): a row the contract does not allow is a 500 then, and is sent as it is otherwise', async () => {
    const board = slug('unchecked');
    // A post stored under an id the contract does not allow (ids are UUIDs), as an old import might have left one.
    await handle.db.query('INSERT INTO boards (id, title) VALUES ($1, $2)', [board, 'Unchecked']);
    await handle.db.query("INSERT INTO posts (id, board_id, participant, body, visibility) VALUES ('not-a-uuid', $1, $2, 'Benches', 'visible')", [board, uid()]);
    const checked = await handle.app();
    const refused = await call(checked, 'GET', `/v1/boards/${board}/posts`);
    assert.equal(refused.status, 500);
    assert.equal(JSON.stringify(refused.body).includes('not-a-uuid'), false, 'nothing of the wrong answer goes out');
    const trusting = await createApp({ db: handle.db, log: () => {} });
    const sent = await call(trusting, 'GET', `/v1/boards/${board}/posts`);
    assert.equal(sent.status, 200);
    assert.deepEqual(sent.body.items.map((post: { id: string }) => post.id), ['not-a-uuid']);
  });

  it('CORS lets a page send the Copro-Participant header', async () => {
    const app = await handle.app({ allowedOrigins: ['https://council.example'] });
    const preflight = await call(app, 'OPTIONS', `/v1/boards/b/posts/${uid()}/support`, {
      headers: { origin: 'https://council.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'copro-participant' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers')!, /(^|, )Copro-Participant(,|$)/);
  });
});
