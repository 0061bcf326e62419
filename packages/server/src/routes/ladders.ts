import { Ladder, LadderCommentPage, LadderCommentsQuery, LadderSettings, LadderSummary, NewRating, Rating, type LadderComment } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { csvCell } from './board-export.ts';
import { query, readJson, reply } from '../http/validation.ts';
import { localLadder, textLanguage } from '../store/standard-text.ts';
import { arrival } from './channels.ts';
import { configurableHandlers } from './configurable.ts';
import type { RouteContext } from './context.ts';

/**
 * The columns of the comments export, in order: when, who they said they were, the rating, the
 * words, then how it arrived (typed in the element, or by staff from paper, an event and its name).
 */
const ladderCommentCsvColumns = ['at', 'role', 'now', 'aim', 'comment', 'channel', 'event'] as const;

export function ladderHandlers(ctx: RouteContext) {
  const { ladders } = ctx;
  const configurable = configurableHandlers({
    answer: Ladder,
    settings: LadderSettings,
    read: async (ladder, lang) => localLadder(await ladders.get(ladder), textLanguage(lang)),
    configure: async (ladder, settings, lang) => localLadder(await ladders.configure(ladder, settings), textLanguage(lang)),
  });

  return {
    getLadder: (c, p) => configurable.read(c, p.ladder),
    configureLadder: (c, p) => configurable.configure(c, p.ladder),

  rateLadder: async (c, { ladder }) => {
    const input = await readJson(c, NewRating);
    const how = arrival(c, input, `ladder:${ladder}/rating:${input.id.toLowerCase()}`);
    await ctx.participants.refuseErased(input.id);
    const { rating, created } = await ladders.rate(ladder, input, how);
    return reply(c, Rating, rating, created ? 201 : 200);
  },

  ladderSummary: async (c, { ladder }) => {
    // Staff see every role; the public sees a role's spread only once it has enough answers.
    const staff = (await ctx.auth.identify(c))?.role != null;
    const summary = await ladders.summary(ladder, { staff });
    return reply(c, LadderSummary, summary);
  },

  // Staff only: the route table gives both comment routes a role, and the guard checks it.
  ladderComments: async (c, { ladder }) => {
    const { cursor, limit } = query(c, LadderCommentsQuery);
    return reply(c, LadderCommentPage, await ladders.comments(ladder, { cursor, limit }));
  },

  exportLadderComments: async (c, { ladder }) => {
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
  },
  } satisfies SomeHandlers;
}
