import { AuditPage, AuditQuery, NewStaff, StaffCreated, StaffList, StaffMe, StaffMember, auditCsvColumns, type AuditEntry } from '@copro/protocol';
import { makeBackup } from '../backup.ts';
import type { SomeHandlers } from '../http/router.ts';
import { readJson, query, reply } from '../http/validation.ts';
import { csvCell, csvStream } from './board-export.ts';
import type { RouteContext } from './context.ts';

function auditCsvRow(entry: AuditEntry): string {
  const cells = { at: entry.at, staff: entry.staff, action: entry.action, target: entry.target, changes: JSON.stringify(entry.changes) };
  return auditCsvColumns.map((column) => csvCell(cells[column])).join(',') + '\r\n';
}

/** Who is signed in, named staff (admin) and the audit trail (admin). The route table's guard checks roles first. */
export function staffHandlers(ctx: RouteContext) {
  return {
  staffMe: (c) => {
    const who = c.get('staff')!;
    return reply(c, StaffMe, { name: who.name, role: who.role ?? 'viewer' });
  },

  listStaff: async (c) => reply(c, StaffList, { items: await ctx.staff.staff() }),

  addStaff: async (c) => {
    const input = await readJson(c, NewStaff);
    const created = await ctx.auth.addStaff(input);
    c.set('auditTarget', `staff:${created.id}`);
    c.set('auditChanges', { name: created.name, role: created.role, expiresAt: created.expiresAt });
    return reply(c, StaffCreated, created, 201);
  },

  revokeStaff: async (c, { id }) => {
    const revoked = await ctx.staff.revokeStaff(id);
    c.set('auditChanges', { name: revoked.name, role: revoked.role });
    return reply(c, StaffMember, revoked);
  },

  backup: async (c) => {
    const backup = await makeBackup(ctx.db);
    c.set('auditChanges', { rows: Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0) });
    c.header('Content-Disposition', `attachment; filename="copro-backup-${backup.madeAt.slice(0, 10)}.json"`);
    return c.json(backup);
  },

  auditTrail: async (c) => reply(c, AuditPage, await ctx.staff.page(query(c, AuditQuery))),

  exportAudit: async (c) => {
    const filters = query(c, AuditQuery);
    c.set('auditChanges', { filters: { staff: filters.staff, action: filters.action, target: filters.target } });
    const stream = csvStream(auditCsvColumns, ctx.staff.all(filters), auditCsvRow);
    return c.body(stream, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit.csv"' });
  },
  } satisfies SomeHandlers;
}
