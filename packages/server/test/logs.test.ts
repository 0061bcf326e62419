/**
 * What the server gives away besides its answers: its log lines (no post text, notes, comments,
 * display names, participant ids or tokens, even when the database fails), and the security
 * headers on every answer.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { execFileSync } from 'node:child_process';
import { createApp, type Database } from '../src/index.ts';
import { defaults } from '../src/config.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { apiContentSecurityPolicy, hstsValue, staticContentSecurityPolicy } from '../src/http/security-headers.ts';
import { TOKEN, call, slug, testAppOptions } from './helpers.ts';

let db: Database;
before(async () => {
  db = await openPglite('memory://');
  await migrate(db);
});
after(() => db?.close());

/** Text no log line may hold; each is unusual enough that a hit is a leak, not chance. */
const secret = {
  body: 'My neighbour Zebedee Quarrington at 14 Fictional Lane needs help',
  name: 'Quenella Vantablack',
  note: 'Spoke to Ottoline at the Xylophone Youth Club',
  comment: 'Unclear about Marmaduke-benefit rules',
  hint: 'Ask Perpetua in the kitchen',
  answer: 'We called Wilhelmina back on Tuesday',
  label: 'Friends of Barnabus Park',
};

describe('log lines hold no personal data, post text or tokens', () => {
  it('every kind of write and read, good and bad, logs only method, route, status and time', async () => {
    const lines: string[] = [];
    const app = await createApp({ db, ...testAppOptions, log: (line) => lines.push(line) });
    const participant = randomUUID();
    const board = slug('logs-board');
    const room = slug('logs-room');
    const ladder = slug('logs-ladder');
    const post = randomUUID();
    const wrongToken = 'wrong-token-Hyacinth-9081';
    const calls: Array<Parameters<typeof call>> = [];
    const add = (...args: Parameters<typeof call>) => calls.push(args);

    add(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: post, participant, body: secret.body, displayName: secret.name } });
    add(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: post, participant, body: secret.body, displayName: secret.name } }); // replay
    add(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: randomUUID(), participant, body: `${secret.body}\u0000`, displayName: secret.name } }); // refused
    add(app, 'GET', `/v1/boards/${board}/posts?participant=${participant}`);
    add(app, 'GET', `/v1/boards/${board}/similar?q=${encodeURIComponent(secret.body)}&participant=${participant}`);
    add(app, 'PUT', `/v1/boards/${board}/posts/${post}/supports/${participant}`);
    add(app, 'PUT', `/v1/boards/${board}/posts/${post}/response`, { token: TOKEN, body: { status: 'done', message: secret.answer } });
    add(app, 'PUT', `/v1/boards/${board}/posts/${post}/response`, { token: wrongToken, body: { status: 'done', message: secret.answer } });
    add(app, 'GET', `/v1/boards/${board}/export.csv`, { token: TOKEN });
    add(app, 'GET', `/v1/boards/${board}/feed.atom`);
    add(app, 'PUT', `/v1/rooms/${room}/groups/young-people`, { body: { status: 'present', note: secret.note, revision: 0 } });
    add(app, 'PUT', `/v1/rooms/${room}/groups/young-people`, { body: { status: 'missing', note: secret.note, revision: 0 } }); // 409
    add(app, 'POST', `/v1/rooms/${room}/groups`, { body: { id: 'barnabus', label: secret.label, hint: secret.hint } });
    add(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: randomUUID(), participant, role: 'staff', now: 'informing', comment: secret.comment } });
    add(app, 'POST', '/v1/clarity', { body: { id: randomUUID(), page: '/benefits', block: 'intro', version: 'plain', clear: false, comment: secret.comment } });
    add(app, 'GET', `/v1/clarity?page=/benefits`, { token: TOKEN });
    add(app, 'POST', `/v1/boards/${board}/posts`, { raw: `{"body": "${secret.body}", oops`, headers: { 'content-type': 'application/json' } });
    add(app, 'GET', `/v1/boards/${board}/${encodeURIComponent(secret.name)}`);
    for (const args of calls) await call(...args);

    // The wrong token is also a security event, on a line of its own (address and count, no token).
    const requestLines = lines.filter((line) => !/^\S+Z security /.test(line));
    assert.equal(lines.length - requestLines.length, 1, 'one security event');
    assert.equal(requestLines.length, calls.length, 'one line per request');
    assert.ok(requestLines.every((line) => /^\S+Z (GET|POST|PUT|DELETE) \S+ \d{3} [\d.]+ms$/.test(line)), lines.join('\n'));
    assertNoLeak(lines, [participant, TOKEN, wrongToken, board, room, ladder, post]);
  });

  it('a failing database logs the kind of error, not the values it echoes', async () => {
    const lines: string[] = [];
    // PostgreSQL's own messages can quote what was sent (`invalid input syntax for type uuid: "…"`,
    // `Key (id)=(…) already exists`); a driver that fails that way must not put it in the log.
    const echoing: Database = {
      ...db,
      kind: db.kind,
      transaction: db.transaction.bind(db),
      close: async () => {},
      exec: db.exec.bind(db),
      async query(sql, params) {
        if (/INSERT INTO (posts|clarity|ratings)/.test(sql)) {
          throw Object.assign(new Error(`invalid input syntax for type text: "${JSON.stringify(params)}"`), { code: '22P02' });
        }
        return db.query(sql, params);
      },
    };
    const app = await createApp({ db: echoing, ...testAppOptions, log: (line) => lines.push(line) });
    const participant = randomUUID();
    const answer = await call(app, 'POST', `/v1/boards/${slug('logs-fail')}/posts`, { body: { id: randomUUID(), participant, body: secret.body, displayName: secret.name } });
    assert.equal(answer.status, 500);
    assert.ok(!JSON.stringify(answer.body).includes('Zebedee'), 'the answer repeats the database error');
    const clarity = await call(app, 'POST', '/v1/clarity', { body: { id: randomUUID(), page: '/p', block: 'b', version: 'plain', clear: true, comment: secret.comment } });
    assert.equal(clarity.status, 500);
    assert.ok(lines.some((line) => /^error Error 22P02 at packages\/server\/src\/\S+:\d+$/.test(line)), `the failure is logged with its code and place: ${lines.join('\n')}`);
    assertNoLeak(lines, [participant]);
  });
});

function assertNoLeak(lines: string[], extra: string[]): void {
  const log = lines.join('\n');
  for (const value of [...Object.values(secret), ...extra]) {
    // Any distinctive word of it, in any case: a leak may be cut, quoted or escaped.
    const needles = value.length <= 40 ? [value] : value.split(/\s+/).filter((word) => word.length >= 8);
    for (const needle of needles) assert.ok(!log.toLowerCase().includes(needle.toLowerCase()), `the log holds "${needle}":\n${log}`);
  }
}

describe('security headers on every answer', () => {
  let publicDir: string;
  before(async () => {
    publicDir = await mkdtemp(join(tmpdir(), 'copro-headers-'));
    await writeFile(join(publicDir, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(publicDir, 'copro.js'), 'export {};');
  });
  after(() => rm(publicDir, { recursive: true, force: true }));

  const makeApp = (proxied = false) =>
    createApp({ db, adminToken: TOKEN, publicDir, extraStatic: { '/copro/': publicDir }, trustProxy: proxied ? ['127.0.0.1'] : [], writeRateLimit: { limit: 2, windowSeconds: 60 }, log: () => {} });

  it('API answers (2xx, 4xx, 401, 404, 413, 415, 429) carry the strict set', async () => {
    const app = await makeApp(true);
    const board = slug('headers');
    const ip = `10.9.${process.pid % 250}.${Math.floor(Math.random() * 250)}`; // counted apart from other tests' writes
    const answers = [
      await call(app, 'GET', '/v1/health'),
      await call(app, 'GET', `/v1/boards/${board}/posts`),
      await call(app, 'GET', '/v1/boards/Not_A_Slug'),
      await call(app, 'GET', '/v1/nothing-here'),
      await call(app, 'GET', `/v1/boards/${board}/export.csv`),
      await call(app, 'POST', `/v1/boards/${board}/posts`, { ip, raw: 'x', headers: { 'content-type': 'text/plain' } }),
      await call(app, 'POST', `/v1/boards/${board}/posts`, { ip, raw: '{', headers: { 'content-type': 'application/json', 'content-length': '999999' } }),
      await call(app, 'OPTIONS', `/v1/boards/${board}/posts`, { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }),
    ];
    for (let i = 0; i < 2; i++) answers.push(await call(app, 'POST', `/v1/boards/${board}/posts`, { ip, body: { id: randomUUID(), participant: randomUUID(), body: 'x' } }));
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 200, 400, 404, 401, 415, 413, 403, 201, 429], // the 415 counts as a write (limit 2)
    );
    for (const answer of answers) {
      const h = answer.headers;
      assert.equal(h.get('content-security-policy'), apiContentSecurityPolicy);
      assert.equal(h.get('x-content-type-options'), 'nosniff');
      assert.equal(h.get('referrer-policy'), 'no-referrer');
      assert.equal(h.get('x-frame-options'), 'DENY');
      assert.equal(h.get('cross-origin-resource-policy'), 'cross-origin');
      assert.equal(h.get('strict-transport-security'), null, 'HSTS over plain HTTP');
      assert.equal(h.get('x-powered-by'), null);
    }
  });

  it('static files keep their own page CSP: the header adds only frame-ancestors, base-uri and object-src', async () => {
    const app = await makeApp();
    for (const path of ['/', '/copro/copro.js', '/missing.html']) {
      const { headers } = await call(app, 'GET', path);
      assert.equal(headers.get('content-security-policy'), staticContentSecurityPolicy, path);
      assert.doesNotMatch(staticContentSecurityPolicy, /script-src|default-src|style-src|connect-src/);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(headers.get('cross-origin-resource-policy'), 'cross-origin', `${path}: other sites load copro.js`);
    }
  });

  it('HSTS only when the request came over HTTPS (directly, or said by a trusted proxy)', async () => {
    const direct = await makeApp();
    assert.equal((await direct.request('https://copro.example/v1/health')).headers.get('strict-transport-security'), hstsValue);
    const forged = await call(direct, 'GET', '/v1/health', { headers: { 'x-forwarded-proto': 'https' } });
    assert.equal(forged.headers.get('strict-transport-security'), null, 'X-Forwarded-Proto believed without trustProxy');
    const proxied = await makeApp(true);
    assert.equal((await call(proxied, 'GET', '/v1/health', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security'), hstsValue);
    assert.equal((await call(proxied, 'GET', '/v1/health', { headers: { 'x-forwarded-proto': 'http' } })).headers.get('strict-transport-security'), null);
  });
});

describe('the default log', () => {
  it('writes the lines of one turn of the event loop with one write, in order', async () => {
    const ours = (chunk: unknown) => /^log-line-\d/.test(String(chunk));
    const writes: string[] = [];
    const write = process.stdout.write;
    // Only this test's lines are kept back; anything else (the test runner's) goes through.
    process.stdout.write = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
      if (ours(chunk)) {
        writes.push(String(chunk));
        return true;
      }
      return (write as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    } as typeof process.stdout.write;
    let during: number;
    try {
      defaults.log('log-line-1');
      defaults.log('log-line-2');
      defaults.log('log-line-3');
      during = writes.length;
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.stdout.write = write;
    }
    assert.equal(during, 0, 'nothing written while the turn runs');
    assert.deepEqual(writes, ['log-line-1\nlog-line-2\nlog-line-3\n']);
  });

  it('writes what is pending when the process exits', () => {
    const config = new URL('../src/config.ts', import.meta.url).pathname;
    const script = `const { defaults } = await import(${JSON.stringify(config)}); defaults.log('first'); defaults.log('second'); process.exit(0);`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(out, 'first\nsecond\n');
  });
});
