import { ParticipantId, participantHeader, SimilarPosts, SimilarPostsQuery } from '@copro/protocol';
import * as z from 'zod/mini';
import type { SomeHandlers } from '../http/router.ts';
import { readRateLimit, type ReadRateLimit, type TrustedProxies } from '../http/rate-limit.ts';
import { query, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

/**
 * `GET /v1/boards/{board}/similar?q=`: posts like the words someone is typing. Costlier than any other
 * public read, so each client has its own allowance of searches (`searchRateLimit`).
 */
export function boardSearchHandlers(ctx: RouteContext, limit: ReadRateLimit & { trustProxy: TrustedProxies; adminToken?: string }) {
  return {
  similarPosts: [readRateLimit(limit), async (c, { board }) => {
    const q = query(c, SimilarPostsQuery);
    // The reader's id comes in the Copro-Participant header, out of the address that proxies log;
    // `?participant=` stays for old clients. A malformed header only loses the reader's marks.
    const header = c.req.header(participantHeader);
    const participant = header === undefined ? q.participant : z.safeParse(ParticipantId, header).data;
    await ctx.boards.get(board);
    return reply(c, SimilarPosts, { items: await ctx.boardExtras.similar(board, { ...q, participant }) });
  }],
  } satisfies SomeHandlers;
}
