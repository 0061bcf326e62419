import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';

export const TOKEN = 'staff-token-for-tests';
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
  options: { body?: unknown; raw?: BodyInit; token?: string; headers?: Record<string, string>; ip?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ip) headers['x-forwarded-for'] = options.ip;
  const res = await app.request(path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (static files)
  }
  return { status: res.status, body: parsed, headers: res.headers };
}
