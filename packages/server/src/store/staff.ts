import type { AuditEntry, AuditPage, AuditQuery, StaffMember } from '@copro/protocol';
import { iso, type Database, type Row } from '../db/database.ts';
import { invalid, notFound } from './errors.ts';

function toEntry(row: Row): AuditEntry {
  return {
    id: String(row.seq),
    at: iso(row.at),
    staff: row.staff as string,
    action: row.action as string,
    target: row.target as string,
    changes: (row.changes ?? {}) as Record<string, unknown>,
  };
}

function toMember(row: Row): StaffMember {
  return {
    id: row.id as string,
    name: row.name as string,
    role: row.role as StaffMember['role'],
    createdAt: iso(row.created_at),
    expiresAt: row.expires_at ? iso(row.expires_at) : null,
    revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
  };
}

/**
 * Named staff and the audit trail of their writes. The trail is append-only for the application: this class inserts and
 * reads; no route updates or deletes an entry (only the audit retention setting removes old ones).
 */
export class StaffStore {
  constructor(private readonly db: Database) {}

  async record(entry: { staff: string; action: string; target: string; changes: Record<string, unknown> }): Promise<void> {
    await this.db.query('INSERT INTO audit_log (staff, action, target, changes) VALUES ($1, $2, $3, $4)', [
      entry.staff,
      entry.action,
      entry.target,
      JSON.stringify(entry.changes),
    ]);
  }

  /** Newest first; `target` matches a prefix (`board:youth-fund` finds its posts too). */
  async page(query: AuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? 50;
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.staff) where.push(`staff = $${params.push(query.staff)}`);
    if (query.action) where.push(`action = $${params.push(query.action)}`);
    if (query.target) where.push(`starts_with(target, $${params.push(query.target)})`);
    if (query.cursor !== undefined) {
      if (!/^\d{1,18}$/.test(query.cursor)) throw invalid('The cursor is not one this server made.');
      where.push(`seq < $${params.push(query.cursor)}::bigint`);
    }
    const { rows } = await this.db.query(
      `SELECT seq, at, staff, action, target, changes FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY seq DESC LIMIT ${limit + 1}`,
      params,
    );
    const items = rows.slice(0, limit).map(toEntry);
    return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
  }

  /** Every matching entry, newest first, in pages (for the CSV export). */
  async *all(query: AuditQuery): AsyncGenerator<AuditEntry[]> {
    let cursor: string | undefined;
    do {
      const page = await this.page({ ...query, cursor, limit: 100 });
      if (page.items.length) yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  async staff(): Promise<StaffMember[]> {
    const { rows } = await this.db.query('SELECT id, name, role, created_at, expires_at, revoked_at FROM staff ORDER BY created_at, id');
    return rows.map(toMember);
  }

  /** Revokes a staff token at once; revoking twice keeps the first time. */
  async revokeStaff(id: string): Promise<StaffMember> {
    const { rows } = await this.db.query(
      `UPDATE staff SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING id, name, role, created_at, expires_at, revoked_at`,
      [id],
    );
    if (!rows[0]) throw notFound('staff member');
    return toMember(rows[0]);
  }
}
