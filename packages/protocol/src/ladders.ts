import * as z from 'zod/mini';
import { Channel, ClientId, EventName, ParticipantId, RetentionDays, Slug, Timestamp, limits, optionalText, standardFlag, text } from './common.ts';

export const Rung = z.object({ id: Slug, label: text(limits.label), description: z.string() });
export type Rung = z.infer<typeof Rung>;

export const Role = z.object({ id: Slug, label: text(limits.label) });
export type Role = z.infer<typeof Role>;

/** A rung as a ladder read answers it: `standard` says whether it is the standard wording (see `LangQuery`). */
export const ShownRung = z.object({ ...Rung.shape, standard: standardFlag() });
export type ShownRung = z.infer<typeof ShownRung>;
/** A role as a ladder read answers it: `standard` says whether it is the standard wording (see `LangQuery`). */
export const ShownRole = z.object({ ...Role.shape, standard: standardFlag() });
export type ShownRole = z.infer<typeof ShownRole>;

/** So that one person's answer is never shown on its own: roles with fewer answers are withheld from the public. */
export const DEFAULT_MIN_ANSWERS_TO_SHOW = 5;

export const Ladder = z.object({
  id: Slug,
  title: text(limits.title),
  /** Bottom to top. */
  rungs: z.array(ShownRung),
  roles: z.array(ShownRole),
  /** Whether this ladder also asks for a 1 to 5 rating of each of the six principles. */
  principles: z.boolean(),
  /** A role's results are public only from this many answers (staff see everything); 5 when an endpoint does not say. */
  minAnswersToShow: z._default(z.int().check(z.minimum(0)), DEFAULT_MIN_ANSWERS_TO_SHOW),
  /** Days ratings stay linked to their participant and keep their comments (retention); absent or null: the server's default. */
  retentionDays: z.optional(z.nullable(RetentionDays)),
});
export type Ladder = z.infer<typeof Ladder>;

/** Staff: create or change a ladder. Fields left out keep their current value (or the default for a new ladder). */
export const LadderSettings = z.object({
  title: z.optional(text(limits.title)),
  /** Bottom to top; at least one. */
  rungs: z.optional(z.array(Rung).check(z.minLength(1), z.maxLength(20))),
  roles: z.optional(z.array(Role).check(z.minLength(1), z.maxLength(20))),
  principles: z.optional(z.boolean()),
  minAnswersToShow: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  /** Days ratings stay linked and keep their comments; null: the server's default. */
  retentionDays: z.optional(z.nullable(RetentionDays)),
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
  /** Staff only (a moderator's token): how the rating arrived, entered on someone's behalf (not `online`). */
  channel: z.optional(Channel),
  /** Staff only, with `channel: "event"`: the event's name. */
  event: z.optional(EventName),
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
  /** How the rating arrived: `online` when the resident gave it; otherwise staff entered it on someone's behalf. */
  channel: z._default(Channel, 'online'),
  /** The event's name, for the `event` channel when staff gave one; else null. */
  event: z._default(z.nullable(z.string()), null),
});
export type Rating = z.infer<typeof Rating>;

export const RoleSummary = z.object({
  count: z.int().check(z.minimum(0)),
  /** How many people put the project on each rung now (empty when withheld). */
  now: z._default(z.record(z.string(), z.int()), {}),
  /** How many people want it on each rung (empty when withheld). */
  aim: z._default(z.record(z.string(), z.int()), {}),
  /** Mean score per principle, from those who scored it (empty when withheld). */
  principles: z._default(z.partialRecord(PrincipleId, z.number()), {}),
  /** Fewer answers than the ladder's `minAnswersToShow`: only the count is public (staff see everything). */
  withheld: z._default(z.boolean(), false),
});
export type RoleSummary = z.infer<typeof RoleSummary>;

export const LadderSummary = z.object({
  total: z.int().check(z.minimum(0)),
  byRole: z.record(z.string(), RoleSummary),
});
export type LadderSummary = z.infer<typeof LadderSummary>;

/** One comment left with a rating, for staff, with the rating it came with. */
export const LadderComment = z.object({
  at: Timestamp,
  role: Slug,
  now: Slug,
  aim: z.nullable(Slug),
  comment: z.string(),
  /** How the rating arrived (CONTRACT.md "Channels"); an endpoint that does not say is read as `online`. */
  channel: z._default(Channel, 'online'),
  /** The event's name, for the `event` channel when staff gave one; else null. */
  event: z._default(z.nullable(z.string()), null),
});
export type LadderComment = z.infer<typeof LadderComment>;

export const LadderCommentPage = z.object({ items: z.array(LadderComment), nextCursor: z.nullable(z.string()) });
export type LadderCommentPage = z.infer<typeof LadderCommentPage>;

export const LadderCommentsQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(limits.pageSize))),
});
