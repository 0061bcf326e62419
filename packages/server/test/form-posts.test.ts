/**
 * The board's no-JavaScript fallback: `POST /v1/boards/{board}/posts/form` takes a plain HTML
 * form, stores the post through the same schema and store as the JSON route, and sends the
 * browser back (303) to an allowed page with `#copro-thanks`. Never an open redirect.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp, type Database, type ServerOptions } from '../src/index.ts';
import { openPglite } from '../src/db/pglite.ts';
import { migrate } from '../src/db/migrate.ts';
import { slug, uid, testAppOptions } from './helpers.ts';

let db: Database;
before(async () => {
  db = await openPglite('memory://');
  await migrate(db);
});
after(async () => {
  await db?.close();
});

const makeApp = (options: Partial<ServerOptions> = {}) =>
  createApp({ db, ...testAppOptions, ...options });
type App = Awaited<ReturnType<typeof makeApp>>;

const SERVER = 'http://copro.test';

async function send(app: App, board: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return app.request(`${SERVER}/v1/boards/${board}/posts/form`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

const stored = async (board: string) =>
  (await db.query<{ id: string; body: string; display_name: string | null; participant: string }>('SELECT id, body, display_name, participant FROM posts WHERE board_id = $1 ORDER BY created_at', [board])).rows;

describe('board form posts (no JavaScript)', () => {
  it('stores the post and sends the browser back to the page with #copro-thanks', async () => {
    const app = await makeApp();
    const board = slug('form');
    const answer = await send(app, board, { body: 'A skate park\r\nby the library', displayName: 'Sam', website: '', return: `${SERVER}/consultation?x=1#ideas` }, { origin: SERVER });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), `${SERVER}/consultation?x=1#copro-thanks`);
    const rows = await stored(board);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].body, 'A skate park\nby the library');
    assert.equal(rows[0].display_name, 'Sam');
    assert.match(rows[0].participant, /^[0-9a-f-]{36}$/);
  });

  it('resolves a relative return against the page that posted, and stores a client-made id once', async () => {
    const app = await makeApp();
    const board = slug('form');
    const id = uid();
    for (let i = 0; i < 2; i++) {
      const answer = await send(app, board, { id, body: 'Free swimming in the holidays', return: '/have-your-say/' }, { origin: SERVER });
      assert.equal(answer.headers.get('location'), `${SERVER}/have-your-say/#copro-thanks`);
    }
    const rows = await stored(board);
    assert.deepEqual(rows.map((row) => row.id), [id]);
  });

  it('honours the honeypot: thanks, and nothing stored', async () => {
    const app = await makeApp();
    const board = slug('form');
    const answer = await send(app, board, { body: 'Buy cheap watches', website: 'http://spam.example', return: '/' }, { origin: SERVER });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), `${SERVER}/#copro-thanks`);
    assert.equal((await stored(board)).length, 0);
  });

  it('sends the browser back with #copro-not-sent when the post is refused', async () => {
    const app = await makeApp();
    const board = slug('form');
    const empty = await send(app, board, { body: '   ', return: '/' }, { origin: SERVER });
    assert.equal(empty.headers.get('location'), `${SERVER}/#copro-not-sent`);
    const badCategory = await send(app, board, { body: 'Ok', category: 'no-such-category', return: '/' }, { origin: SERVER });
    assert.equal(badCategory.headers.get('location'), `${SERVER}/#copro-not-sent`);
    assert.equal((await stored(board)).length, 0);
  });

  it('never redirects to a site outside the allow-list (no open redirect)', async () => {
    const app = await makeApp({ allowedOrigins: ['https://council.example'] });
    const board = slug('form');
    const allowed = await send(app, board, { body: 'One', return: 'https://council.example/consult' }, { origin: 'https://council.example' });
    assert.equal(allowed.headers.get('location'), 'https://council.example/consult#copro-thanks');

    // Posted from our own page, but asking to be sent elsewhere: stored, and a plain thank-you page instead.
    for (const elsewhere of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', 'https://council.example.evil.example/']) {
      const answer = await send(app, board, { body: 'Two', return: elsewhere }, { origin: SERVER });
      assert.equal(answer.status, 200, elsewhere);
      assert.equal(answer.headers.get('location'), null, elsewhere);
      assert.match(answer.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(await answer.text(), /Thank you/);
    }
    // From a site outside the list: refused by CORS before anything is stored.
    const foreign = await send(app, board, { body: 'Three', return: 'https://evil.example/' }, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.deepEqual((await stored(board)).map((row) => row.body), ['One', 'Two', 'Two', 'Two', 'Two']);
  });

  it('with an allow-list of *, goes back only to the origin the form was posted from', async () => {
    const app = await makeApp({ allowedOrigins: ['*'] });
    const board = slug('form');
    const same = await send(app, board, { body: 'One', return: 'https://charity.example/ideas' }, { origin: 'https://charity.example' });
    assert.equal(same.headers.get('location'), 'https://charity.example/ideas#copro-thanks');
    const other = await send(app, board, { body: 'Two', return: 'https://evil.example/' }, { origin: 'https://charity.example' });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('location'), null);
  });

  it('falls back to the Referer, and refuses anything but a urlencoded form', async () => {
    const app = await makeApp();
    const board = slug('form');
    const answer = await send(app, board, { body: 'From the referer' }, { origin: SERVER, referer: `${SERVER}/page#old` });
    assert.equal(answer.headers.get('location'), `${SERVER}/page#copro-thanks`);
    const json = await app.request(`${SERVER}/v1/boards/${board}/posts/form`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: SERVER },
      body: JSON.stringify({ body: 'x' }),
    });
    assert.equal(json.status, 415);
  });
});
