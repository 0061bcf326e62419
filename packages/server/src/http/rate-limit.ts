import { BlockList, isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.ts';
import { ApiError } from './errors.ts';
import { tokenMatches } from './staff-auth.ts';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Decides whether a socket's peer is one of the configured reverse proxies (`COPRO_TRUST_PROXY`). */
export type TrustedProxies = (peer: string) => boolean;

/** Addresses and CIDR ranges (`10.0.0.0/8`, `::1`, `fd00::/8`) as a check. Throws on anything else. */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits, extra] = entry.trim().split('/');
    const family = isIP(address);
    const prefix = Number(bits);
    if (!family || extra !== undefined || (bits !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === 4 ? 32 : 128)))) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range (like 10.0.0.0/8 or fd00::/8).`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return (peer) => {
    const address = plainAddress(peer);
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/** No proxy is trusted: X-Forwarded-For is never believed. */
export const noProxies: TrustedProxies = () => false;

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) as `192.0.2.1`. */
const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/** The socket's peer address, or `unknown` (a request made in-process, as tests do). */
export function peerAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return plainAddress(incoming?.socket?.remoteAddress ?? 'unknown');
}

/**
 * The client's address: the socket's peer, or, when the peer is a trusted proxy, the nearest
 * X-Forwarded-For hop that is not one (each proxy appends the address it was reached from, so the
 * hops to the right of that one were written by proxies we trust; those to its left by anyone).
 */
export function clientAddress(c: Context, trusted: TrustedProxies): string {
  let address = peerAddress(c);
  if (!trusted(address)) return address;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((part) => plainAddress(part.trim()));
  for (let i = hops.length - 1; i >= 0 && trusted(address); i--) {
    if (!isIP(hops[i])) break;
    address = hops[i];
  }
  return address;
}

/**
 * The key a client is counted under: its IPv4 address, or its IPv6 /64 (one home or phone is
 * given a whole /64, so counting single IPv6 addresses would give it millions of allowances).
 */
export function clientKey(c: Context, trusted: TrustedProxies): string {
  const address = clientAddress(c, trusted);
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded (an embedded IPv4 tail converted). */
function ipv6Groups(address: string): string[] {
  let text = address.toLowerCase().split('%')[0];
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c2, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c2 << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}

/**
 * Fixed-window write counter kept in the database, so several server processes sharing one
 * PostgreSQL count together. Staff calls (valid token) are not limited.
 */
export function writeRateLimit(db: Database, options: RateLimit & { adminToken?: string; trustProxy: TrustedProxies }): MiddlewareHandler {
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
    const client = clientKey(c, options.trustProxy);
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

const rateLimited = (retryAfter: number, what = 'changes') =>
  new ApiError(429, 'rate_limited', `Too many ${what} from this device. Please wait ${retryAfter} seconds and try again.`, {
    headers: { 'Retry-After': String(retryAfter) },
  });

export interface ReadRateLimit {
  /** Reads a client may make at once, after a pause. */
  burst: number;
  /** Reads per second it may keep making. */
  perSecond: number;
}

/** Clients tracked at most; past it, the ones whose allowance is full again are forgotten. */
const MAX_TRACKED = 10_000;

/**
 * A token bucket per client for a costly public read (the similar-post search), kept in this
 * process's memory: a read must not write to the database to be counted, and each process bounding
 * its own load is what protects it. Staff calls are not limited.
 */
export function readRateLimit(options: ReadRateLimit & { adminToken?: string; trustProxy: TrustedProxies }): MiddlewareHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    if (tokenMatches(c.req.header('authorization'), options.adminToken)) return next();
    const now = Date.now();
    const client = clientKey(c, options.trustProxy);
    let bucket = buckets.get(client);
    if (bucket) {
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((now - bucket.at) / 1000) * options.perSecond);
      bucket.at = now;
    } else {
      if (buckets.size >= MAX_TRACKED) {
        for (const [key, b] of buckets) if (b.tokens + ((now - b.at) / 1000) * options.perSecond >= options.burst) buckets.delete(key);
      }
      buckets.set(client, (bucket = { tokens: options.burst, at: now }));
    }
    if (bucket.tokens < 1) throw rateLimited(Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond)), 'searches');
    bucket.tokens -= 1;
    return next();
  };
}
