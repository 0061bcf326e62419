import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { ClientId, NewReport, Post, RedactPost, Report, ReportedPosts, Slug } from '@copro/protocol';
import { params, readJson, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

const BoardParams = z.object({ board: Slug });
const PostParams = z.object({ board: Slug, post: ClientId });

/**
 * Reports and redaction (issue 15): residents report a post, staff read the reported posts, and a
 * moderator redacts a post's words. Register before `boardRoutes`: the visibility hook below wraps
 * the visibility handler there, so a moderator's decision deals with the post's reports.
 */
export function boardModerationRoutes(app: Hono, ctx: RouteContext): void {
  const { moderation } = ctx;

  app.post('/v1/boards/:board/posts/:post/reports', async (c) => {
    const p = params(c, PostParams);
    const input = await readJson(c, NewReport);
    const { report, created } = await moderation.report(p.board, p.post, input);
    return reply(c, Report, report, created ? 201 : 200);
  });

  app.get('/v1/boards/:board/reports', async (c) => {
    const { board } = params(c, BoardParams);
    return reply(c, ReportedPosts, { items: await moderation.reported(board) });
  });

  app.put('/v1/boards/:board/posts/:post/body', async (c) => {
    const p = params(c, PostParams);
    const { body } = await readJson(c, RedactPost);
    const { post, removedCharacters } = await moderation.redact(p.board, p.post, body);
    // How much was taken out, never the words: the audit trail must not keep what was redacted.
    c.set('auditChanges', { removedCharacters });
    return reply(c, Post, post);
  });

  // Showing or hiding a post is a moderator's decision on its reports.
  app.put('/v1/boards/:board/posts/:post/visibility', async (c, next) => {
    await next();
    if (c.res.status === 200) await moderation.resolve(params(c, PostParams).post);
  });
}
