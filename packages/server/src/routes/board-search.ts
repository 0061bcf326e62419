import { SimilarPosts, SimilarPostsQuery } from '@copro/protocol';
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
    await ctx.boards.get(board);
    return reply(c, SimilarPosts, { items: await ctx.boardExtras.similar(board, q) });
  }],
  } satisfies SomeHandlers;
}
