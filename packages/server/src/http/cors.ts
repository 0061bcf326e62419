import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
// Copro-Participant: the participant id on the support and per-reader routes, kept out of addresses.
// If-None-Match: revalidating a public read (ETag); Last-Event-ID: resuming a live stream.
const ALLOWED_HEADERS = 'Authorization, Content-Type, Copro-Participant, If-None-Match, Last-Event-ID';

/**
 * CORS by allow-list. `['*']` allows any origin; `[]` allows only the server's own origin.
 * Credentials (cookies) are never allowed: copro uses none.
 * A write from an origin outside the list is refused (403) before anything is stored.
 */
export function cors(allowedOrigins: string[]): MiddlewareHandler {
  const any = allowedOrigins.includes('*');
  const list = new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin) {
      await next();
      return;
    }
    const ownOrigin = new URL(c.req.url).origin.toLowerCase();
    const host = c.req.header('host');
    const sameOrigin = origin.toLowerCase() === ownOrigin || (host !== undefined && safeHost(origin) === host.toLowerCase());
    const allowed = any || list.has(origin.toLowerCase()) || sameOrigin;
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;

    if (!allowed) {
      if (preflight || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) {
        throw new ApiError(403, 'forbidden_origin', 'This server does not accept requests from that website.');
      }
      await next(); // A GET from elsewhere: answered, but without CORS headers the browser keeps it from the page.
      return;
    }

    const allowOrigin = any && !sameOrigin ? '*' : origin;
    if (preflight) {
      c.header('Access-Control-Allow-Origin', allowOrigin);
      c.header('Access-Control-Allow-Methods', ALLOWED_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      c.header('Access-Control-Max-Age', '600');
      c.header('Vary', 'Origin');
      return c.body(null, 204);
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', allowOrigin);
    c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After, ETag');
    if (!/(?:^|,)\s*origin\s*(?:,|$)/i.test(c.res.headers.get('Vary') ?? '')) c.res.headers.append('Vary', 'Origin');
  };
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}
