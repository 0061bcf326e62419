import type { Hono } from 'hono';
import { Clarity, ClarityQuery, ClarityReport, ClientId, NewClarity, UpdateClarity } from '@copro/protocol';
import * as z from 'zod/mini';
import { notFound } from '../http/errors.ts';
import { params, query, readJson, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

const ClarityParams = z.object({ id: ClientId });

export function clarityRoutes(app: Hono, ctx: RouteContext): void {
  app.post('/v1/clarity', async (c) => {
    const input = await readJson(c, NewClarity);
    await ctx.participants.refuseErased(input.id);
    const { clarity, created } = await ctx.clarity.add(input);
    return reply(c, Clarity, clarity, created ? 201 : 200);
  });

  app.put('/v1/clarity/:id', async (c) => {
    const { id } = params(c, ClarityParams);
    const input = await readJson(c, UpdateClarity);
    // Someone else's answer (or one sent before answers carried a participant) reads as not there: nothing is revealed.
    const clarity = await ctx.clarity.update(id, input);
    if (!clarity) throw notFound('answer from you');
    return reply(c, Clarity, clarity);
  });

  app.get('/v1/clarity', async (c) => {
    const { page } = query(c, ClarityQuery);
    return reply(c, ClarityReport, await ctx.clarity.report(page));
  });
}
