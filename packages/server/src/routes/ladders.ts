import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Ladder, LadderSettings, LadderSummary, NewRating, Rating, Slug } from '@copro/protocol';
import { requireStaff } from '../http/staff-auth.ts';
import { params, readJson, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

const LadderParams = z.object({ ladder: Slug });

export function ladderRoutes(app: Hono, ctx: RouteContext): void {
  const { ladders } = ctx;

  app.get('/v1/ladders/:ladder', async (c) => {
    const { ladder } = params(c, LadderParams);
    return reply(c, Ladder, await ladders.get(ladder));
  });

  app.put('/v1/ladders/:ladder', async (c) => {
    requireStaff(c, ctx.adminToken);
    const { ladder } = params(c, LadderParams);
    const settings = await readJson(c, LadderSettings);
    return reply(c, Ladder, await ladders.configure(ladder, settings));
  });

  app.post('/v1/ladders/:ladder/ratings', async (c) => {
    const { ladder } = params(c, LadderParams);
    const input = await readJson(c, NewRating);
    const { rating, created } = await ladders.rate(ladder, input);
    return reply(c, Rating, rating, created ? 201 : 200);
  });

  app.get('/v1/ladders/:ladder/summary', async (c) => {
    const { ladder } = params(c, LadderParams);
    return reply(c, LadderSummary, await ladders.summary(ladder));
  });
}
