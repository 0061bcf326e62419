import * as z from 'zod/mini';
import { RetentionDays, Timestamp, limits, text } from './common.ts';

/**
 * Staff roles, lowest first. Each includes everything the one before it may do:
 * `viewer` reads and exports; `moderator` also moderates, answers, redacts, edits rooms and makes
 * editor and kiosk links; `admin` also changes settings, staff, erasure, the audit trail and backups.
 */
export const StaffRole = z.enum(['viewer', 'moderator', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;
export const staffRoles = StaffRole.options;

/** Whether `role` may do what `needed` allows. */
export function roleAllows(role: StaffRole, needed: StaffRole): boolean {
  return staffRoles.indexOf(role) >= staffRoles.indexOf(needed);
}

/** `GET /v1/staff/me`: who the token belongs to. */
export const StaffMe = z.object({ name: z.string(), role: StaffRole });
export type StaffMe = z.infer<typeof StaffMe>;

/** One named staff member, as admins see them (never the token). */
export const StaffMember = z.object({
  id: z.string(),
  name: z.string(),
  role: StaffRole,
  createdAt: Timestamp,
  expiresAt: z.nullable(Timestamp),
  revokedAt: z.nullable(Timestamp),
});
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffList = z.object({ items: z.array(StaffMember) });
export type StaffList = z.infer<typeof StaffList>;

export const NewStaff = z.object({
  name: text(limits.displayName),
  role: StaffRole,
  /** When the token stops working; none means until revoked. */
  expiresAt: z.optional(Timestamp),
});
export type NewStaff = z.infer<typeof NewStaff>;

/** `201` of `POST /v1/staff`: the only time the token is shown. */
export const StaffCreated = z.object({
  id: z.string(),
  name: z.string(),
  role: StaffRole,
  token: z.string(),
  expiresAt: z.nullable(Timestamp),
});
export type StaffCreated = z.infer<typeof StaffCreated>;

/** Who did a write: a named staff member, the environment's admin token, or a room editor link. */
export const AuditEntry = z.object({
  id: z.string(),
  at: Timestamp,
  /** The staff member's name, `COPRO_ADMIN_TOKEN`, or `editor link <id>`. */
  staff: z.string(),
  /** What was done, e.g. `post.visibility` (the route table names each one). */
  action: z.string(),
  /** The item, e.g. `board:youth-fund/post:<id>`. */
  target: z.string(),
  /** What changed: new values of settings and statuses; for redactions and erasures only what kind of detail went. */
  changes: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ items: z.array(AuditEntry), nextCursor: z.nullable(z.string()) });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditQuery = z.object({
  staff: z.optional(z.string().check(z.maxLength(200))),
  action: z.optional(z.string().check(z.maxLength(100))),
  /** Entries whose target starts with this, e.g. `board:youth-fund`. */
  target: z.optional(z.string().check(z.maxLength(300))),
  cursor: z.optional(z.string().check(z.maxLength(100))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(limits.pageSize))),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** `GET /v1/boards/{board}/waiting` (viewer): the moderation queue's length, for the staff page. */
export const WaitingCount = z.object({
  /** Posts on the board with visibility `pending`. */
  waiting: z.int().check(z.minimum(0)),
  /** When the longest-waiting one was posted; null when none waits. */
  oldestAt: z.nullable(Timestamp),
});
export type WaitingCount = z.infer<typeof WaitingCount>;

/** Columns of `GET /v1/audit/export.csv`, in order. */
export const auditCsvColumns = ['at', 'staff', 'action', 'target', 'changes'] as const;

// Server-side administration (backups, editor links, server settings): its own module, so a browser
// bundle that parses staff and audit answers does not carry their schemas (zod's URL check among them).
// The room editor links' schemas, in their own module: its URL check (zod's URL schema) reaches only
// pages that make editor links, not every page that calls a staff route.
export * from './admin.ts';

/** `GET /v1/backup` (admin): every table's rows, restorable with `npm run restore` into a new data folder. */
export const BackupFile = z.object({
  format: z.literal('copro-backup'),
  version: z.literal(1),
  madeAt: Timestamp,
  schema: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/**
 * `GET /v1/settings` (admin): the server-wide retention settings. `retentionDays` is the default for
 * boards, rooms and ladders without their own (`COPRO_RETENTION_DAYS`, read-only here); clarity
 * answers and the audit trail have their own periods (null: the default, and six years for the audit trail).
 */
export const ServerSettings = z.object({
  retentionDays: RetentionDays,
  clarityRetentionDays: z.nullable(RetentionDays),
  auditRetentionDays: z.nullable(z.int().check(z.minimum(1), z.maximum(36500))),
});
export type ServerSettings = z.infer<typeof ServerSettings>;

/** `PUT /v1/settings` (admin): fields left out keep their value; null goes back to the default. */
export const ServerSettingsChange = z.object({
  clarityRetentionDays: z.optional(z.nullable(RetentionDays)),
  auditRetentionDays: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(36500)))),
});
export type ServerSettingsChange = z.infer<typeof ServerSettingsChange>;


