import * as z from 'zod/mini';
import { Board, NewPostForm, BoardSettings, FeedQuery, ListPostsQuery, NewPost, Post, PostPage, SetResponse, SetVisibility, SimilarPosts, SimilarPostsQuery, SupportState } from './boards.ts';
import { Clarity, ClarityQuery, ClarityReport, NewClarity, UpdateClarity } from './clarity.ts';
import { ClientId, ErrorBody, Health, ParticipantId, Slug } from './common.ts';
import { Ladder, LadderCommentPage, LadderCommentsQuery, LadderSettings, LadderSummary, NewRating, Rating } from './ladders.ts';
import { Group, GroupConflict, NewGroup, Room, RoomSettings, UpdateGroup } from './rooms.ts';

type Schema = z.core.$ZodType;

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI-style path below the endpoint, e.g. `/v1/boards/{board}`. */
  path: string;
  summary: string;
  /** Needs `Authorization: Bearer <token>`. */
  staff?: boolean;
  params?: Record<string, Schema>;
  query?: z.ZodMiniObject;
  body?: Schema;
  /** The request body's media type; defaults to `application/json`. */
  bodyMediaType?: string;
  /** `mediaType` defaults to `application/json`. */
  responses: Record<number, { description: string; schema?: Schema; mediaType?: string }>;
}

const board = { board: Slug };
const post = { ...board, post: ClientId };
const errors = {
  400: { description: 'The request did not match the schema; nothing was stored.', schema: ErrorBody },
  404: { description: 'No such item (or auto-creation is off).', schema: ErrorBody },
};
const writeErrors = {
  ...errors,
  413: { description: 'The body is larger than the server accepts.', schema: ErrorBody },
  415: { description: 'The body is not JSON.', schema: ErrorBody },
  429: { description: 'Too many writes from this client; wait for Retry-After seconds and send again.', schema: ErrorBody },
};
const staffErrors = { 401: { description: 'Missing or wrong staff token.', schema: ErrorBody } };

/** Every route of HTTP API version 1, with the schemas its bodies are checked against. */
export const routes: RouteSpec[] = [
  { method: 'get', path: '/v1/health', summary: 'Is the endpoint up?', responses: { 200: { description: 'Up.', schema: Health } } },
  { method: 'get', path: '/v1/boards/{board}', summary: 'A feedback board', params: board, responses: { 200: { description: 'The board.', schema: Board }, ...errors } },
  { method: 'put', path: '/v1/boards/{board}', summary: 'Create or change a board (title, categories, moderation, length, open)', staff: true, params: board, body: BoardSettings, responses: { 200: { description: 'The board as it now stands.', schema: Board }, ...writeErrors, ...staffErrors } },
  { method: 'get', path: '/v1/boards/{board}/posts', summary: 'One page of posts', params: board, query: ListPostsQuery, responses: { 200: { description: 'A page of posts.', schema: PostPage }, ...errors, ...staffErrors } },
  { method: 'post', path: '/v1/boards/{board}/posts', summary: 'Post an idea or feedback', params: board, body: NewPost, responses: { 201: { description: 'Stored.', schema: Post }, 200: { description: 'Already stored (a replay of the same id).', schema: Post }, 409: { description: 'The board is closed.', schema: ErrorBody }, ...writeErrors } },
  { method: 'put', path: '/v1/boards/{board}/posts/{post}/supports/{participant}', summary: 'Support a post', params: { ...post, participant: ParticipantId }, responses: { 200: { description: 'Supported.', schema: SupportState }, ...writeErrors } },
  { method: 'delete', path: '/v1/boards/{board}/posts/{post}/supports/{participant}', summary: 'Withdraw support', params: { ...post, participant: ParticipantId }, responses: { 200: { description: 'Not supported.', schema: SupportState }, ...writeErrors } },
  { method: 'put', path: '/v1/boards/{board}/posts/{post}/response', summary: 'Answer a post ("you said, we did")', staff: true, params: post, body: SetResponse, responses: { 200: { description: 'The post with its response.', schema: Post }, ...writeErrors, ...staffErrors } },
  { method: 'put', path: '/v1/boards/{board}/posts/{post}/visibility', summary: 'Show or hide a post', staff: true, params: post, body: SetVisibility, responses: { 200: { description: 'The post.', schema: Post }, ...writeErrors, ...staffErrors } },
  { method: 'post', path: '/v1/boards/{board}/posts/form', summary: 'Post from the no-JavaScript form, then go back to the page', params: board, body: NewPostForm, bodyMediaType: 'application/x-www-form-urlencoded', responses: { 303: { description: 'Stored (or refused): back to `return` with #copro-thanks or #copro-not-sent.' }, 200: { description: 'No page to go back to: a short HTML answer.', schema: z.string(), mediaType: 'text/html' }, ...writeErrors } },
  { method: 'get', path: '/v1/boards/{board}/similar', summary: 'Visible posts like the words given (while someone types)', params: board, query: SimilarPostsQuery, responses: { 200: { description: 'The most alike posts first; empty when none is close.', schema: SimilarPosts }, ...errors } },
  { method: 'get', path: '/v1/boards/{board}/export.csv', summary: 'Every post on the board as CSV (UTF-8 with a header row)', staff: true, params: board, responses: { 200: { description: 'CSV, one row per post, all visibilities.', schema: z.string(), mediaType: 'text/csv' }, ...errors, ...staffErrors } },
  { method: 'get', path: '/v1/boards/{board}/feed.atom', summary: 'Atom feed of answered posts ("you said, we did")', params: board, query: FeedQuery, responses: { 200: { description: 'The 50 most recently answered visible posts.', schema: z.string(), mediaType: 'application/atom+xml' }, ...errors } },
  { method: 'get', path: '/v1/rooms/{room}', summary: "A 'who's not in the room?' checklist", params: { room: Slug }, responses: { 200: { description: 'The room.', schema: Room }, ...errors } },
  { method: 'put', path: '/v1/rooms/{room}', summary: 'Create a room or change its title', staff: true, params: { room: Slug }, body: RoomSettings, responses: { 200: { description: 'The room.', schema: Room }, ...writeErrors, ...staffErrors } },
  { method: 'put', path: '/v1/rooms/{room}/groups/{group}', summary: "Change a group's status and note", params: { room: Slug, group: Slug }, body: UpdateGroup, responses: { 200: { description: 'The group.', schema: Group }, 409: { description: 'The revision is stale; here is the group as it stands.', schema: GroupConflict }, ...writeErrors } },
  { method: 'post', path: '/v1/rooms/{room}/groups', summary: 'Add a group', params: { room: Slug }, body: NewGroup, responses: { 201: { description: 'Added.', schema: Group }, 200: { description: 'Already there (a replay of the same id).', schema: Group }, ...writeErrors } },
  { method: 'get', path: '/v1/ladders/{ladder}', summary: 'A ladder of co-production', params: { ladder: Slug }, responses: { 200: { description: 'The ladder.', schema: Ladder }, ...errors } },
  { method: 'put', path: '/v1/ladders/{ladder}', summary: 'Create or change a ladder (title, rungs, roles, principles)', staff: true, params: { ladder: Slug }, body: LadderSettings, responses: { 200: { description: 'The ladder as it now stands.', schema: Ladder }, ...writeErrors, ...staffErrors } },
  { method: 'post', path: '/v1/ladders/{ladder}/ratings', summary: "Rate the project (replaces this participant's earlier rating)", params: { ladder: Slug }, body: NewRating, responses: { 201: { description: 'Stored.', schema: Rating }, 200: { description: 'Already stored (a replay of the same id).', schema: Rating }, ...writeErrors } },
  { method: 'get', path: '/v1/ladders/{ladder}/summary', summary: 'Ratings by role (for the public, a role under minAnswersToShow is withheld; staff see everything)', params: { ladder: Slug }, responses: { 200: { description: 'The summary.', schema: LadderSummary }, ...errors, ...staffErrors } },
  { method: 'get', path: '/v1/ladders/{ladder}/comments', summary: 'Comments left with ratings, newest first, with the rating each came with', staff: true, params: { ladder: Slug }, query: LadderCommentsQuery, responses: { 200: { description: 'A page of comments.', schema: LadderCommentPage }, ...errors, ...staffErrors } },
  { method: 'get', path: '/v1/ladders/{ladder}/comments.csv', summary: 'Every comment left with a rating, as CSV (UTF-8 with a header row)', staff: true, params: { ladder: Slug }, responses: { 200: { description: 'CSV, one row per comment: at, role, now, aim, comment.', schema: z.string(), mediaType: 'text/csv' }, ...errors, ...staffErrors } },
  { method: 'post', path: '/v1/clarity', summary: 'Say whether a block of text was clear', body: NewClarity, responses: { 201: { description: 'Stored.', schema: Clarity }, 200: { description: 'Already stored (a replay of the same id).', schema: Clarity }, ...writeErrors } },
  { method: 'put', path: '/v1/clarity/{id}', summary: "Add a comment to (or change) one's own answer", params: { id: ClientId }, body: UpdateClarity, responses: { 200: { description: 'The answer with its comment.', schema: Clarity }, ...writeErrors, 404: { description: 'No answer with this id from this participant.', schema: ErrorBody } } },
  { method: 'get', path: '/v1/clarity', summary: 'Clarity answers for a page, per block', staff: true, query: ClarityQuery, responses: { 200: { description: 'The report.', schema: ClarityReport }, ...errors, ...staffErrors } },
];
