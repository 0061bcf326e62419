import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Ladder, LadderCommentPage, LadderCommentsQuery, LadderSettings, LadderSummary, NewRating, Rating, Slug, type LadderComment } from '@copro/protocol';
import { csvCell } from './board-export.ts';
import { params, query, readJson, reply } from '../http/validation.ts';
import { localLadder, textLanguage } from '../store/standard-text.ts';
import { configurableRoutes } from './configurable.ts';
import type { RouteContext } from './context.ts';

const LadderParams = z.object({ ladder: Slug });
/** The columns of the comments export, in order: when, who they said they were, the rating, the words. */
const ladderCommentCsvColumns = ['at', 'role', 'now', 'aim', 'comment'] as const;

export function ladderRoutes(app: Hono, ctx: RouteContext): void {
  const { ladders } = ctx;

  configurableRoutes(app, {
    path: '/v1/ladders/:ladder',
    param: 'ladder',
    answer: Ladder,
    settings: LadderSettings,
    read: async (ladder, lang) => localLadder(await ladders.get(ladder), textLanguage(lang)),
    configure: async (ladder, settings, lang) => localLadder(await ladders.configure(ladder, settings), textLanguage(lang)),
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
    // Staff see every role; the public sees a role's spread only once it has enough answers.
    const staff = (await ctx.auth.identify(c))?.role != null;
    const summary = await ladders.summary(ladder, { staff });
    return reply(c, LadderSummary, summary);
  });

  // Staff only: the route table gives both comment routes a role, and the guard checks it.
  app.get('/v1/ladders/:ladder/comments', async (c) => {
    const { ladder } = params(c, LadderParams);
    const { cursor, limit } = query(c, LadderCommentsQuery);
    return reply(c, LadderCommentPage, await ladders.comments(ladder, { cursor, limit }));
  });

  app.get('/v1/ladders/:ladder/comments.csv', async (c) => {
    const { ladder } = params(c, LadderParams);
    const rows: LadderComment[] = [];
    for (let cursor: string | undefined, page; (page = await ladders.comments(ladder, { cursor, limit: 100 })); ) {
      rows.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const header = ladderCommentCsvColumns.join(',') + '\r\n';
    const body = rows.map((row) => ladderCommentCsvColumns.map((column) => csvCell(row[column])).join(',') + '\r\n').join('');
    return c.body('\ufeff' + header + body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${ladder}-comments.csv"`,
      'Cache-Control': 'private, no-store',
    });
  });
}
