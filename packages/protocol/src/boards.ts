import * as z from 'zod/mini';
import { Channel, ClientId, EventName, ParticipantId, RetentionDays, Slug, Timestamp, limits, optionalText, text } from './common.ts';

export const Category = z.object({ id: Slug, label: text(limits.label) });
export type Category = z.infer<typeof Category>;

export const Moderation = z.enum(['before', 'after']);
export type Moderation = z.infer<typeof Moderation>;

export const defaultTimeZone = 'Europe/London';

/** Reports that hide a post for review unless the board says otherwise (Decidim's default). */
export const defaultReportsToHide = 3;

export const Board = z.object({
  id: Slug,
  title: text(limits.title),
  categories: z.array(Category),
  moderation: Moderation,
  /** Longest post body this board accepts, in characters. */
  maxLength: z.int().check(z.minimum(1), z.maximum(limits.postBody)),
  /** A closed board shows its posts but takes no new ones (false once `closesAt` has passed). */
  open: z.boolean(),
  /** When the board stops taking posts and supports; it keeps showing answers and promises. Null: no closing date. */
  closesAt: z._default(z.nullable(Timestamp), null),
  /** The IANA time zone in which `due` dates fall (a promise is overdue the day after its date there). */
  timeZone: z._default(z.string(), defaultTimeZone),
  /** Days personal data on this board is kept (retention); absent or null: the server's default. */
  retentionDays: z.optional(z.nullable(RetentionDays)),
  /** A visible post is hidden for review (made `pending`) once this many reports of it wait for a moderator; 0: never. */
  reportsToHide: z._default(z.int().check(z.minimum(0)), defaultReportsToHide),
  /** The public page that holds the board: the Atom feed links its entries there. Null: none given. */
  pageUrl: z._default(z.nullable(z.string()), null),
  /** Residents see how each post arrived in plain words ("From a paper form"); staff always do. */
  showChannel: z._default(z.boolean(), false),
});
export type Board = z.infer<typeof Board>;

/** The "you said, we did" words, in the order a post usually moves through them. */
export const ResponseStatus = z.enum(['heard', 'considering', 'planned', 'done', 'not-doing']);
export type ResponseStatus = z.infer<typeof ResponseStatus>;
export const responseStatuses = ResponseStatus.options;

/** The answers that may carry a `due` date. */
export const statusesWithDue: readonly ResponseStatus[] = ['planned', 'considering'];

export const Visibility = z.enum(['pending', 'visible', 'hidden']);
export type Visibility = z.infer<typeof Visibility>;

/** A calendar date, `YYYY-MM-DD`: the day a promise is due, in the board's time zone. */
export const DueDate = z.iso.date();

/** Who answered, by role (never by name): the staff role of the token used. */
export const AnswerRole = z.string();

/** One answer or update, as given: the answer's history keeps every one, oldest first. */
export const ResponseHistoryEntry = z.object({
  status: ResponseStatus,
  message: z.string(),
  due: z._default(z.nullable(DueDate), null),
  at: Timestamp,
  role: z._default(AnswerRole, 'staff'),
});
export type ResponseHistoryEntry = z.infer<typeof ResponseHistoryEntry>;

export const PostResponse = z.object({
  status: ResponseStatus,
  message: z.string(),
  respondedAt: Timestamp,
  /** The date promised (`planned`) or the date a decision will be made (`considering`); kept by later updates that set none. */
  due: z._default(z.nullable(DueDate), null),
  /** Every answer and update, oldest first. An endpoint without history answers none. */
  history: z._default(z.array(ResponseHistoryEntry), []),
  /** `due` has passed in the board's time zone and the post is neither done nor declined. */
  overdue: z._default(z.boolean(), false),
});
export type PostResponse = z.infer<typeof PostResponse>;

export const Post = z.object({
  id: ClientId,
  body: z.string(),
  category: z.nullable(Slug),
  displayName: z.nullable(z.string()),
  createdAt: Timestamp,
  supportCount: z.int().check(z.minimum(0)),
  visibility: Visibility,
  response: z.nullable(PostResponse),
  /** Whether the participant named in the request supports this post (false when none was named). */
  supported: z.boolean(),
  /** Whether the participant named in the request wrote this post. */
  mine: z.boolean(),
  /**
   * Staff reads only: most of the post's supports (more than half, of at least five) came from one
   * internet address (an IPv4 address or IPv6 /64) on one day. Indicative, never a refusal: a youth
   * club or a library shares one address. Absent for the public.
   */
  supportsFromOneAddress: z.optional(z.boolean()),
  /**
   * When a moderator last changed the post's words (to take out personal details), so readers can
   * be told; null for a post as its author wrote it (and from an endpoint that does not say).
   */
  redactedAt: z._default(z.nullable(Timestamp), null),
  /** How the post arrived: `online` when a resident typed it; otherwise staff typed it up on someone's behalf. */
  channel: z._default(Channel, 'online'),
  /** The event's name, for the `event` channel when staff gave one; else null. */
  event: z._default(z.nullable(z.string()), null),
});
export type Post = z.infer<typeof Post>;

export const PostSort = z.enum(['newest', 'most-supported', 'recently-answered']);
export type PostSort = z.infer<typeof PostSort>;

/** `status` filters by response status; `unanswered` finds posts still waiting for one. */
export const PostStatusFilter = z.enum(['heard', 'considering', 'planned', 'done', 'not-doing', 'unanswered']);
export type PostStatusFilter = z.infer<typeof PostStatusFilter>;

export const ListPostsQuery = z.object({
  sort: z._default(PostSort, 'newest'),
  status: z.optional(PostStatusFilter),
  category: z.optional(Slug),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(limits.pageSize)),
    limits.defaultPageSize,
  ),
  /** Shows this participant's own pending posts and whether they support each post. */
  participant: z.optional(ParticipantId),
  /** Staff only (needs the token): only posts with this visibility, e.g. `pending` for the moderation queue. */
  visibility: z.optional(Visibility),
  /** `true`: only promises whose `due` date has passed in the board's time zone with no `done` or "not doing" (the staff's overdue queue). */
  overdue: z.optional(z.enum(['true', 'false'])),
});
export type ListPostsQuery = z.infer<typeof ListPostsQuery>;

export const PostPage = z.object({
  items: z.array(Post),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type PostPage = z.infer<typeof PostPage>;

export const NewPost = z.object({
  id: ClientId,
  participant: ParticipantId,
  body: text(limits.postBody),
  category: z.optional(Slug),
  displayName: z.optional(optionalText(limits.displayName)),
  /**
   * A honeypot: a field people never see or fill. A post that fills it is answered as if it were
   * stored (so a bot learns nothing) and is not stored.
   */
  website: z.optional(z.string().check(z.maxLength(500))),
  /**
   * Staff only (a moderator's token): how the words arrived, typed up on someone's behalf (not
   * `online`). Without a staff token only `online` is accepted (400 otherwise).
   */
  channel: z.optional(Channel),
  /** Staff only, with `channel: "event"`: the event's name. */
  event: z.optional(EventName),
});
export type NewPost = z.infer<typeof NewPost>;

/**
 * The fields of the board's no-JavaScript form (`application/x-www-form-urlencoded`). The server
 * makes the participant, and the id when none is given, then checks the post with `NewPost`.
 */
export const NewPostForm = z.object({
  body: z.string().check(z.maxLength(limits.postBody * 2)),
  category: z.optional(z.string()),
  displayName: z.optional(z.string()),
  website: z.optional(z.string()),
  /** A fresh UUID from a page rendered per visit, so a resent form is stored once. */
  id: z.optional(z.string()),
  /** The page to go back to (its origin must be this server's or an allowed one). */
  return: z.optional(z.string()),
});
export type NewPostForm = z.infer<typeof NewPostForm>;

export const SupportState = z.object({
  supported: z.boolean(),
  supportCount: z.int().check(z.minimum(0)),
});
export type SupportState = z.infer<typeof SupportState>;

/** Why a resident reports a post: a short list, so a report needs no words and no account. */
export const ReportReason = z.enum(['offensive', 'personal-details', 'spam', 'off-topic']);
export type ReportReason = z.infer<typeof ReportReason>;
export const reportReasons = ReportReason.options;

/** `POST /v1/boards/{board}/posts/{post}/reports`: anyone may report a visible post. No participant is stored with it. */
export const NewReport = z.object({ id: ClientId, reason: ReportReason });
export type NewReport = z.infer<typeof NewReport>;

export const Report = z.object({ id: ClientId, post: ClientId, reason: ReportReason, createdAt: Timestamp });
export type Report = z.infer<typeof Report>;

/** Similar-post search, shown while someone types so they can support a post instead of repeating it. */
export const SimilarPostsQuery = z.object({
  /** The words typed so far. */
  q: z.string().check(z.trim(), z.minLength(3), z.maxLength(limits.searchQuery)),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10)), 5),
  /** Marks which of the posts this participant supports or wrote. */
  participant: z.optional(ParticipantId),
});
export type SimilarPostsQuery = z.infer<typeof SimilarPostsQuery>;

/** Visible posts on the board most like the words, most alike first. */
export const SimilarPosts = z.object({ items: z.array(Post) });
export type SimilarPosts = z.infer<typeof SimilarPosts>;

/** The Atom feed of answered posts: the language of its status words. */
export const FeedQuery = z.object({ lang: z._default(z.enum(['en', 'cy']), 'en') });
export type FeedQuery = z.infer<typeof FeedQuery>;

/**
 * The response statuses in plain words, for places without a widget (the Atom feed, exports).
 * WELSH: machine-made, not yet checked by a fluent speaker.
 */
export const responseStatusWords: Record<'en' | 'cy', Record<ResponseStatus, string>> = {
  en: { heard: 'Heard', considering: 'Considering', planned: 'Planned', done: 'Done', 'not-doing': 'Not doing' },
  cy: { heard: 'Wedi clywed', considering: 'Yn ystyried', planned: 'Wedi’i gynllunio', done: 'Wedi’i wneud', 'not-doing': 'Ddim yn gwneud hyn' },
};

/** The columns of the staff CSV export, in order (first row of the file). */
export const postCsvColumns = [
  'id',
  'created_at',
  'visibility',
  'category',
  'display_name',
  'body',
  'support_count',
  'response_status',
  'response_message',
  'responded_at',
  'days_to_answer',
  'redacted_at',
  'channel',
  'event',
] as const;

/**
 * The events the optional webhook sends (`COPRO_WEBHOOK_URL`). `moderation.waiting`: posts wait for
 * moderation on a board (sent with a new pending post, at most once an hour per board, across servers).
 */
export const WebhookEventName = z.enum(['post.created', 'post.responded', 'moderation.waiting']);
export type WebhookEventName = z.infer<typeof WebhookEventName>;

/**
 * The JSON body of a webhook call. With `COPRO_WEBHOOK_SECRET` set, the header
 * `X-Copro-Signature: sha256=<hex>` is the HMAC-SHA256 of the raw body with that secret.
 */
export const WebhookDelivery = z.object({
  /** Unique per delivery (also in `X-Copro-Delivery`); a retried delivery keeps it. */
  id: z.uuid(),
  event: WebhookEventName,
  board: Slug,
  sentAt: Timestamp,
  /** The post the event is about (for `moderation.waiting`, the newest waiting post). */
  post: Post,
  /** `moderation.waiting` only: how many posts on the board wait for moderation. */
  waiting: z.optional(z.int().check(z.minimum(0))),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/**
 * `GET /v1/boards/{board}/mine` (participant in the `Copro-Participant` header): the per-reader
 * part of a board, so the public pages of posts are the same for everyone.
 */
export const BoardMine = z.object({
  /** The ids of the posts this participant supports. */
  supported: z._default(z.array(ClientId), []),
  /** This participant's own posts still waiting for moderation (shown only to them and staff). */
  pending: z._default(z.array(Post), []),
  /** The ids of the posts this participant wrote that they may see (visible or pending, so `pending`'s ids too). */
  posted: z._default(z.array(ClientId), []),
});
export type BoardMine = z.infer<typeof BoardMine>;
