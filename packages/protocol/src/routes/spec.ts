/** What every route module shares: the `RouteSpec` shape, the shared refusals and the small schemas routes share. */
import * as z from 'zod/mini';
import { ClientId, ErrorBody, Slug } from '../common.ts';
import type { StaffRole } from '../staff.ts';

export type Schema = z.core.$ZodType;

/** The request header that carries the participant id on the routes that say `participantHeader`. */
export const participantHeader = 'Copro-Participant';

export type Responses = Record<number, { description: string; schema?: Schema; mediaType?: string }>;

/** Schemas the routes below share: made once here, never inside a route (a bundler keeps a route that makes one). */
export const Text = z.string();
export const AnyId = z.string();
export const JsonDocument = z.record(z.string(), z.unknown());
export const Revoked = z.object({ id: z.string(), revoked: z.literal(true) });

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
  /**
   * A public read that a staff token (any role) widens: staff see what the public may not (pending
   * posts, every role's results, the new-voices figures, the staff stream). Without a token it is
   * the public's read; a wrong, expired or revoked token answers 401, so a mistyped one is noticed.
   */
  staffView?: true;
  /** A room write that a room editor link's key also allows (or anyone, when the room has `publicEditing`). */
  roomEditor?: boolean;
  /**
   * The audit trail's name for what this staff route does (e.g. `post.visibility`). Every staff
   * write has one, and so does every export; the server records each success under it.
   */
  audit?: string;
  /**
   * A resident's write that staff of `role` may also make on someone's behalf, with a `channel`
   * (CONTRACT.md "Channels"): without a token it is the resident's own (`online`); with a staff
   * token the role is checked (401/403) and each success is recorded in the audit trail as `audit`.
   */
  onBehalf?: { role: StaffRole; audit: string };
  /**
   * A board's or a ladder's write that a kiosk link's key (`Authorization: Bearer <key>`) may also
   * send: stored with `channel: "event"` and the link's event. The link is for the path's `{ladder}`
   * when it has one, else its `{board}`. An unknown, revoked or expired key, or one for another board
   * or ladder, answers 401.
   */
  kiosk?: true;
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

export const board = { board: Slug };
export const post = { board: Slug, post: ClientId };
export const badRequest = { description: 'The request did not match the schema; nothing was stored.', schema: ErrorBody };
export const noSuchItem = { description: 'No such item (or auto-creation is off).', schema: ErrorBody };
export const readErrors = { 400: badRequest, 404: noSuchItem };
/** A write with a client-made id: the same id from another participant, or with other content, is refused without a word of what is stored. */
export const replayErrors = {
  409: { description: '`id_conflict`: the id belongs to a different write (another participant, other content, or another board or ladder). Nothing was stored and nothing of the stored item is shown.', schema: ErrorBody },
  410: { description: 'The id was erased (by the resident or by retention): nothing is stored.', schema: ErrorBody },
};
export const writeErrors = {
  400: badRequest,
  404: noSuchItem,
  413: { description: 'The body is larger than the server accepts.', schema: ErrorBody },
  415: { description: 'The body is not JSON.', schema: ErrorBody },
  429: { description: 'Too many writes from this client; wait for Retry-After seconds and send again.', schema: ErrorBody },
};
export const staffErrors = {
  401: { description: 'Missing or wrong staff token.', schema: ErrorBody },
  403: { description: 'The token is valid but its role may not do this (`forbidden_role`).', schema: ErrorBody },
  429: { description: 'Too many wrong tokens from this address; wait for Retry-After seconds.', schema: ErrorBody },
};
