import * as z from 'zod/mini';
import { RetentionDays, Timestamp } from './common.ts';

/** `GET /v1/backup` (admin): every table's rows, restorable with `npm run restore` into a new data folder. */
export const BackupFile = z.object({
  format: z.literal('copro-backup'),
  version: z.literal(1),
  madeAt: Timestamp,
  schema: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** `POST /v1/rooms/{room}/editor-links`: `page` is the address of the page that shows the room. */
export const NewEditorLink = z.object({
  page: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))),
});
export type NewEditorLink = z.infer<typeof NewEditorLink>;

/**
 * A room editor link. `url` is the link to share: `page#copro-key=<key>` (just `#copro-key=<key>`
 * when no page was given); whoever opens it may change that room's checklist until it is revoked.
 */
export const EditorLink = z.object({ id: z.string(), key: z.string(), url: z.string() });
export type EditorLink = z.infer<typeof EditorLink>;

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
