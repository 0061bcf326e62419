import * as z from 'zod/mini';
import { Accountability, Board, BoardMine, NewPostForm, NewReport, RedactPost, Report, ReportedPosts, BoardSettings, FeedQuery, ListPostsQuery, NewPost, Post, PostPage, SetResponse, SetVisibility, SimilarPosts, SimilarPostsQuery, SupportState } from './boards.ts';
import { Clarity, ClarityQuery, ClarityReport, NewClarity, UpdateClarity } from './clarity.ts';
import { ClientId, ErrorBody, Health, LangQuery, ParticipantId, Slug } from './common.ts';
import { Ladder, LadderCommentPage, LadderCommentsQuery, LadderSettings, LadderSummary, NewRating, Rating } from './ladders.ts';
import { Group, GroupConflict, NewGroup, Room, RoomSettings, UpdateGroup } from './rooms.ts';
import { ErasePostQuery, ErasedCounts, ParticipantData } from './participants.ts';
import { AuditPage, AuditQuery, BackupFile, EditorLink, NewEditorLink, NewStaff, ServerSettings, ServerSettingsChange, StaffCreated, StaffList, StaffMe, StaffMember, WaitingCount, type StaffRole } from './staff.ts';

type Schema = z.core.$ZodType;

/** The request header that carries the participant id on the routes that say `participantHeader`. */
export const participantHeader = 'Copro-Participant';

type Responses = Record<number, { description: string; schema?: Schema; mediaType?: string }>;

/** Schemas the routes below share: made once here, never inside a route (a bundler keeps a route that makes one). */
const Text = z.string();
const AnyId = z.string();
const JsonDocument = z.record(z.string(), z.unknown());
const Revoked = z.object({ id: z.string(), revoked: z.literal(true) });

/**
 * One route of HTTP API version 1. Each route is its own export (so a browser bundle keeps only the
 * routes it calls, with their schemas) and belongs to its resource's table below; `routeTable`
 * joins the tables. To add a route: export it here, put its key in its resource's table, and give
 * the server a handler under the same key (packages/server/src/routes/*): the server refuses to
 * start, and the type check fails, while a route has no handler or a handler has no route.
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI-style path below the endpoint, e.g. `/v1/boards/{board}`. */
  path: string;
  summary: string;
  /**
   * The staff role this route needs (`Authorization: Bearer <token>`): no token answers 401, a
   * token of a lower role 403 `forbidden_role`. The server enforces it from this table.
   */
  role?: StaffRole;
  /** A room write that a room editor link's key also allows (or anyone, when the room has `publicEditing`). */
  roomEditor?: boolean;
  /**
   * The audit trail's name for what this staff route does (e.g. `post.visibility`). Every staff
   * write has one, and so does every export; the server records each success under it.
   */
  audit?: string;
  params?: Record<string, Schema>;
  query?: z.ZodMiniObject;
  body?: Schema;
  /** The request body's media type; defaults to `application/json`. */
  bodyMediaType?: string;
  /** The participant id comes in the `Copro-Participant` header (never in the address, where proxies log it). */
  participantHeader?: true;
  /** `mediaType` defaults to `application/json`. */
  responses: Responses;
  /** Shared refusals (`readErrors`, `writeErrors`, `staffErrors`, `replayErrors`); `responses` wins where both name a status. */
  errors?: Responses[];
}

const board = { board: Slug };
const post = { board: Slug, post: ClientId };
const badRequest = { description: 'The request did not match the schema; nothing was stored.', schema: ErrorBody };
const noSuchItem = { description: 'No such item (or auto-creation is off).', schema: ErrorBody };
const readErrors = { 400: badRequest, 404: noSuchItem };
/** A write with a client-made id: the same id from another participant, or with other content, is refused without a word of what is stored. */
const replayErrors = {
  409: { description: '`id_conflict`: the id belongs to a different write (another participant, other content, or another board or ladder). Nothing was stored and nothing of the stored item is shown.', schema: ErrorBody },
  410: { description: 'The id was erased (by the resident or by retention): nothing is stored.', schema: ErrorBody },
};
const writeErrors = {
  400: badRequest,
  404: noSuchItem,
  413: { description: 'The body is larger than the server accepts.', schema: ErrorBody },
  415: { description: 'The body is not JSON.', schema: ErrorBody },
  429: { description: 'Too many writes from this client; wait for Retry-After seconds and send again.', schema: ErrorBody },
};
const staffErrors = {
  401: { description: 'Missing or wrong staff token.', schema: ErrorBody },
  403: { description: 'The token is valid but its role may not do this (`forbidden_role`).', schema: ErrorBody },
  429: { description: 'Too many wrong tokens from this address; wait for Retry-After seconds.', schema: ErrorBody },
};

// The endpoint itself.
export const health = { method: 'get', path: '/v1/health', summary: 'Is the endpoint up?', responses: { 200: { description: 'Up.', schema: Health } } } satisfies RouteSpec;
export const openApi = { method: 'get', path: '/v1/openapi.json', summary: 'This API as an OpenAPI 3.1 document, made from the route table', responses: { 200: { description: 'The OpenAPI document.', schema: JsonDocument } } } satisfies RouteSpec;

// Feedback boards: posts, supports, answers, feeds and exports.
export const getBoard = { method: 'get', path: '/v1/boards/{board}', summary: 'A feedback board', params: board, responses: { 200: { description: 'The board.', schema: Board } }, errors: [readErrors] } satisfies RouteSpec;
export const configureBoard = { method: 'put', path: '/v1/boards/{board}', summary: 'Create or change a board (title, categories, moderation, length, open)', role: 'admin', audit: 'board.settings', params: board, body: BoardSettings, responses: { 200: { description: 'The board as it now stands.', schema: Board } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const listPosts = { method: 'get', path: '/v1/boards/{board}/posts', summary: 'One page of posts', params: board, query: ListPostsQuery, responses: { 200: { description: 'A page of posts.', schema: PostPage } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const createPost = { method: 'post', path: '/v1/boards/{board}/posts', summary: 'Post an idea or feedback', params: board, body: NewPost, responses: { 201: { description: 'Stored.', schema: Post }, 200: { description: 'Already stored: a replay of the same write by the same participant.', schema: Post }, 409: { description: '`closed`: the board takes no new posts; or `id_conflict`: the id belongs to a different write (nothing of it is shown).', schema: ErrorBody } }, errors: [writeErrors, replayErrors] } satisfies RouteSpec;
export const postFromForm = { method: 'post', path: '/v1/boards/{board}/posts/form', summary: 'Post from the no-JavaScript form, then go back to the page', params: board, body: NewPostForm, bodyMediaType: 'application/x-www-form-urlencoded', responses: { 303: { description: 'Stored (or refused): back to `return` with #copro-thanks or #copro-not-sent.' }, 200: { description: 'No page to go back to: a short HTML answer.', schema: Text, mediaType: 'text/html' } }, errors: [writeErrors] } satisfies RouteSpec;
export const supportPost = { method: 'put', path: '/v1/boards/{board}/posts/{post}/support', summary: 'Support a post (the participant in the `Copro-Participant` header, never in the address)', participantHeader: true, params: post, responses: { 200: { description: 'Supported.', schema: SupportState }, 409: { description: 'The board is closed.', schema: ErrorBody }, 400: { description: 'No valid `Copro-Participant` header, or the request did not match the schema; nothing was stored.', schema: ErrorBody } }, errors: [writeErrors] } satisfies RouteSpec;
export const unsupportPost = { method: 'delete', path: '/v1/boards/{board}/posts/{post}/support', summary: 'Withdraw support (the participant in the `Copro-Participant` header)', participantHeader: true, params: post, responses: { 200: { description: 'Not supported.', schema: SupportState }, 400: { description: 'No valid `Copro-Participant` header, or the request did not match the schema; nothing was stored.', schema: ErrorBody } }, errors: [writeErrors] } satisfies RouteSpec;
export const boardMine = { method: 'get', path: '/v1/boards/{board}/mine', summary: 'What is this reader’s own on a board (the participant in the `Copro-Participant` header): the posts they support, the posts they wrote, their posts still waiting for moderation', participantHeader: true, params: board, responses: { 200: { description: 'The per-reader part of the board, so the public pages are the same for everyone.', schema: BoardMine }, 400: { description: 'No valid `Copro-Participant` header, or the request did not match the schema.', schema: ErrorBody } }, errors: [readErrors] } satisfies RouteSpec;
export const supportInPath = { method: 'put', path: '/v1/boards/{board}/posts/{post}/supports/{participant}', summary: 'Support a post', params: { board: Slug, post: ClientId, participant: ParticipantId }, responses: { 200: { description: 'Supported.', schema: SupportState }, 409: { description: 'The board is closed.', schema: ErrorBody } }, errors: [writeErrors] } satisfies RouteSpec;
export const unsupportInPath = { method: 'delete', path: '/v1/boards/{board}/posts/{post}/supports/{participant}', summary: 'Withdraw support', params: { board: Slug, post: ClientId, participant: ParticipantId }, responses: { 200: { description: 'Not supported.', schema: SupportState } }, errors: [writeErrors] } satisfies RouteSpec;
export const respondToPost = { method: 'put', path: '/v1/boards/{board}/posts/{post}/response', summary: 'Answer a post ("you said, we did")', role: 'moderator', audit: 'post.response', params: post, body: SetResponse, responses: { 200: { description: 'The post with its response.', schema: Post } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const setPostVisibility = { method: 'put', path: '/v1/boards/{board}/posts/{post}/visibility', summary: 'Show or hide a post', role: 'moderator', audit: 'post.visibility', params: post, body: SetVisibility, responses: { 200: { description: 'The post.', schema: Post } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const reportPost = { method: 'post', path: '/v1/boards/{board}/posts/{post}/reports', summary: 'Report a post (a reason from a short list; no account). After the board’s reportsToHide reports, the post is hidden for review', params: post, body: NewReport, responses: { 201: { description: 'Stored; it reaches the moderation queue.', schema: Report }, 200: { description: 'Already stored: a replay of the same report.', schema: Report }, 409: { description: '`id_conflict`: the id belongs to a different write.', schema: ErrorBody } }, errors: [writeErrors] } satisfies RouteSpec;
export const reportedPosts = { method: 'get', path: '/v1/boards/{board}/reports', summary: 'Reported posts no moderator has dealt with yet, the most reported first (showing or hiding a post deals with its reports)', role: 'viewer', params: board, responses: { 200: { description: 'The reported posts, each with its reports by reason.', schema: ReportedPosts } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const redactPost = { method: 'put', path: '/v1/boards/{board}/posts/{post}/body', summary: 'Redact a post: change its words (to take out an email address or phone number). The audit trail records how much was removed, never the removed words', role: 'moderator', audit: 'post.redact', params: post, body: RedactPost, responses: { 200: { description: 'The redacted post, its `redactedAt` set to now (unchanged when the words are the same), so readers are told a moderator changed it.', schema: Post } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const similarPosts = { method: 'get', path: '/v1/boards/{board}/similar', summary: 'Visible posts like the words given (while someone types). The reader, whose own and supported posts are marked, comes in the `Copro-Participant` header (`?participant=` stays for old clients)', params: board, query: SimilarPostsQuery, responses: { 200: { description: 'The most alike posts first; empty when none is close.', schema: SimilarPosts }, 429: { description: 'Too many searches from this client; wait for Retry-After seconds.', schema: ErrorBody } }, errors: [readErrors] } satisfies RouteSpec;
export const exportPosts = { method: 'get', path: '/v1/boards/{board}/export.csv', summary: 'Every post on the board as CSV (UTF-8 with a header row)', role: 'viewer', audit: 'board.export', params: board, responses: { 200: { description: 'CSV, one row per post, all visibilities: id, created_at, visibility, category (its label), display_name, body, support_count, response_status, response_message, responded_at, days_to_answer, redacted_at.', schema: Text, mediaType: 'text/csv' } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const boardFeed = { method: 'get', path: '/v1/boards/{board}/feed.atom', summary: 'Atom feed of answered posts ("you said, we did")', params: board, query: FeedQuery, responses: { 200: { description: 'The 50 most recently answered visible posts.', schema: Text, mediaType: 'application/atom+xml' } }, errors: [readErrors] } satisfies RouteSpec;
export const waitingCount = { method: 'get', path: '/v1/boards/{board}/waiting', summary: 'How many posts wait for moderation (the staff page shows it)', role: 'viewer', params: board, responses: { 200: { description: 'The count and when the oldest was posted.', schema: WaitingCount } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const boardAccountability = { method: 'get', path: '/v1/boards/{board}/accountability', summary: 'The board’s public record: answered and waiting, median days to a first answer, promises kept, late and overdue, the latest "you said, we did" pairs', params: board, responses: { 200: { description: 'The figures, over visible posts; overdue counts in the board’s time zone.', schema: Accountability } }, errors: [readErrors] } satisfies RouteSpec;
export const postFeed = { method: 'get', path: '/v1/boards/{board}/posts/{post}/feed.atom', summary: 'Atom feed of one post’s answers and updates', params: post, query: FeedQuery, responses: { 200: { description: 'Every answer and update of the post, newest first.', schema: Text, mediaType: 'application/atom+xml' } }, errors: [readErrors] } satisfies RouteSpec;
export const erasePost = { method: 'delete', path: '/v1/boards/{board}/posts/{post}', summary: 'Erase a post, or (`?author=true`) everything from its author', role: 'admin', audit: 'post.erase', params: post, query: ErasePostQuery, responses: { 200: { description: 'What was erased.', schema: ErasedCounts } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;

// Who's not in the room: the checklist, its groups and editor links.
export const getRoom = { method: 'get', path: '/v1/rooms/{room}', summary: "A 'who's not in the room?' checklist (default groups in the `lang` language, each with `standard`)", params: { room: Slug }, query: LangQuery, responses: { 200: { description: 'The room.', schema: Room } }, errors: [readErrors] } satisfies RouteSpec;
export const configureRoom = { method: 'put', path: '/v1/rooms/{room}', summary: 'Create a room or change its title', role: 'admin', audit: 'room.settings', params: { room: Slug }, body: RoomSettings, responses: { 200: { description: 'The room.', schema: Room } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const updateGroup = { method: 'put', path: '/v1/rooms/{room}/groups/{group}', summary: "Change a group's status and note", role: 'moderator', roomEditor: true, audit: 'group.update', params: { room: Slug, group: Slug }, query: LangQuery, body: UpdateGroup, responses: { 200: { description: 'The group.', schema: Group }, 409: { description: 'The revision is stale; here is the group as it stands.', schema: GroupConflict } }, errors: [writeErrors] } satisfies RouteSpec;
export const addGroup = { method: 'post', path: '/v1/rooms/{room}/groups', summary: 'Add a group', role: 'moderator', roomEditor: true, audit: 'group.add', params: { room: Slug }, query: LangQuery, body: NewGroup, responses: { 201: { description: 'Added.', schema: Group }, 409: { description: 'The room already holds the most groups it may.', schema: ErrorBody }, 200: { description: 'Already there (a replay of the same id).', schema: Group } }, errors: [writeErrors] } satisfies RouteSpec;
export const removeGroup = { method: 'delete', path: '/v1/rooms/{room}/groups/{group}', summary: 'Remove a group (it can be restored)', role: 'moderator', audit: 'group.remove', params: { room: Slug, group: Slug }, query: LangQuery, responses: { 200: { description: 'The group as it was removed.', schema: Group } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const restoreGroup = { method: 'put', path: '/v1/rooms/{room}/groups/{group}/restore', summary: 'Bring a removed group back', role: 'moderator', audit: 'group.restore', params: { room: Slug, group: Slug }, query: LangQuery, responses: { 200: { description: 'The group, back in the room.', schema: Group } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const addEditorLink = { method: 'post', path: '/v1/rooms/{room}/editor-links', summary: 'Make an editor link for a room (share `url#copro-key=<key>`)', role: 'moderator', audit: 'room.editor-link.add', params: { room: Slug }, body: NewEditorLink, responses: { 201: { description: 'The link; its key is shown only now.', schema: EditorLink } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const revokeEditorLink = { method: 'delete', path: '/v1/rooms/{room}/editor-links/{id}', summary: 'Revoke an editor link, at once', role: 'moderator', audit: 'room.editor-link.revoke', params: { room: Slug, id: AnyId }, responses: { 200: { description: 'Revoked.', schema: Revoked } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;

// The ladder of co-production: ratings, the summary, comments.
export const getLadder = { method: 'get', path: '/v1/ladders/{ladder}', summary: 'A ladder of co-production (default rungs and roles in the `lang` language, each with `standard`)', params: { ladder: Slug }, query: LangQuery, responses: { 200: { description: 'The ladder.', schema: Ladder } }, errors: [readErrors] } satisfies RouteSpec;
export const configureLadder = { method: 'put', path: '/v1/ladders/{ladder}', summary: 'Create or change a ladder (title, rungs, roles, principles)', role: 'admin', audit: 'ladder.settings', params: { ladder: Slug }, body: LadderSettings, responses: { 200: { description: 'The ladder as it now stands.', schema: Ladder } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const rateLadder = { method: 'post', path: '/v1/ladders/{ladder}/ratings', summary: "Rate the project (replaces this participant's earlier rating)", params: { ladder: Slug }, body: NewRating, responses: { 201: { description: 'Stored.', schema: Rating }, 200: { description: 'Already stored: a replay of the same write by the same participant (for an id a later rating replaced, the rating as it stands).', schema: Rating } }, errors: [writeErrors, replayErrors] } satisfies RouteSpec;
export const ladderSummary = { method: 'get', path: '/v1/ladders/{ladder}/summary', summary: 'Ratings by role (for the public, a role under minAnswersToShow is withheld; staff see everything)', params: { ladder: Slug }, responses: { 200: { description: 'The summary.', schema: LadderSummary } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const ladderComments = { method: 'get', path: '/v1/ladders/{ladder}/comments', summary: 'Comments left with ratings, newest first, with the rating each came with', role: 'viewer', params: { ladder: Slug }, query: LadderCommentsQuery, responses: { 200: { description: 'A page of comments.', schema: LadderCommentPage } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const exportLadderComments = { method: 'get', path: '/v1/ladders/{ladder}/comments.csv', summary: 'Every comment left with a rating, as CSV (UTF-8 with a header row)', role: 'viewer', audit: 'ladder.comments.export', params: { ladder: Slug }, responses: { 200: { description: 'CSV, one row per comment: at, role, now, aim, comment.', schema: Text, mediaType: 'text/csv' } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;

// Plain language: "Was this clear?" answers and the report.
export const sendClarity = { method: 'post', path: '/v1/clarity', summary: 'Say whether a block of text was clear', body: NewClarity, responses: { 201: { description: 'Stored.', schema: Clarity }, 200: { description: 'Already stored: a replay of the same answer.', schema: Clarity } }, errors: [writeErrors, replayErrors] } satisfies RouteSpec;
export const updateClarity = { method: 'put', path: '/v1/clarity/{id}', summary: "Add a comment to (or change) one's own answer", params: { id: ClientId }, body: UpdateClarity, responses: { 200: { description: 'The answer with its comment.', schema: Clarity }, 404: { description: 'No answer with this id from this participant.', schema: ErrorBody } }, errors: [writeErrors] } satisfies RouteSpec;
export const clarityReport = { method: 'get', path: '/v1/clarity', summary: 'Clarity answers for a page, per block', role: 'viewer', query: ClarityQuery, responses: { 200: { description: 'The report.', schema: ClarityReport } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;

// Named staff, the audit trail, server settings and backups.
export const staffMe = { method: 'get', path: '/v1/staff/me', summary: 'Who this staff token belongs to', role: 'viewer', responses: { 200: { description: 'The name and role.', schema: StaffMe } }, errors: [staffErrors] } satisfies RouteSpec;
export const listStaff = { method: 'get', path: '/v1/staff', summary: 'Named staff (never their tokens)', role: 'admin', responses: { 200: { description: 'Every named staff member, revoked ones included.', schema: StaffList } }, errors: [staffErrors] } satisfies RouteSpec;
export const addStaff = { method: 'post', path: '/v1/staff', summary: 'Add a named staff member with a role; the token is shown once', role: 'admin', audit: 'staff.add', body: NewStaff, responses: { 201: { description: 'Added: the token is in this answer and nowhere else.', schema: StaffCreated } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const revokeStaff = { method: 'delete', path: '/v1/staff/{id}', summary: "Revoke a staff member's token, at once, on every server", role: 'admin', audit: 'staff.revoke', params: { id: AnyId }, responses: { 200: { description: 'Revoked.', schema: StaffMember } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const auditTrail = { method: 'get', path: '/v1/audit', summary: 'The audit trail of staff writes, newest first', role: 'admin', query: AuditQuery, responses: { 200: { description: 'A page of entries.', schema: AuditPage } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const exportAudit = { method: 'get', path: '/v1/audit/export.csv', summary: 'The audit trail as CSV, newest first (same filters)', role: 'admin', audit: 'audit.export', query: AuditQuery, responses: { 200: { description: 'CSV with a header row.', schema: Text, mediaType: 'text/csv' } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const serverSettings = { method: 'get', path: '/v1/settings', summary: 'Server-wide retention settings (the default period, clarity answers, the audit trail)', role: 'admin', responses: { 200: { description: 'The settings.', schema: ServerSettings } }, errors: [staffErrors] } satisfies RouteSpec;
export const changeServerSettings = { method: 'put', path: '/v1/settings', summary: 'Change how long clarity answers and the audit trail are kept', role: 'admin', audit: 'server.settings', body: ServerSettingsChange, responses: { 200: { description: 'The settings as they now stand.', schema: ServerSettings } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
export const backup = { method: 'get', path: '/v1/backup', summary: 'A logical backup of every table (JSON), for `npm run backup`', role: 'admin', audit: 'backup.export', responses: { 200: { description: 'The backup.', schema: BackupFile } }, errors: [staffErrors] } satisfies RouteSpec;

// Data protection: subject access and erasure by the resident.
export const participantData = { method: 'get', path: '/v1/participants/{participant}', summary: 'Everything stored under a participant id (subject access)', params: { participant: ParticipantId }, responses: { 200: { description: 'Posts, supports and ratings, as JSON.', schema: ParticipantData } }, errors: [readErrors] } satisfies RouteSpec;
export const eraseParticipant = { method: 'delete', path: '/v1/participants/{participant}', summary: 'Erase everything stored under a participant id', params: { participant: ParticipantId }, responses: { 200: { description: 'What was erased.', schema: ErasedCounts } }, errors: [writeErrors] } satisfies RouteSpec;

/** One table per resource: route key -> route. (No spreads here or in a route: a bundler keeps an object built with one.) */
export const healthRoutes = { health, openApi };
export const boardRoutes = { getBoard, configureBoard, listPosts, createPost, postFromForm, supportPost, unsupportPost, boardMine, supportInPath, unsupportInPath, respondToPost, setPostVisibility, reportPost, reportedPosts, redactPost, similarPosts, exportPosts, boardFeed, waitingCount, boardAccountability, postFeed, erasePost };
export const roomRoutes = { getRoom, configureRoom, updateGroup, addGroup, removeGroup, restoreGroup, addEditorLink, revokeEditorLink };
export const ladderRoutes = { getLadder, configureLadder, rateLadder, ladderSummary, ladderComments, exportLadderComments };
export const clarityRoutes = { sendClarity, updateClarity, clarityReport };
export const staffRoutes = { staffMe, listStaff, addStaff, revokeStaff, auditTrail, exportAudit, serverSettings, changeServerSettings, backup };
export const participantRoutes = { participantData, eraseParticipant };

/**
 * Every route of HTTP API version 1 by its key: the server registers a handler for each key (and
 * for nothing else), the endpoint client calls them by their exports, OpenAPI is made from them.
 */
export type RouteTable = typeof healthRoutes & typeof boardRoutes & typeof roomRoutes & typeof ladderRoutes & typeof clarityRoutes & typeof staffRoutes & typeof participantRoutes;
export const routeTable: RouteTable = /* @__PURE__ */ Object.assign({}, healthRoutes, boardRoutes, roomRoutes, ladderRoutes, clarityRoutes, staffRoutes, participantRoutes);
export type RouteKey = keyof RouteTable;

/** Every route of HTTP API version 1, with the schemas its bodies are checked against. */
export const routes: RouteSpec[] = /* @__PURE__ */ Object.values(routeTable);
