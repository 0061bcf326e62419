// Shared by `npm run faults` and `npm run bench`: the reference server as a real process (so it can
// be killed with SIGKILL), small HTTP helpers and percentiles. Everything stays on 127.0.0.1.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const STAFF_TOKEN = 'faults-staff-token-0123456789abcdefghij';
export const uid = () => randomUUID();
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh folder for a PGlite database; `remove()` deletes it. */
export async function tempDir(prefix) {
  const path = await mkdtemp(join(tmpdir(), `copro-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * Starts `packages/server/src/main.ts` as a child process and resolves once it listens.
 * `env`: PORT, COPRO_DATA_DIR or DATABASE_URL, COPRO_RATE_LIMIT, ... (PORT 0 picks a free port).
 */
export async function startServerProcess(env, { timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'packages/server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', COPRO_ADMIN_TOKEN: STAFF_TOKEN, COPRO_ALLOWED_ORIGINS: '*', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  // Keep draining the request log so the pipe never fills.
  child.stdout.resume();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    port: Number(new URL(url).port),
    pid: child.pid,
    get output() {
      return output;
    },
    /** SIGKILL: no clean shutdown, no flush. */
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    /** SIGTERM: requests in flight finish, the database is closed. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!done) await this.kill();
    },
  };
}

/** One HTTP call; never throws for HTTP statuses. `{status, body, headers, ms}` or `{status: 0, error}` on a network error. */
export async function request(base, method, path, { body, token, headers = {}, timeoutMs = 10_000 } = {}) {
  const started = performance.now();
  try {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed, headers: response.headers, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, error: String(error?.cause?.code ?? error?.name ?? error), ms: performance.now() - started };
  }
}

/** Every post on a board (all visibilities, staff), following cursors. */
export async function allPosts(base, board) {
  const posts = [];
  let cursor = '';
  for (let page = 0; page < 10_000; page++) {
    const answer = await request(base, 'GET', `/v1/boards/${board}/posts?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: STAFF_TOKEN });
    if (answer.status !== 200) throw new Error(`listing ${board} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    posts.push(...answer.body.items);
    if (!answer.body.nextCursor) return posts;
    cursor = encodeURIComponent(answer.body.nextCursor);
  }
  throw new Error('too many pages');
}

export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a');
