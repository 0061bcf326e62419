import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);
/** Any fixed number: two processes starting at once on one PostgreSQL take turns. */
const MIGRATION_LOCK = 7_261_011;

/**
 * Applies `migrations/*.sql` in name order, each once, recorded in `schema_migrations`.
 * The same files serve PGlite and PostgreSQL. Returns the versions applied now. `upTo` stops after
 * that version (a backup made by an older schema is loaded there, then migrated the rest of the way).
 */
export async function migrate(db: Database, options: { upTo?: string } = {}): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  const scripts = await Promise.all(files.map(async (name) => ({ name, sql: await readFile(new URL(name, migrationsDir), 'utf8') })));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const { name, sql } of scripts) {
      const version = name.replace(/\.sql$/, '');
      if (done.has(version)) continue;
      if (options.upTo !== undefined && version > options.upTo) break;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    return applied;
  });
}
