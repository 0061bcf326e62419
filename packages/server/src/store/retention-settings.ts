import type { ServerSettings, ServerSettingsChange } from '@copro/protocol';
import type { Queryable } from '../db/database.ts';

/** Sets an item's own retention period (null: back to the server's default). The item's row exists (its settings write made it). */
export async function setRetentionDays(db: Queryable, table: 'boards' | 'rooms' | 'ladders', id: string, days: number | null): Promise<void> {
  await db.query(`UPDATE ${table} SET retention_days = $2 WHERE id = $1`, [id, days]);
}

const names = { clarityRetentionDays: 'clarity_retention_days', auditRetentionDays: 'audit_retention_days' } as const;

/** The server-wide retention settings (`server_settings` rows), shared by every server on the database. */
export async function readServerSettings(db: Queryable, defaultDays: number): Promise<ServerSettings> {
  const { rows } = await db.query<{ name: string; value: unknown }>('SELECT name, value FROM server_settings WHERE name = ANY($1::text[])', [Object.values(names)]);
  const value = (name: string) => {
    const found = rows.find((row) => row.name === name)?.value;
    return typeof found === 'number' ? found : null;
  };
  return { retentionDays: defaultDays, clarityRetentionDays: value(names.clarityRetentionDays), auditRetentionDays: value(names.auditRetentionDays) };
}

export async function changeServerSettings(db: Queryable, change: ServerSettingsChange): Promise<void> {
  for (const key of Object.keys(names) as Array<keyof typeof names>) {
    const days = change[key];
    if (days === undefined) continue;
    if (days === null) await db.query('DELETE FROM server_settings WHERE name = $1', [names[key]]);
    else await db.query('INSERT INTO server_settings (name, value) VALUES ($1, $2::jsonb) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value', [names[key], JSON.stringify(days)]);
  }
}
