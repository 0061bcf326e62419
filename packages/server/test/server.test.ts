/** The real socket: startServer, the CLI entry, graceful close, and settings from the environment. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { limits } from '@copro/protocol';
import { openDatabase, optionsFromEnv, startServer, type Database } from '../src/index.ts';

describe('startServer on a real socket', () => {
  it('answers health, and close() finishes an in-flight write before closing the database', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    let postsWhenClosed = -1;
    const watched: Database = {
      ...db,
      async close() {
        postsWhenClosed = Number((await db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM posts')).rows[0].n);
        await db.close();
      },
    };
    const lines: string[] = [];
    const server = await startServer({ port: 0, db: watched, version: '1.2.3', log: (line) => lines.push(line) });
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(server.port > 0);
    const health = await fetch(`${server.url}/v1/health`);
    assert.deepEqual(await health.json(), { ok: true, version: '1.2.3' });

    // A write whose body arrives slowly: close() is called while it is still being read.
    const body = JSON.stringify({ id: randomUUID(), participant: randomUUID(), body: 'Sent while the server stops' });
    const encoder = new TextEncoder();
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    controller.enqueue(encoder.encode(body.slice(0, 10)));
    const pending = fetch(`${server.url}/v1/boards/shutdown-test/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    // Long enough for the request's first bytes to reach the server on a busy machine (150 ms was
    // not, with two test files running at once on two cores).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(closed, false, 'close() waits for the request in flight');
    controller.enqueue(encoder.encode(body.slice(10)));
    controller.close();
    const answer = await pending;
    assert.equal(answer.status, 201);
    assert.equal((await answer.json()).body, 'Sent while the server stops');
    await closing;
    assert.equal(postsWhenClosed, 1, 'the write was stored before the database closed');
    await assert.rejects(fetch(`${server.url}/v1/health`), 'no longer accepting connections');
    assert.ok(lines.some((line) => line.includes('POST /v1/boards/:board/posts 201')));
  });

  it('reads a body by its Content-Length, or chunked counting the bytes, and answers the same either way', async () => {
    const server = await startServer({ port: 0, db: await openDatabase({ dataDir: 'memory://' }), log: () => {}, writeRateLimit: { limit: 1e9, windowSeconds: 60 } });
    try {
      const { port } = server;
      /** A raw request (node:http, so the test decides between Content-Length and chunked): status and body. */
      const send = (path: string, body: Uint8Array, { chunked = false, type = 'application/json', chunk = body.byteLength } = {}) =>
        new Promise<{ status: number; text: string }>((resolve, reject) => {
          const headers: Record<string, string | number> = { 'content-type': type, ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.byteLength }) };
          const request = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (part) => (text += part));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
          });
          request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || (error as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(error)));
          for (let at = 0; at < body.byteLength; at += Math.max(1, chunk)) request.write(body.subarray(at, at + Math.max(1, chunk)));
          request.end();
        });
      const encode = (text: string) => new TextEncoder().encode(text);
      const newPost = (body = 'Benches by the pond, ça va 🌳') => ({ id: randomUUID(), participant: randomUUID(), body });
      const path = '/v1/boards/socket-bodies/posts';
      for (const chunked of [false, true]) {
        const input = newPost();
        const stored = await send(path, encode(JSON.stringify(input)), { chunked, chunk: 7 });
        assert.equal(stored.status, 201, stored.text);
        assert.equal(JSON.parse(stored.text).body, input.body);
        // Not UTF-8 (a lone continuation byte), and not JSON: 400 malformed_json.
        for (const bad of [Uint8Array.of(0x7b, 0x22, 0x80, 0x22, 0x7d), encode('{"id":')]) {
          const answer = await send(path, bad, { chunked });
          assert.equal(answer.status, 400, answer.text);
          assert.equal(JSON.parse(answer.text).error.code, 'malformed_json');
        }
        // Past the limit: 413, by the declared length or by the bytes counted.
        const big = await send(path, encode(JSON.stringify(newPost('x'.repeat(limits.maxBodyBytes)))), { chunked, chunk: 16 * 1024 });
        assert.equal(big.status, 413, big.text);
        assert.equal(JSON.parse(big.text).error.code, 'payload_too_large');
        // The no-JavaScript form reads its body the same way (no page to go back to: its thank-you page).
        const form = await send(`${path}/form`, encode(new URLSearchParams({ body: `From a form, chunked ${chunked}` }).toString()), { chunked, type: 'application/x-www-form-urlencoded' });
        assert.equal(form.status, 200, form.text);
      }
      const forms = await fetch(`${server.url}${path}?sort=newest`).then((r) => r.json());
      assert.deepEqual(forms.items.map((post: { body: string }) => post.body).filter((body: string) => body.startsWith('From a form')).sort(), ['From a form, chunked false', 'From a form, chunked true']);
    } finally {
      await server.close();
    }
  });

  // Opening a new PGlite database takes seconds, and tens of them on a loaded machine.
  it('the CLI entry starts from the environment and exits 0 on SIGTERM', { timeout: 120_000 }, async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: '0', COPRO_DATA_DIR: 'memory://' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const health = await fetch(`${url}/v1/health`);
    assert.equal((await health.json()).ok, true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, output);
  });
});

describe('optionsFromEnv', () => {
  it('reads every setting', () => {
    assert.deepEqual(
      optionsFromEnv({
        PORT: '9000',
        HOST: '0.0.0.0',
        COPRO_DATA_DIR: '/var/lib/copro',
        DATABASE_URL: 'postgres://u@db/copro',
        COPRO_ADMIN_TOKEN: 'a-staff-token-of-at-least-32-characters',
        COPRO_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
        COPRO_AUTO_CREATE: 'false',
        COPRO_RATE_LIMIT: '10/30',
        COPRO_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8',
      }),
      {
        port: 9000,
        host: '0.0.0.0',
        dataDir: '/var/lib/copro',
        databaseUrl: 'postgres://u@db/copro',
        adminToken: 'a-staff-token-of-at-least-32-characters',
        allowedOrigins: ['https://a.example', 'https://b.example'],
        autoCreate: false,
        writeRateLimit: { limit: 10, windowSeconds: 30 },
        trustProxy: ['127.0.0.1', '10.0.0.0/8'],
      },
    );
  });

  it('leaves unset values to the defaults and refuses nonsense with a clear message', () => {
    assert.deepEqual(optionsFromEnv({}), {});
    assert.deepEqual(optionsFromEnv({ COPRO_ALLOWED_ORIGINS: '' }), { allowedOrigins: [] });
    assert.throws(() => optionsFromEnv({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => optionsFromEnv({ COPRO_RATE_LIMIT: 'lots' }), /COPRO_RATE_LIMIT/);
    assert.throws(() => optionsFromEnv({ COPRO_AUTO_CREATE: 'maybe' }), /COPRO_AUTO_CREATE/);
    assert.deepEqual(optionsFromEnv({ COPRO_CHECK_ANSWERS: 'true' }), { checkAnswers: true });
    assert.deepEqual(optionsFromEnv({ COPRO_CHECK_ANSWERS: '0' }), { checkAnswers: false });
    assert.throws(() => optionsFromEnv({ COPRO_CHECK_ANSWERS: 'sometimes' }), /COPRO_CHECK_ANSWERS/);
    assert.throws(() => optionsFromEnv({ COPRO_ADMIN_TOKEN: 'secret' }), /at least 32 characters.*randomBytes\(32\)/);
  });
});
