import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { withAfterCommit, type Database, type Queryable, type QueryResult } from './database.ts';

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

/**
 * PostgreSQL's memory settings for one small machine (a charity's server may have 1 GB): the
 * defaults (128 MB of shared buffers) roughly double the resident memory of a reopened folder
 * (measured: about 320 MB against 155-185 MB) for no gain at copro's sizes.
 */
export const pgliteMemorySettings = ['shared_buffers=16MB', 'work_mem=2MB', 'maintenance_work_mem=16MB', 'temp_buffers=2MB', 'wal_buffers=1MB'];

const createScript = fileURLToPath(new URL('./pglite-create.mjs', import.meta.url));

/** Embedded PostgreSQL (WASM) in a folder, or in memory with `memory://`. */
export async function openPglite(dataDir: string): Promise<Database> {
  const onDisk = !dataDir.startsWith('memory://') && !dataDir.includes('://');
  if (onDisk) {
    await mkdir(dataDir, { recursive: true });
    // A new folder needs initdb, whose WASM memory (about 600 MB) a process keeps once it has it:
    // run it in a short-lived child so this process only ever opens an existing folder.
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      await promisify(execFile)(process.execPath, [createScript, dataDir, ...pgliteMemorySettings]);
    }
  }
  // pg_trgm backs similar-post search (migration 0002).
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm }, postgresqlconf: pgliteMemorySettings });
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
    transaction: (fn) => withAfterCommit((run) => db.transaction((tx) => run(wrap(tx))), fn),
    // One process holds a PGlite folder, so its own NOTIFYs are all it hears; the change feed uses them all the same.
    async listen(channel, listener) {
      const stop = await db.listen(channel, (payload) => listener.notify(payload));
      return async () => {
        if (!closed) await stop();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(maintenance);
      await db.close();
    },
  };
}
