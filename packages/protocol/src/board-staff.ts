/**
 * A board's staff writes and reads: answers, settings, showing and hiding, reports, redaction.
 * Its own module (re-exported by index.ts), so a reader's bundle never holds these schemas.
 */
import * as z from 'zod/mini';
import { Category, DueDate, Moderation, Post, ReportReason, ResponseStatus, statusesWithDue } from './boards.ts';
import { RetentionDays, Timestamp, limits, optionalText, text } from './common.ts';

// A board's settings' checks, here and not in boards.ts: only staff send settings, and these are
// the only refinements of the board's schemas, so readers' pages never download zod's refine.
/** A web page address (`http:` or `https:`), e.g. the page that holds a board. */
export const PageUrl = z.string().check(
  z.maxLength(2000),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Give the full address of a web page, starting https://.'),
);

/** An IANA time zone name this runtime knows, e.g. `Europe/London`. */
export const TimeZone = z.string().check(
  z.refine((value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return value.length > 0 && value.length <= 64;
    } catch {
      return false;
    }
  }, 'Use a time zone name such as Europe/London.'),
);

export const SetResponse = z.object({
  status: ResponseStatus,
  message: optionalText(limits.responseMessage),
  /** With `planned`: the date promised; with `considering`: the date a decision will be made. */
  due: z.optional(DueDate),
}).check(
  z.refine((value) => value.status !== 'not-doing' || value.message.length > 0, {
    message: 'Give a reason when the answer is "not doing".',
    path: ['message'],
  }),
  z.refine((value) => value.due === undefined || statusesWithDue.includes(value.status), {
    message: 'A date goes only with "planned" or "considering".',
    path: ['due'],
  }),
);
export type SetResponse = z.infer<typeof SetResponse>;

/** Staff: create or change a board. Fields left out keep their current value (or the default for a new board). */
export const BoardSettings = z.object({
  title: z.optional(text(limits.title)),
  categories: z.optional(z.array(Category).check(z.maxLength(50))),
  moderation: z.optional(Moderation),
  maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(limits.postBody))),
  open: z.optional(z.boolean()),
  /** Null removes the closing date. */
  closesAt: z.optional(z.nullable(Timestamp)),
  timeZone: z.optional(TimeZone),
  /** Days personal data on this board is kept; null: the server's default. */
  retentionDays: z.optional(z.nullable(RetentionDays)),
  /** Reports that hide a post for review; 0 never hides one. */
  reportsToHide: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  /** The public page that holds the board (null removes it). */
  pageUrl: z.optional(z.nullable(PageUrl)),
  /** Show residents how each post arrived ("From a paper form"). */
  showChannel: z.optional(z.boolean()),
});
export type BoardSettings = z.infer<typeof BoardSettings>;

export const SetVisibility = z.object({ visibility: z.enum(['visible', 'hidden']) });
export type SetVisibility = z.infer<typeof SetVisibility>;

/** A post with reports no moderator has dealt with yet (showing or hiding the post deals with them). */
export const ReportedPost = z.object({
  post: Post,
  count: z.int().check(z.minimum(1)),
  /** How many reports gave each reason, the most given first. */
  reasons: z.array(z.object({ reason: ReportReason, count: z.int().check(z.minimum(1)) })),
  lastReportedAt: Timestamp,
});
export type ReportedPost = z.infer<typeof ReportedPost>;

/** `GET /v1/boards/{board}/reports` (staff): reported posts, the most reported first. */
export const ReportedPosts = z.object({ items: z.array(ReportedPost) });
export type ReportedPosts = z.infer<typeof ReportedPosts>;

/** `PUT /v1/boards/{board}/posts/{post}/body` (moderator): the post's words with personal details taken out. */
export const RedactPost = z.object({ body: text(limits.postBody) });
export type RedactPost = z.infer<typeof RedactPost>;
