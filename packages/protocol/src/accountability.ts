/**
 * A board's public record ("you said, we did": answered, waiting, promises kept), read by
 * `<copro-you-said-we-did>` and the board's staff. Its own module (re-exported by index.ts), so a
 * page without either never holds these schemas.
 */
import * as z from 'zod/mini';
import { PostResponse } from './boards.ts';
import { ClientId } from './common.ts';

const Count = z.int().check(z.minimum(0));

/** One "you said, we did" pair on the public record: the post's words beside its answer. */
export const AccountabilityPair = z.object({
  id: ClientId,
  body: z.string(),
  response: PostResponse,
});
export type AccountabilityPair = z.infer<typeof AccountabilityPair>;

/** How many dated promises were kept on time, kept late, are overdue, or are still open (not yet due). */
export const PromiseCounts = z.object({
  onTime: z.int().check(z.minimum(0)),
  late: z.int().check(z.minimum(0)),
  overdue: z.int().check(z.minimum(0)),
  open: z.int().check(z.minimum(0)),
});
export type PromiseCounts = z.infer<typeof PromiseCounts>;

/**
 * Staff only: one month of new voices. `posts` counts the board's posts that month, `ratings` the
 * ratings on every ladder of this endpoint (ratings belong to no board); `firstTime…` those from
 * people whose first post or rating on this endpoint fell in that month. From participant ids alone;
 * anonymised items (erased or past retention) are left out.
 */
export const NewVoicesMonth = z.object({
  /** `YYYY-MM`, in the board's time zone. */
  month: z.string(),
  posts: z.int().check(z.minimum(0)),
  firstTimePosts: z.int().check(z.minimum(0)),
  ratings: z.int().check(z.minimum(0)),
  firstTimeRatings: z.int().check(z.minimum(0)),
});
export type NewVoicesMonth = z.infer<typeof NewVoicesMonth>;

/** Staff only: how many of the board's posts (every visibility) arrived by each channel, every channel named. */
export const ChannelCounts = z.object({
  online: Count,
  paper: Count,
  event: Count,
  phone: Count,
  email: Count,
  other: Count,
});
export type ChannelCounts = z.infer<typeof ChannelCounts>;

/** `GET /v1/boards/{board}/accountability`: a board's public record, over its visible posts. */
export const Accountability = z.object({
  /** Visible posts with an answer. */
  answered: z.int().check(z.minimum(0)),
  /** Visible posts still waiting for one. */
  waiting: z.int().check(z.minimum(0)),
  /** Median whole-and-tenth days from a post to its first answer; null when nothing is answered. */
  medianDaysToFirstAnswer: z.nullable(z.number().check(z.minimum(0))),
  promises: PromiseCounts,
  /** The most recently answered visible posts, newest answer first (at most 5). */
  latest: z.array(AccountabilityPair),
  /**
   * Answered posts erased at their authors' request (with their answers), counted so that none
   * leaves the record silently; what they said is gone. Absent from an endpoint that does not count them.
   */
  erasedAnswered: z.optional(z.int().check(z.minimum(0))),
  /** Staff only (with a staff token): the last 12 months with posts or ratings, newest first. Readers never get it. */
  newVoices: z.optional(z.array(NewVoicesMonth)),
  /** Staff only: the board's posts by how they arrived (typed online, or typed up by staff from paper, an event, a call, an email). */
  channels: z.optional(ChannelCounts),
});
export type Accountability = z.infer<typeof Accountability>;
