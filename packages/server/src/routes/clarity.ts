import type { Hono } from 'hono';
import { Clarity, ClarityQuery, ClarityReport, NewClarity } from '@copro/protocol';
import { query, readJson, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

export function clarityRoutes(app: Hono, ctx: RouteContext): void {
  app.post('/v1/clarity', async (c) => {
    const input = await readJson(c, NewClarity);
    const { clarity, created } = await ctx.clarity.add(input);
    return reply(c, Clarity, clarity, created ? 201 : 200);
  });

  app.get('/v1/clarity', async (c) => {
    const { page } = query(c, ClarityQuery);
    return reply(c, ClarityReport, await ctx.clarity.report(page));
  });
}
