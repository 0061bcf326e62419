/**
 * Shared by `npm run staff`, `npm run backup` and `npm run restore`: the running server's admin API
 * when a server answers, otherwise the database opened directly.
 */
import { register } from 'tsx/esm/api';

export function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The running server's admin API, or undefined when no server answers at HOST:PORT. */
export async function adminApi(env = process.env) {
  const host = env.HOST?.trim() || '127.0.0.1';
  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${env.PORT?.trim() || 8787}`;
  try {
    const health = await fetch(`${base}/v1/health`, { signal: AbortSignal.timeout(2000) });
    if (!health.ok) return undefined;
  } catch {
    return undefined;
  }
  const token = env.COPRO_STAFF_TOKEN?.trim() || env.COPRO_ADMIN_TOKEN?.trim();
  if (!token) fail(`A copro server is running at ${base}: give an admin token in COPRO_STAFF_TOKEN (or COPRO_ADMIN_TOKEN), or stop the server.`);
  return {
    base,
    async call(method, path, body) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) fail(`${method} ${path} answered ${response.status}: ${text}`);
      return path.endsWith('.csv') ? text : JSON.parse(text);
    },
  };
}

/** Opens the database the server would (COPRO_DATA_DIR or DATABASE_URL), migrated; runs `fn`; closes it. */
export async function withDatabase(fn) {
  register();
  const server = await import('@copro/server');
  const db = await server.openDatabase(server.optionsFromEnv(process.env));
  try {
    return await fn(db, server);
  } finally {
    await db.close();
  }
}
