import * as z from 'zod/mini';
import { ClientId, ParticipantId, Slug, Timestamp, limits, optionalText, text } from './common.ts';

export const Rung = z.object({ id: Slug, label: text(limits.label), description: z.string() });
export type Rung = z.infer<typeof Rung>;

export const Role = z.object({ id: Slug, label: text(limits.label) });
export type Role = z.infer<typeof Role>;

export const Ladder = z.object({
  id: Slug,
  title: text(limits.title),
  /** Bottom to top. */
  rungs: z.array(Rung),
  roles: z.array(Role),
  /** Whether this ladder also asks for a 1 to 5 rating of each of the six principles. */
  principles: z.boolean(),
});
export type Ladder = z.infer<typeof Ladder>;

/** Staff: create or change a ladder. Fields left out keep their current value (or the default for a new ladder). */
export const LadderSettings = z.object({
  title: z.optional(text(limits.title)),
  /** Bottom to top; at least one. */
  rungs: z.optional(z.array(Rung).check(z.minLength(1), z.maxLength(20))),
  roles: z.optional(z.array(Role).check(z.minLength(1), z.maxLength(20))),
  principles: z.optional(z.boolean()),
});
export type LadderSettings = z.infer<typeof LadderSettings>;

export const PrincipleId = z.enum(['assets', 'capabilities', 'mutuality', 'networks', 'blurring', 'facilitating']);
export type PrincipleId = z.infer<typeof PrincipleId>;
export const principleIds = PrincipleId.options;

/** 1 = no action yet, 2 = made a start, 3 = progress on several fronts, 4 = strong in some areas, 5 = strong throughout. */
export const PrincipleScore = z.int().check(z.minimum(1), z.maximum(5));

export const NewRating = z.object({
  id: ClientId,
  participant: ParticipantId,
  role: Slug,
  now: Slug,
  aim: z.optional(Slug),
  principles: z.optional(z.partialRecord(PrincipleId, PrincipleScore)),
  comment: z.optional(optionalText(limits.comment)),
});
export type NewRating = z.infer<typeof NewRating>;

export const Rating = z.object({
  id: ClientId,
  role: Slug,
  now: Slug,
  aim: z.nullable(Slug),
  principles: z.partialRecord(PrincipleId, PrincipleScore),
  comment: z.nullable(z.string()),
  createdAt: Timestamp,
});
export type Rating = z.infer<typeof Rating>;

export const RoleSummary = z.object({
  count: z.int().check(z.minimum(0)),
  /** How many people put the project on each rung now. */
  now: z.record(z.string(), z.int()),
  /** How many people want it on each rung. */
  aim: z.record(z.string(), z.int()),
  /** Mean score per principle, from those who scored it. */
  principles: z.partialRecord(PrincipleId, z.number()),
});
export type RoleSummary = z.infer<typeof RoleSummary>;

export const LadderSummary = z.object({
  total: z.int().check(z.minimum(0)),
  byRole: z.record(z.string(), RoleSummary),
});
export type LadderSummary = z.infer<typeof LadderSummary>;
