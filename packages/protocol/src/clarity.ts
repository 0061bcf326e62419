import * as z from 'zod/mini';
import { ClientId, ParticipantId, Timestamp, limits, optionalText } from './common.ts';

export const ReadingVersion = z.enum(['standard', 'plain']);
export type ReadingVersion = z.infer<typeof ReadingVersion>;

/** Page and block identify what was read: a page path or id, and the block's id on it. */
const PageRef = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const BlockRef = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

export const NewClarity = z.object({
  id: ClientId,
  page: PageRef,
  block: BlockRef,
  version: ReadingVersion,
  clear: z.boolean(),
  comment: z.optional(optionalText(limits.comment)),
  /** The browser's participant id: only this participant may later add a comment to the answer. */
  participant: z.optional(ParticipantId),
  /** The first words of the block as the reader saw it, so the report names words, not block ids. */
  excerpt: z.optional(optionalText(limits.excerpt)),
});
export type NewClarity = z.infer<typeof NewClarity>;

export const Clarity = z.object({
  id: ClientId,
  page: z.string(),
  block: z.string(),
  version: ReadingVersion,
  clear: z.boolean(),
  comment: z.nullable(z.string()),
  createdAt: Timestamp,
});
export type Clarity = z.infer<typeof Clarity>;

/**
 * `PUT /v1/clarity/{id}`: the follow-up to an answer already given, by the participant who gave it.
 * `comment` is the optional "what was hard to understand?"; `clear` lets the reader change Yes to No.
 */
export const UpdateClarity = z.object({
  participant: ParticipantId,
  comment: z.optional(optionalText(limits.comment)),
  clear: z.optional(z.boolean()),
});
export type UpdateClarity = z.infer<typeof UpdateClarity>;

export const ClarityQuery = z.object({ page: PageRef });

export const ClarityBlockReport = z.object({
  block: z.string(),
  /** The latest excerpt sent with an answer for this block; empty when none was sent (older clients). */
  excerpt: z._default(z.string(), ''),
  clear: z.int().check(z.minimum(0)),
  unclear: z.int().check(z.minimum(0)),
  comments: z.array(z.object({ version: ReadingVersion, clear: z.boolean(), comment: z.string(), createdAt: Timestamp })),
});
export type ClarityBlockReport = z.infer<typeof ClarityBlockReport>;

export const ClarityReport = z.object({ page: z.string(), blocks: z.array(ClarityBlockReport) });
export type ClarityReport = z.infer<typeof ClarityReport>;
