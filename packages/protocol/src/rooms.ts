import * as z from 'zod/mini';
import { RetentionDays, Slug, Timestamp, limits, optionalText, standardFlag, text } from './common.ts';

export const GroupStatus = z.enum(['unknown', 'missing', 'invited', 'present', 'not-relevant']);
export type GroupStatus = z.infer<typeof GroupStatus>;
export const groupStatuses = GroupStatus.options;

/** A group a project should hear from. `revision` goes up by one on every change. */
export const Group = z.object({
  id: Slug,
  label: z.string(),
  hint: z.string(),
  status: GroupStatus,
  note: z.string(),
  revision: z.int().check(z.minimum(0)),
  updatedAt: Timestamp,
  /** A default group in its standard wording (in the read's `?lang=` language); false for the organisation's own words. */
  standard: standardFlag(),
});
export type Group = z.infer<typeof Group>;

export const Room = z.object({
  id: Slug,
  title: text(limits.title),
  groups: z.array(Group),
  /** Anyone may change the checklist (no editor link or staff token needed). Default false. */
  publicEditing: z.optional(z.boolean()),
  /** Days group notes and who changed them are kept (retention); absent or null: the server's default. */
  retentionDays: z.optional(z.nullable(RetentionDays)),
});
export type Room = z.infer<typeof Room>;

export const UpdateGroup = z.object({
  status: GroupStatus,
  note: optionalText(limits.note),
  /** The revision this change was made from; a stale one is answered 409 with the current group. */
  revision: z.int().check(z.minimum(0)),
});
export type UpdateGroup = z.infer<typeof UpdateGroup>;

/** A custom group. Its `id` is client-made (a lower-case UUID fits the slug rule). */
export const NewGroup = z.object({
  id: Slug,
  label: text(limits.label),
  hint: z.optional(optionalText(limits.hint)),
});
export type NewGroup = z.infer<typeof NewGroup>;

/** The 409 answer: the usual error plus the group as it now stands. */
export const GroupConflict = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string() }),
  current: Group,
});
export type GroupConflict = z.infer<typeof GroupConflict>;

/** Staff (admin): create a room (with the default groups) or change its title and who may edit it. */
export const RoomSettings = z.object({
  title: z.optional(text(limits.title)),
  /** Let anyone change the checklist, as before editor links (off by default). */
  publicEditing: z.optional(z.boolean()),
  /** Days group notes and who changed them are kept; null: the server's default. */
  retentionDays: z.optional(z.nullable(RetentionDays)),
});

/** Most groups a room may hold, removed ones included: a cap on what a leaked editor key can add. */
export const maxGroupsPerRoom = 100;
export type RoomSettings = z.infer<typeof RoomSettings>;
