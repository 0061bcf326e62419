import * as z from 'zod/mini';
import { ClientId, ParticipantId, Slug, Timestamp, limits, optionalText, text } from './common.ts';

export const Category = z.object({ id: Slug, label: text(limits.label) });
export type Category = z.infer<typeof Category>;

export const Moderation = z.enum(['before', 'after']);
export type Moderation = z.infer<typeof Moderation>;

export const Board = z.object({
  id: Slug,
  title: text(limits.title),
  categories: z.array(Category),
  moderation: Moderation,
  /** Longest post body this board accepts, in characters. */
  maxLength: z.int().check(z.minimum(1), z.maximum(limits.postBody)),
  /** A closed board shows its posts but takes no new ones. */
  open: z.boolean(),
});
export type Board = z.infer<typeof Board>;

/** The "you said, we did" words, in the order a post usually moves through them. */
export const ResponseStatus = z.enum(['heard', 'considering', 'planned', 'done', 'not-doing']);
export type ResponseStatus = z.infer<typeof ResponseStatus>;
export const responseStatuses = ResponseStatus.options;

export const Visibility = z.enum(['pending', 'visible', 'hidden']);
export type Visibility = z.infer<typeof Visibility>;

export const PostResponse = z.object({
  status: ResponseStatus,
  message: z.string(),
  respondedAt: Timestamp,
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
});
export type NewPost = z.infer<typeof NewPost>;

export const SupportState = z.object({
  supported: z.boolean(),
  supportCount: z.int().check(z.minimum(0)),
});
export type SupportState = z.infer<typeof SupportState>;

export const SetResponse = z.object({
  status: ResponseStatus,
  message: optionalText(limits.responseMessage),
}).check(
  z.refine((value) => value.status !== 'not-doing' || value.message.length > 0, {
    message: 'Give a reason when the answer is "not doing".',
    path: ['message'],
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
});
export type BoardSettings = z.infer<typeof BoardSettings>;

export const SetVisibility = z.object({ visibility: z.enum(['visible', 'hidden']) });
export type SetVisibility = z.infer<typeof SetVisibility>;
