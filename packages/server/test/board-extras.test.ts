/**
 * The board extras: similar-post search (pg_trgm), the staff CSV export, the Atom feed of answers,
 * the signed webhook and the honeypot. On PGlite; `contract.ts` covers the rest of the API.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import * as z from 'zod/mini';
import { Post, SimilarPosts, WebhookDelivery, postCsvColumns, routes } from '@copro/protocol';
import { verifyWebhookSignature } from '../src/webhooks.ts';
import { csvCell } from '../src/routes/board-export.ts';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();
const makeApp = memory.app;
type App = Awaited<ReturnType<typeof makeApp>>;

async function post(app: App, board: string, body: string, fields: Record<string, unknown> = {}) {
  const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body, ...fields } });
  assert.ok(answer.status === 201 || answer.status === 200, JSON.stringify(answer.body));
  return Post.parse(answer.body);
}
const count = async (board: string) => Number((await memory.db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM posts WHERE board_id = $1', [board])).rows[0].n);

describe('similar posts', () => {
  it('finds visible posts like the words typed, most alike first, on this board only', async () => {
    const app = await makeApp();
    const board = slug('similar');
    const club = await post(app, board, 'Open the youth club on Saturday evenings');
    const bus = await post(app, board, 'Cheaper bus fares for under 18s');
    await post(app, slug('other'), 'Open the youth club on Saturday evenings please');
    const hidden = await post(app, board, 'Youth club open on Saturday evening too');
    await call(app, 'PUT', `/v1/boards/${board}/posts/${hidden.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });

    const answer = await call(app, 'GET', `/v1/boards/${board}/similar?q=${encodeURIComponent('youth club saturdays')}`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const items = SimilarPosts.parse(answer.body).items;
    assert.deepEqual(items.map((item) => item.id), [club.id]);
    assert.ok(!items.some((item) => item.id === bus.id || item.id === hidden.id));

    const buses = SimilarPosts.parse((await call(app, 'GET', `/v1/boards/${board}/similar?q=bus%20fares`)).body).items;
    assert.deepEqual(buses.map((item) => item.id), [bus.id]);
    const none = SimilarPosts.parse((await call(app, 'GET', `/v1/boards/${board}/similar?q=skate%20park`)).body).items;
    assert.deepEqual(none, []);
  });

  it('marks the posts the participant supports, and refuses a query too short to compare', async () => {
    const app = await makeApp();
    const board = slug('similar');
    const club = await post(app, board, 'A quiet room to study after school');
    const me = uid();
    await call(app, 'PUT', `/v1/boards/${board}/posts/${club.id}/supports/${me}`);
    const mine = SimilarPosts.parse((await call(app, 'GET', `/v1/boards/${board}/similar?q=quiet%20study%20room&participant=${me}`)).body).items;
    assert.equal(mine[0].id, club.id);
    assert.equal(mine[0].supported, true);
    // The reader in the Copro-Participant header, out of the logged address (issue 16).
    const byHeader = SimilarPosts.parse((await call(app, 'GET', `/v1/boards/${board}/similar?q=quiet%20study%20room`, { headers: { 'Copro-Participant': me } })).body).items;
    assert.equal(byHeader[0].supported, true, 'the header marks the reader as the query parameter does');
    const someoneElse = SimilarPosts.parse((await call(app, 'GET', `/v1/boards/${board}/similar?q=quiet%20study%20room`, { headers: { 'Copro-Participant': uid() } })).body).items;
    assert.equal(someoneElse[0].supported, false);
    const malformed = await call(app, 'GET', `/v1/boards/${board}/similar?q=quiet%20study%20room`, { headers: { 'Copro-Participant': 'not-an-id' } });
    assert.equal(malformed.status, 200, 'a malformed header only loses the marks');
    assert.equal(SimilarPosts.parse(malformed.body).items[0].supported, false);
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/similar?q=ab`)).status, 400);
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/similar`)).status, 400);
  });
});

describe('CSV export', () => {
  it('needs the staff token', async () => {
    const app = await makeApp();
    const answer = await call(app, 'GET', `/v1/boards/${slug('csv')}/export.csv`);
    assert.equal(answer.status, 401);
    assert.equal((await call(app, 'GET', `/v1/boards/${slug('csv')}/export.csv`, { token: 'wrong' })).status, 401);
  });

  it('lists every post (all visibilities) with quotes, commas, line breaks and formula-like text made safe', async () => {
    const app = await makeApp();
    const board = slug('csv');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'before' } });
    const tricky = await post(app, board, 'Say "hello", then\nnew line', { displayName: 'Siân' });
    const formula = await post(app, board, '=HYPERLINK("http://evil.example")');
    await call(app, 'PUT', `/v1/boards/${board}/posts/${tricky.id}/visibility`, { token: TOKEN, body: { visibility: 'visible' } });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${tricky.id}/response`, { token: TOKEN, body: { status: 'planned', message: 'We will, in May.' } });

    const answer = await call(app, 'GET', `/v1/boards/${board}/export.csv`, { token: TOKEN });
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type')!, /^text\/csv/);
    assert.match(answer.headers.get('content-disposition')!, new RegExp(`attachment; filename="${board}-posts.csv"`));
    const text = answer.body as string;
    assert.ok(text.startsWith(`${postCsvColumns.join(',')}\r\n`));
    // A UTF-8 byte-order mark first (text() drops it), so spreadsheets read Welsh letters right.
    const raw = new Uint8Array(await (await app.request(`/v1/boards/${board}/export.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).arrayBuffer());
    assert.deepEqual([...raw.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(text.includes(`${tricky.id},${tricky.createdAt},visible,,Siân,"Say ""hello"", then\nnew line",0,planned,"We will, in May.",`));
    assert.ok(text.includes(`${formula.id},${formula.createdAt},pending,,,"'=HYPERLINK(""http://evil.example"")",0,,,,,,online,\r\n`));
    assert.equal(text.split('\r\n').filter(Boolean).length, 3);
  });

  it('streams a board larger than one batch, every post once', async () => {
    const app = await makeApp();
    const board = slug('csv');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: {} }); // a read no longer stores the board
    await memory.db.query(
      `INSERT INTO posts (id, board_id, participant, body, visibility, created_at)
       SELECT gen_random_uuid()::text, $1, 'p', 'post ' || n, 'visible', now() - n * interval '1 second' FROM generate_series(1, 1203) AS n`,
      [board],
    );
    const text = (await call(app, 'GET', `/v1/boards/${board}/export.csv`, { token: TOKEN })).body as string;
    const ids = text.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]);
    assert.equal(ids.length, 1203);
    assert.equal(new Set(ids).size, 1203);
  });

  it('csvCell leaves plain values alone and quotes only what needs it', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell('-3'), "'-3");
    assert.equal(csvCell('@home'), "'@home");
    assert.equal(csvCell('a,b'), '"a,b"');
  });
});

describe('Atom feed of answered posts', () => {
  it('lists answered visible posts, newest answer first, escaped, in English or Welsh', async () => {
    const app = await makeApp();
    const board = slug('feed');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { title: 'Parks & <play>' } });
    const first = await post(app, board, 'More benches <script>alert(1)</script> in the park');
    const second = await post(app, board, 'A skate park');
    const unanswered = await post(app, board, 'Longer library hours');
    const hidden = await post(app, board, 'Hidden but answered');
    await call(app, 'PUT', `/v1/boards/${board}/posts/${first.id}/response`, { token: TOKEN, body: { status: 'done', message: 'Six new benches & a bin.' } });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${hidden.id}/response`, { token: TOKEN, body: { status: 'heard', message: 'Thanks' } });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${hidden.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${second.id}/response`, { token: TOKEN, body: { status: 'not-doing', message: 'No site is big enough.' } });

    const answer = await call(app, 'GET', `/v1/boards/${board}/feed.atom`);
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type')!, /^application\/atom\+xml/);
    const feed = answer.body as string;
    assert.match(feed, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    assert.ok(feed.includes('<title>Parks &amp; &lt;play&gt;</title>'));
    assert.ok(!feed.includes('<script>'));
    assert.ok(feed.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(feed.includes('Six new benches &amp; a bin.'));
    const ids = [...feed.matchAll(/<id>urn:uuid:([0-9a-f-]+)<\/id>/g)].map((match) => match[1]);
    assert.deepEqual(ids, [second.id, first.id]);
    assert.ok(!feed.includes(unanswered.id) && !feed.includes(hidden.id));
    assert.ok(feed.includes('<title>Not doing: A skate park</title>'));

    const welsh = (await call(app, 'GET', `/v1/boards/${board}/feed.atom?lang=cy`)).body as string;
    assert.ok(welsh.includes('xml:lang="cy"'));
    assert.ok(welsh.includes('Ddim yn gwneud hyn: A skate park'));
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/feed.atom?lang=fr`)).status, 400);
  });
});

describe('webhook', () => {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let status = 200;
  const receiver = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(status).end();
    });
  });
  let url = '';
  before(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('sends new posts and responses once each, signed with HMAC-SHA256 of a timestamp and the raw body', async () => {
    received.length = 0;
    status = 200;
    const secret = 'webhook-secret';
    const app = await makeApp({ webhookUrl: url, webhookSecret: secret });
    const board = slug('hook');
    const id = uid();
    const body = { id, participant: uid(), body: 'Free period products in youth centres' };
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/posts`, { body })).status, 201);
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/posts`, { body })).status, 200); // a replay is not news
    await call(app, 'PUT', `/v1/boards/${board}/posts/${id}/response`, { token: TOKEN, body: { status: 'planned', message: 'From June.' } });
    const deadline = Date.now() + 5000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100)); // and no third one
    assert.equal(received.length, 2);
    const deliveries = received.map((item) => WebhookDelivery.parse(JSON.parse(item.body)));
    assert.deepEqual(deliveries.map((item) => item.event).sort(), ['post.created', 'post.responded']);
    for (const [index, item] of received.entries()) {
      assert.match(String(item.headers['x-copro-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
      assert.ok(verifyWebhookSignature(secret, String(item.headers['x-copro-signature']), item.body));
      assert.equal(item.headers['x-copro-event'], deliveries[index].event);
      assert.equal(item.headers['x-copro-delivery'], deliveries[index].id);
      assert.equal(deliveries[index].board, board);
      assert.equal(deliveries[index].post.id, id);
    }
    const responded = deliveries.find((item) => item.event === 'post.responded')!;
    assert.equal(responded.post.response?.status, 'planned');
    // A receiver can check it the same way:
    assert.ok(!verifyWebhookSignature('another-secret', String(received[0].headers['x-copro-signature']), received[0].body));
  });

  it('tells staff that posts wait for moderation at most once an hour per board, across servers, with the count', async () => {
    received.length = 0;
    status = 200;
    let clock = Date.parse('2026-12-05T10:00:00Z');
    const now = () => new Date(clock);
    // Two servers on one database, sharing the clock the test moves.
    const [one, two] = await Promise.all([makeApp({ webhookUrl: url, webhookSecret: 's', now }), makeApp({ webhookUrl: url, webhookSecret: 's', now })]);
    const board = slug('waiting');
    const quiet = slug('waiting-after');
    await call(one, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'before' } });
    const waitingEvents = async (wanted: number) => {
      const deadline = Date.now() + 3000;
      const pick = () => received.map((item) => WebhookDelivery.parse(JSON.parse(item.body))).filter((item) => item.event === 'moderation.waiting');
      while (pick().length < wanted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return pick();
    };
    await Promise.all([post(one, board, 'First waiting post'), post(two, board, 'Second waiting post')]);
    await post(one, quiet, 'Shown at once: no notice');
    let events = await waitingEvents(1);
    assert.equal(events.length, 1, 'one notice for two posts on two servers');
    assert.equal(events[0].board, board);
    assert.ok(events[0].waiting === 1 || events[0].waiting === 2);
    assert.equal(received.find((item) => item.body.includes('moderation.waiting'))!.headers['x-copro-event'], 'moderation.waiting');

    clock += 59 * 60_000;
    await post(two, board, 'Still within the hour');
    assert.equal((await waitingEvents(2)).length, 1, 'none again within the hour');

    clock += 2 * 60_000;
    await post(one, board, 'An hour on');
    events = await waitingEvents(2);
    assert.equal(events.length, 2, 'another after an hour');
    assert.equal(events[1].waiting, 4);

    const count = await call(two, 'GET', `/v1/boards/${board}/waiting`, { token: TOKEN });
    assert.equal(count.body.waiting, 4);
    assert.equal(typeof count.body.oldestAt, 'string');
    assert.deepEqual((await call(two, 'GET', `/v1/boards/${quiet}/waiting`, { token: TOKEN })).body, { waiting: 0, oldestAt: null });
    assert.equal((await call(two, 'GET', `/v1/boards/${board}/waiting`)).status, 401);
  });

  it('never delays or fails the write when the receiver is down or failing', async () => {
    const board = slug('hook');
    const down = await makeApp({ webhookUrl: 'http://127.0.0.1:9/nothing', webhookSecret: 's' });
    const started = performance.now();
    const answer = await call(down, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Still stored' } });
    assert.equal(answer.status, 201);
    assert.ok(performance.now() - started < 2000);

    received.length = 0;
    status = 500;
    const failing = await makeApp({ webhookUrl: url, webhookSecret: 's' });
    assert.equal((await call(failing, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Also stored' } })).status, 201);
    assert.equal(await count(board), 2);
    status = 200;
  });
});

describe('honeypot', () => {
  it('answers a post with the hidden field filled as if stored, and stores nothing', async () => {
    const app = await makeApp();
    const board = slug('honey');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'before' } });
    const id = uid();
    const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, {
      body: { id, participant: uid(), body: 'Buy cheap watches', website: 'http://spam.example' },
    });
    assert.equal(answer.status, 201);
    const shown = Post.parse(answer.body);
    assert.equal(shown.id, id);
    assert.equal(shown.visibility, 'pending');
    assert.equal(await count(board), 0);
    // An empty honeypot is a person: stored as usual.
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Real', website: '' } })).status, 201);
    assert.equal(await count(board), 1);
  });
});

describe('OpenAPI', () => {
  it('documents the extras with their media types and the export as a staff call', async () => {
    const app = await makeApp();
    const doc = (await call(app, 'GET', '/v1/openapi.json')).body;
    assert.ok(doc.paths['/v1/boards/{board}/similar'].get.parameters.some((p: { name: string }) => p.name === 'q'));
    assert.ok(doc.paths['/v1/boards/{board}/export.csv'].get.security);
    assert.ok(doc.paths['/v1/boards/{board}/export.csv'].get.responses['200'].content['text/csv']);
    assert.ok(doc.paths['/v1/boards/{board}/feed.atom'].get.responses['200'].content['application/atom+xml']);
    assert.ok(doc.paths['/v1/boards/{board}/posts'].post.requestBody.content['application/json'].schema.properties.website);
    assert.ok(routes.some((route) => route.path === '/v1/boards/{board}/similar'));
    assert.ok(z.safeParse(SimilarPosts, { items: [] }).success);
  });
});
