import * as z from 'zod/mini';
import { ClientId, Slug, Timestamp } from './common.ts';

/** What an erasure removed. */
export const ErasedCounts = z.object({
  erased: z.object({
    posts: z.int().check(z.minimum(0)),
    supports: z.int().check(z.minimum(0)),
    ratings: z.int().check(z.minimum(0)),
    clarity: z.int().check(z.minimum(0)),
  }),
});
export type ErasedCounts = z.infer<typeof ErasedCounts>;

/** `GET /v1/participants/{participant}`: everything stored under that id (subject access). */
export const ParticipantData = z.object({
  participant: z.string(),
  posts: z.array(
    z.object({
      id: ClientId,
      board: Slug,
      body: z.string(),
      category: z.nullable(z.string()),
      displayName: z.nullable(z.string()),
      createdAt: Timestamp,
      visibility: z.string(),
      response: z.nullable(z.object({ status: z.string(), message: z.string(), respondedAt: z.nullable(Timestamp) })),
    }),
  ),
  supports: z.array(z.object({ post: ClientId, createdAt: Timestamp })),
  ratings: z.array(
    z.object({
      id: ClientId,
      ladder: Slug,
      role: z.string(),
      now: z.string(),
      aim: z.nullable(z.string()),
      principles: z.record(z.string(), z.unknown()),
      comment: z.nullable(z.string()),
      createdAt: Timestamp,
    }),
  ),
  /** Clarity answers are not linked to a participant id by this server, so there are none to list. */
  clarity: z.array(z.unknown()),
});
export type ParticipantData = z.infer<typeof ParticipantData>;

/** `DELETE /v1/boards/{board}/posts/{post}?author=true` erases everything from the post's author. */
export const ErasePostQuery = z.object({ author: z.optional(z.enum(['true', 'false'])) });
