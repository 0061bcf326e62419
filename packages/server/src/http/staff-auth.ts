import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { ApiError } from './errors.ts';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Checks `Authorization: Bearer <token>` in constant time (both sides hashed to the same length first). */
export function tokenMatches(header: string | undefined, adminToken: string | undefined): boolean {
  if (!adminToken || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  return timingSafeEqual(digest(match[1].trim()), digest(adminToken));
}

export const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'This needs a staff token. Send it as "Authorization: Bearer <token>".', {
    headers: { 'WWW-Authenticate': 'Bearer' },
  });

/** Throws 401 unless the request carries the staff token. */
export function requireStaff(c: Context, adminToken: string | undefined): void {
  if (!tokenMatches(c.req.header('authorization'), adminToken)) throw unauthorized();
}

/**
 * For routes that anyone may call but staff see more: true with a valid token, false with none,
 * and 401 when a token is sent but wrong (so a mistyped token is noticed, not silently ignored).
 */
export function isStaff(c: Context, adminToken: string | undefined): boolean {
  const header = c.req.header('authorization');
  if (header === undefined) return false;
  if (tokenMatches(header, adminToken)) return true;
  throw unauthorized();
}
