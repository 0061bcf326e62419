import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Queryable, QueryResult } from './database.ts';

const MAINTENANCE_MS = 60_000;
const WRITE = /^\s*(?:INSERT|UPDATE|DELETE)\b/i;

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

function wrap(db: PGliteLike): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const result = await db.query<T>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** Embedded PostgreSQL (WASM) in a folder, or in memory with `memory://`. */
export async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://') && !dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  // pg_trgm backs similar-post search (migration 0002).
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const base = wrap(db);
  let closed = false;
  // PGlite runs no autovacuum. Without statistics the planner takes every board for a few rows and
  // sorts all its posts for each page instead of walking the index (measured at 10,000 posts: 6.6 ms
  // a read before, 1.6 ms after ANALYZE), and dead rows from updates (rate-limit counters, support
  // counts) are never reclaimed. So: ANALYZE on open, and VACUUM ANALYZE each minute after writes.
  await db.exec('ANALYZE');
  let writes = 0;
  const maintenance = setInterval(() => {
    if (closed || writes === 0) return;
    writes = 0;
    db.exec('VACUUM ANALYZE').catch(() => {});
  }, MAINTENANCE_MS);
  maintenance.unref();
  return {
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      if (WRITE.test(sql)) writes++;
      return base.query<T>(sql, params);
    },
    exec: base.exec,
    // PGlite runs one statement at a time; its transaction() holds the connection for the callback.
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(maintenance);
      await db.close();
    },
  };
}
