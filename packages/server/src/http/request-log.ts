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

/**
 * A log that writes its lines with one `write` per turn of the event loop instead of one per line
 * (`console.log` is a system call each time on a pipe or a file: about 6 % of a cache miss on
 * PostgreSQL, docs/performance.md). Lines keep their order and come out before the next turn's;
 * whatever is pending when the process exits normally (its end, `process.exit`, an uncaught
 * exception) is written then (`flush`). A process killed outright (SIGKILL, or a signal it has no
 * handler for) loses at most the lines of its last turn.
 */
export function batchedLog(write: (text: string) => void): { log: (line: string) => void; flush: () => void } {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    write(text);
  };
  return {
    log(line) {
      if (pending.push(line) === 1) setImmediate(flush);
    },
    flush,
  };
}

let stdout: ReturnType<typeof batchedLog> | undefined;

/** The default log: standard output, batched per turn (`batchedLog`), flushed when the process exits. */
export function stdoutLog(line: string): void {
  if (!stdout) {
    stdout = batchedLog((text) => process.stdout.write(text));
    process.once('exit', stdout.flush);
  }
  stdout.log(line);
}
