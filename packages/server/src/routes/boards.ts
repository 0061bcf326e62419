import type { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  Board,
  BoardSettings,
  ClientId,
  ListPostsQuery,
  NewPost,
  ParticipantId,
  Post,
  PostPage,
  SetResponse,
  SetVisibility,
  Slug,
  SupportState,
} from '@copro/protocol';
import { unauthorized } from '../http/staff-auth.ts';
import { params, query, readJson, reply } from '../http/validation.ts';
import { honeypotPost } from '../store/board-extras.ts';
import { configurableRoutes } from './configurable.ts';
import type { RouteContext } from './context.ts';
import { notifyWaiting } from './waiting.ts';

const BoardParams = z.object({ board: Slug });
const PostParams = z.object({ board: Slug, post: ClientId });
const SupportParams = z.object({ board: Slug, post: ClientId, participant: ParticipantId });

export function boardRoutes(app: Hono, ctx: RouteContext): void {
  const { boards } = ctx;

  configurableRoutes(app, {
    path: '/v1/boards/:board',
    param: 'board',
    answer: Board,
    settings: BoardSettings,
    read: (board) => boards.get(board),
    configure: async (board, settings) => (await boards.configure(board, settings)).board,
  });

  app.get('/v1/boards/:board/posts', async (c) => {
    const { board } = params(c, BoardParams);
    const staff = (await ctx.auth.identify(c))?.role != null;
    const q = query(c, ListPostsQuery);
    if (q.visibility && !staff) throw unauthorized();
    return reply(c, PostPage, await boards.listPosts(board, q, staff, q.visibility));
  });

  app.post('/v1/boards/:board/posts', async (c) => {
    const { board } = params(c, BoardParams);
    const input = await readJson(c, NewPost);
    await ctx.participants.refuseErased(input.id);
    if (input.website) return reply(c, Post, honeypotPost(await boards.get(board), input), 201);
    const { post, created } = await boards.createPost(board, input);
    if (created) ctx.webhook.notify('post.created', board, post);
    if (created) await notifyWaiting(ctx, board, post);
    return reply(c, Post, post, created ? 201 : 200);
  });

  app.put('/v1/boards/:board/posts/:post/supports/:participant', async (c) => {
    const p = params(c, SupportParams);
    return reply(c, SupportState, await boards.setSupport(p.board, p.post, p.participant, true, await ctx.supportSource(c)));
  });

  app.delete('/v1/boards/:board/posts/:post/supports/:participant', async (c) => {
    const p = params(c, SupportParams);
    return reply(c, SupportState, await boards.setSupport(p.board, p.post, p.participant, false));
  });

  app.put('/v1/boards/:board/posts/:post/response', async (c) => {
    const p = params(c, PostParams);
    const body = await readJson(c, SetResponse);
    c.set('auditChanges', { status: body.status, messageLength: body.message.length, ...(body.due ? { due: body.due } : {}) });
    // The history records who answered by role, never by name.
    const answered = await boards.respond(p.board, p.post, body, c.get('staff')?.role ?? 'admin');
    ctx.webhook.notify('post.responded', p.board, answered);
    return reply(c, Post, answered);
  });

  app.put('/v1/boards/:board/posts/:post/visibility', async (c) => {
    const p = params(c, PostParams);
    const body = await readJson(c, SetVisibility);
    c.set('auditChanges', { visibility: body.visibility });
    return reply(c, Post, await boards.setVisibility(p.board, p.post, body.visibility));
  });
}
