import * as z from 'zod/mini';

/** Ids of boards, rooms, ladders, groups, categories, rungs and roles: lower-case words joined by hyphens. */
export const Slug = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use 1 to 64 lower-case letters, digits and hyphens.'),
);

/** A client-made id for a write; the same id sent twice is stored once. */
export const ClientId = z.uuid();

/** The anonymous participant id a browser keeps per endpoint. It is not a login. */
export const ParticipantId = z.uuid();

/** An ISO 8601 date-time with an offset, as the server writes it. */
export const Timestamp = z.iso.datetime({ offset: true });

/**
 * Text with nothing visible in it: only white space and invisible format characters (zero-width
 * spaces and joiners, direction marks, the byte-order mark). A post of five zero-width spaces
 * looks empty to everyone who reads it, so it counts as empty.
 */
const INVISIBLE_ONLY = /^[\s\p{Cf}]*$/u;
/** Text as stored: trimmed, and empty when nothing in it is visible. */
export const visibleText = (value: string): string => (INVISIBLE_ONLY.test(value) ? '' : value.trim());
const trimInvisible = () => z.overwrite(visibleText);

/** Words a person writes: trimmed, at least one visible character. */
export const text = (max: number) => z.string().check(trimInvisible(), z.minLength(1), z.maxLength(max));

/** Optional words: trimmed; may be empty (and is, when nothing in it is visible). */
export const optionalText = (max: number) => z.string().check(trimInvisible(), z.maxLength(max));

/** Every error answer has this shape. `issues` lists what failed validation, path by path. */
export const ErrorCode = z.enum([
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'conflict',
  'id_conflict',
  'wrong_host',
  'unauthorized',
  'forbidden_role',
  'gone',
  'forbidden_origin',
  'rate_limited',
  'closed',
  'internal_error',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ValidationIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    issues: z.optional(z.array(ValidationIssue)),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * `?lang=` on a read of a room or a ladder: the language the standard wording (the default groups,
 * rungs and roles) comes in. `cy` answers Welsh; anything else, or none, English. An item the
 * organisation has reworded is answered as they wrote it. Endpoints of the original version 1
 * ignore it: elements show what they get.
 */
export const LangQuery = z.object({ lang: z.optional(z.string().check(z.maxLength(35))) });
export type LangQuery = z.infer<typeof LangQuery>;

/**
 * On each default group, rung and role in a read: true when it is the standard wording (answered
 * in the `?lang=` language), false for the organisation's own. False when an endpoint does not say.
 */
export const standardFlag = () => z._default(z.boolean(), false);

export const Health = z.object({ ok: z.literal(true), version: z.string() });
export type Health = z.infer<typeof Health>;

/** Limits shared by the client (to warn early) and the server (to refuse). */
export const limits = {
  /** Largest request body the server reads, in bytes. */
  maxBodyBytes: 64 * 1024,
  postBody: 5000,
  /** Longest similar-post search: the board sends at most the first 500 characters typed. */
  searchQuery: 500,
  displayName: 80,
  label: 120,
  hint: 500,
  note: 2000,
  responseMessage: 4000,
  comment: 2000,
  /** The first words of a block sent with a clarity answer. */
  excerpt: 200,
  title: 200,
  pageSize: 100,
  defaultPageSize: 20,
} as const;

/**
 * How a post or rating arrived (CONTRACT.md "Channels"): `online`, typed by a resident in the
 * element (residents cannot set anything else); the others typed up by staff (moderator or above)
 * on someone's behalf: from a paper form, at an event, on the phone, by email, or another way.
 */
export const Channel = z.enum(['online', 'paper', 'event', 'phone', 'email', 'other']);
export type Channel = z.infer<typeof Channel>;
export const channels = Channel.options;

/** The event's name on an entry from the `event` channel (e.g. "Pizza and Opinions, 4 December"). */
export const EventName = optionalText(limits.label);

/**
 * How long personal data is kept, in days (1 to 3650), before the daily retention job removes or
 * anonymises it. On an item's settings, null goes back to the server's default (`COPRO_RETENTION_DAYS`).
 */
export const RetentionDays = z.int().check(z.minimum(1), z.maximum(3650));
