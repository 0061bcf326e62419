import { Clarity, ClarityQuery, ClarityReport, NewClarity, UpdateClarity } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { notFound } from '../store/errors.ts';
import { query, readJson, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

export function clarityHandlers(ctx: RouteContext) {
  return {
  sendClarity: async (c) => {
    const input = await readJson(c, NewClarity);
    // An answer erased by its reader or by retention is not stored again by a late replay.
    await ctx.participants.refuseErased(input.id);
    const { clarity, created } = await ctx.clarity.add(input);
    return reply(c, Clarity, clarity, created ? 201 : 200);
  },

  updateClarity: async (c, { id }) => {
    const input = await readJson(c, UpdateClarity);
    // Someone else's answer (or one sent before answers carried a participant) reads as not there: nothing is revealed.
    const clarity = await ctx.clarity.update(id, input);
    if (!clarity) throw notFound('answer from you');
    return reply(c, Clarity, clarity);
  },

  clarityReport: async (c) => {
    const { page } = query(c, ClarityQuery);
    return reply(c, ClarityReport, await ctx.clarity.report(page));
  },
  } satisfies SomeHandlers;
}
