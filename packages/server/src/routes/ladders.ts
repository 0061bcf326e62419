import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Ladder, LadderSettings, LadderSummary, NewRating, Rating, Slug } from '@copro/protocol';
import { params, readJson, reply } from '../http/validation.ts';
import { configurableRoutes } from './configurable.ts';
import type { RouteContext } from './context.ts';

const LadderParams = z.object({ ladder: Slug });

export function ladderRoutes(app: Hono, ctx: RouteContext): void {
  const { ladders } = ctx;

  configurableRoutes(app, {
    path: '/v1/ladders/:ladder',
    param: 'ladder',
    answer: Ladder,
    settings: LadderSettings,
    read: (ladder) => ladders.get(ladder),
    configure: (ladder, settings) => ladders.configure(ladder, settings),
  });

  app.post('/v1/ladders/:ladder/ratings', async (c) => {
    const { ladder } = params(c, LadderParams);
    const input = await readJson(c, NewRating);
    await ctx.participants.refuseErased(input.id);
    const { rating, created } = await ladders.rate(ladder, input);
    return reply(c, Rating, rating, created ? 201 : 200);
  });

  app.get('/v1/ladders/:ladder/summary', async (c) => {
    const { ladder } = params(c, LadderParams);
    return reply(c, LadderSummary, await ladders.summary(ladder));
  });
}
