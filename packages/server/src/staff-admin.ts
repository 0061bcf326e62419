import type { StaffMember, StaffRole } from '@copro/protocol';
import type { Database } from './db/database.ts';
import { noProxies } from './http/rate-limit.ts';
import { StaffAuth } from './http/staff-auth.ts';
import { StaffStore } from './store/staff.ts';

/**
 * Staff management straight on a database, for the command line when no server is running
 * (PGlite allows one process per data folder) and for `npm start`'s first admin. Each change is
 * recorded in the audit trail as made from the command line.
 */
export async function addStaffMember(db: Database, input: { name: string; role: StaffRole; expiresAt?: string }, by = 'command line') {
  const created = await new StaffAuth(db, { trustProxy: noProxies, log: () => {} }).addStaff(input);
  await new StaffStore(db).record({ staff: by, action: 'staff.add', target: `staff:${created.id}`, changes: { name: created.name, role: created.role } });
  return created;
}

export const listStaffMembers = (db: Database): Promise<StaffMember[]> => new StaffStore(db).staff();

export async function revokeStaffMember(db: Database, id: string, by = 'command line'): Promise<StaffMember> {
  const store = new StaffStore(db);
  const revoked = await store.revokeStaff(id);
  await store.record({ staff: by, action: 'staff.revoke', target: `staff:${id}`, changes: { name: revoked.name, role: revoked.role } });
  return revoked;
}

/**
 * On a data folder's first start (no staff at all yet), makes one admin and answers its token:
 * the caller prints it once; only its hash is kept. Later starts answer undefined.
 */
export async function firstAdminToken(db: Database): Promise<string | undefined> {
  const { rows } = await db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM staff');
  if (Number(rows[0].n) > 0) return undefined;
  return (await addStaffMember(db, { name: 'Admin (first start)', role: 'admin' }, 'npm start')).token;
}
