import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { SimilarPosts, SimilarPostsQuery, Slug } from '@copro/protocol';
import { readRateLimit, type ReadRateLimit, type TrustedProxies } from '../http/rate-limit.ts';
import { params, query, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

const BoardParams = z.object({ board: Slug });

/**
 * `GET /v1/boards/{board}/similar?q=`: posts like the words someone is typing. Costlier than any other
 * public read, so each client has its own allowance of searches (`searchRateLimit`).
 */
export function boardSearchRoutes(app: Hono, ctx: RouteContext, limit: ReadRateLimit & { trustProxy: TrustedProxies; adminToken?: string }): void {
  app.get('/v1/boards/:board/similar', readRateLimit(limit), async (c) => {
    const { board } = params(c, BoardParams);
    const q = query(c, SimilarPostsQuery);
    await ctx.boards.get(board);
    return reply(c, SimilarPosts, { items: await ctx.boardExtras.similar(board, q) });
  });
}
