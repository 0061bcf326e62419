import type { ServerOptions } from './config.ts';
import { defaults } from './config.ts';
import type { Database, Queryable } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { openPglite } from './db/pglite.ts';
import { openPostgres } from './db/postgres.ts';

/**
 * A logical backup: every table's rows as JSON, with the schema version they were made by. The
 * same file restores into PGlite or PostgreSQL, and into a newer version of copro (it is loaded at
 * its own schema version, then migrated). Rate-limit counters are left out: they are not data.
 */
export interface Backup {
  format: 'copro-backup';
  version: 1;
  madeAt: string;
  /** The last migration applied when the backup was made, e.g. `0005_staff`. */
  schema: string;
  tables: Record<string, unknown[]>;
}

const SKIPPED = new Set(['schema_migrations', 'rate_limits']);

/** Table names in an order that satisfies foreign keys (parents first). */
async function tablesInOrder(db: Queryable): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)
  ).rows.map((row) => row.name).filter((name) => !SKIPPED.has(name));
  const edges = (
    await db.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid WHERE k.contype = 'f'`,
    )
  ).rows;
  const ordered: string[] = [];
  const visit = (name: string, seen = new Set<string>()) => {
    if (ordered.includes(name) || seen.has(name)) return;
    seen.add(name);
    for (const edge of edges) if (edge.child === name && edge.parent !== name) visit(edge.parent, seen);
    ordered.push(name);
  };
  for (const name of tables) visit(name);
  return ordered.filter((name) => tables.includes(name));
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function makeBackup(db: Database): Promise<Backup> {
  return db.transaction(async (tx) => {
    const schema = (await tx.query<{ version: string }>('SELECT max(version) AS version FROM schema_migrations')).rows[0].version;
    const tables: Record<string, unknown[]> = {};
    for (const name of await tablesInOrder(tx)) {
      const { rows } = await tx.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${quoted(name)} t`);
      tables[name] = rows.map((r) => (typeof r.row === 'string' ? JSON.parse(r.row) : r.row));
    }
    return { format: 'copro-backup', version: 1, madeAt: new Date().toISOString(), schema, tables };
  });
}

/**
 * Restores a backup into an empty database (refuses one that holds any board, room, ladder or
 * staff), at the backup's schema version, then applies the newer migrations.
 */
export async function restoreBackup(db: Database, backup: Backup): Promise<Record<string, number>> {
  if (backup?.format !== 'copro-backup' || backup.version !== 1 || typeof backup.schema !== 'string') {
    throw new Error('This file is not a copro backup (made by npm run backup).');
  }
  const applied = await db.query<{ version: string }>(
    `SELECT version FROM schema_migrations WHERE version > $1`, [backup.schema],
  ).catch(() => ({ rows: [] }));
  if (applied.rows.length) throw new Error('Restore into a new, empty data folder or database: this one has a newer schema than the backup.');
  await migrate(db, { upTo: backup.schema });
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const table of ['boards', 'rooms', 'ladders', 'clarity']) {
      const { rows } = await tx.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM ${table}`);
      if (Number(rows[0].n) > 0) throw new Error('Restore into a new, empty data folder or database: this one already holds data.');
    }
    const known = await tablesInOrder(tx);
    for (const name of known) {
      const rows = backup.tables[name] ?? [];
      // Tables made by a newer copro's migrations (a seeded key, say) start empty before loading.
      if (rows.length) await tx.query(`DELETE FROM ${quoted(name)}`);
      // Generated columns (the search words, say) are made again from the restored row, not inserted.
      const columns = (
        await tx.query<{ col: string }>(
          `SELECT column_name AS col FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [name],
        )
      ).rows.map((row) => quoted(row.col)).join(', ');
      for (let at = 0; at < rows.length; at += 500) {
        await tx.query(`INSERT INTO ${quoted(name)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quoted(name)}, $1::jsonb)`, [
          JSON.stringify(rows.slice(at, at + 500)),
        ]);
      }
      counts[name] = rows.length;
    }
    const unknown = Object.keys(backup.tables).filter((name) => !known.includes(name));
    if (unknown.length) throw new Error(`The backup has tables this schema does not: ${unknown.join(', ')}.`);
    // Serial columns carry on after the restored rows.
    const serials = await tx.query<{ tbl: string; col: string; seq: string }>(
      `SELECT table_name AS tbl, column_name AS col, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
       FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const { tbl, col, seq } of serials.rows) {
      await tx.query(`SELECT setval($1, GREATEST(1, (SELECT COALESCE(MAX(${quoted(col)}), 0) FROM ${quoted(tbl)})))`, [seq]);
    }
  });
  await migrate(db);
  return counts;
}

/** Opens the database a server would, without migrating it (a restore migrates in two steps). */
export function openUnmigrated(options: ServerOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir ?? defaults.dataDir);
}
