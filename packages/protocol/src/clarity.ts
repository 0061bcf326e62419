import * as z from 'zod/mini';
import { ClientId, Timestamp, limits, optionalText } from './common.ts';

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

export const ClarityQuery = z.object({ page: PageRef });

export const ClarityBlockReport = z.object({
  block: z.string(),
  clear: z.int().check(z.minimum(0)),
  unclear: z.int().check(z.minimum(0)),
  comments: z.array(z.object({ version: ReadingVersion, clear: z.boolean(), comment: z.string(), createdAt: Timestamp })),
});
export type ClarityBlockReport = z.infer<typeof ClarityBlockReport>;

export const ClarityReport = z.object({ page: z.string(), blocks: z.array(ClarityBlockReport) });
export type ClarityReport = z.infer<typeof ClarityReport>;
