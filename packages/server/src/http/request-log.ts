import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/**
 * One line per request: method, the route pattern (never the raw path: raw paths hold participant
 * ids), status and milliseconds. No query strings, bodies, tokens or names.
 */
export function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // The first route (in the order they were added) is the one that answered: the API's routes
      // come before the demo pages' catch-all `GET /*`, which every GET also matches (finding 9).
      const routes = matchedRoutes(c).filter((route) => route.method !== 'ALL');
      const pattern = routes[0]?.path ?? (c.res.status === 404 ? '(no-route)' : '(middleware)');
      const ms = (performance.now() - started).toFixed(1);
      log(`${new Date().toISOString()} ${c.req.method} ${pattern} ${c.res.status} ${ms}ms`);
    }
  };
}
