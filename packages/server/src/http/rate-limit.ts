import type { Context, MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.ts';
import { ApiError } from './errors.ts';
import { tokenMatches } from './staff-auth.ts';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** The client a write is counted against: its IP address (the proxy's last X-Forwarded-For hop when trusted). */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Fixed-window write counter kept in the database, so several server processes sharing one
 * PostgreSQL count together. Staff calls (valid token) are not limited.
 */
export function writeRateLimit(db: Database, options: RateLimit & { adminToken?: string; trustProxy: boolean }): MiddlewareHandler {
  const windowMs = options.windowSeconds * 1000;
  let lastSweep = 0;
  // Clients the database has already found over the limit in the current window. Counts only go
  // up within a window, so they stay over until it ends: refuse them here without a database
  // write. Under a flood this keeps each refusal off PGlite's single thread (measured by
  // `npm run faults`: health p99 went from over a second to milliseconds).
  const over = new Map<string, number>();
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'POST' && method !== 'PUT' && method !== 'DELETE' && method !== 'PATCH') return next();
    if (tokenMatches(c.req.header('authorization'), options.adminToken)) return next();
    const now = Date.now();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const client = clientAddress(c, options.trustProxy);
    const retryAfter = () => Math.max(1, Math.ceil((windowStart + windowMs - Date.now()) / 1000));
    if (over.get(client) === windowStart) throw rateLimited(retryAfter());
    const { rows } = await db.query<{ count: number }>(
      `INSERT INTO rate_limits (client, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (client, window_start) DO UPDATE SET count = rate_limits.count + 1
       RETURNING count`,
      [client, windowStart],
    );
    if (windowStart !== lastSweep) {
      lastSweep = windowStart;
      over.clear();
      await db.query('DELETE FROM rate_limits WHERE window_start < $1', [windowStart - windowMs]);
    }
    if (Number(rows[0].count) > options.limit) {
      over.set(client, windowStart);
      throw rateLimited(retryAfter());
    }
    return next();
  };
}

const rateLimited = (retryAfter: number) =>
  new ApiError(429, 'rate_limited', `Too many changes from this device. Please wait ${retryAfter} seconds and try again.`, {
    headers: { 'Retry-After': String(retryAfter) },
  });
