import { NewReport, Post, RedactPost, Report, ReportedPosts } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { readJson, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

/**
 * Reports and redaction (issue 15): residents report a post, staff read the reported posts, and a
 * moderator redacts a post's words. (Showing or hiding a post deals with its reports: see
 * `setPostVisibility` in boards.ts.)
 */
export function boardModerationHandlers(ctx: RouteContext) {
  const { moderation } = ctx;
  return {
    reportPost: async (c, p) => {
      const input = await readJson(c, NewReport);
      const { report, created } = await moderation.report(p.board, p.post, input);
      return reply(c, Report, report, created ? 201 : 200);
    },

    reportedPosts: async (c, { board }) => reply(c, ReportedPosts, { items: await moderation.reported(board) }),

    redactPost: async (c, p) => {
      const { body } = await readJson(c, RedactPost);
      const { post, removedCharacters } = await moderation.redact(p.board, p.post, body);
      // How much was taken out, never the words: the audit trail must not keep what was redacted.
      c.set('auditChanges', { removedCharacters });
      return reply(c, Post, post);
    },
  } satisfies SomeHandlers;
}
