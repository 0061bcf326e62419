import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import type { Hono } from 'hono';
import { createApp, type Database, type ServerOptions } from '../src/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';

export const TOKEN = 'staff-token-for-tests-0123456789abcdef';
export const uid = () => randomUUID();
let counter = 0;
/** A fresh slug per test, so tests sharing one database never see each other's data. */
export const slug = (prefix: string) => `${prefix}-${process.pid}-${++counter}-${Math.floor(Math.random() * 1e6)}`;

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

export async function call(
  app: Hono,
  method: string,
  path: string,
  options: { body?: unknown; raw?: BodyInit; token?: string; headers?: Record<string, string>; ip?: string; peer?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  // As @hono/node-server passes it: the socket, whose peer is a proxy on this machine unless told.
  const env = { incoming: { socket: { remoteAddress: options.peer ?? '127.0.0.1' } } };
  const res = await app.request(path, { method, headers, body }, env);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (static files)
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/**
 * A migrated in-memory PGlite for the calling test file: opened before its tests, closed after.
 * `app()` builds the API on it with the test token and no practical rate limit.
 */
/** The database `db`, with every statement the app runs on it written down in `statements` (clear it to start counting). */
export function countingStatements(db: Database): { db: Database; statements: string[] } {
  const statements: string[] = [];
  return { db: { ...db, query: ((sql: string, params?: unknown[]) => (statements.push(sql), db.query(sql, params))) as Database['query'] }, statements };
}

/**
 * What a test app is made with: the test token, no practical write limit, every answer checked
 * against its schema (`checkAnswers`, off by default in production: a wrong mapping fails the test
 * that reads it), and no log.
 */
export const testAppOptions = {
  adminToken: TOKEN,
  writeRateLimit: { limit: 1_000_000, windowSeconds: 60 },
  checkAnswers: true,
  log: () => {},
} satisfies Partial<ServerOptions>;

export function memoryDatabase() {
  const handle = {
    db: undefined as unknown as Database,
    app: (options: Partial<ServerOptions> = {}) =>
      createApp({ db: handle.db, ...testAppOptions, ...options }),
  };
  before(async () => {
    handle.db = await openPglite('memory://');
    await migrate(handle.db);
  });
  after(async () => {
    await handle.db?.close();
  });
  return handle;
}
