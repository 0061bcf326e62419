import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Queryable, QueryResult } from './database.ts';

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
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    // PGlite runs one statement at a time; its transaction() holds the connection for the callback.
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}
