import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

/**
 * `COPRO_PUBLIC_URL` (finding 11): the address people reach the server at. The `Host` header is
 * whatever the client sends, so links the server writes (the Atom feed's own address) and the
 * origin redirects are checked against come from this setting, and a request naming another host
 * is refused (421). `/v1/health` answers on any host, for a load balancer's checks.
 */
export function publicHost(publicUrl: string | undefined): MiddlewareHandler {
  const expected = publicUrl ? new URL(publicUrl).host.toLowerCase() : undefined;
  return async (c, next) => {
    if (expected === undefined || c.req.path === '/v1/health') return next();
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (host !== expected) {
      throw new ApiError(421, 'wrong_host', 'This server answers only at its configured public address.');
    }
    return next();
  };
}

/** The request's URL as the public sees it: on the configured public address when there is one. */
export function publicRequestUrl(c: Context, publicUrl: string | undefined): URL {
  const url = new URL(c.req.url);
  if (!publicUrl) return url;
  const base = new URL(publicUrl);
  return new URL(`${base.pathname.replace(/\/$/, '')}${url.pathname}${url.search}`, base.origin);
}
