import type { Context } from 'hono';
import { Board, BoardMine, BoardSettings, ListPostsQuery, NewPost, Post, PostPage, SetResponse, SetVisibility, SupportState } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { unauthorized } from '../http/staff-auth.ts';
import { query, readJson, reply } from '../http/validation.ts';
import { honeypotPost } from '../store/board-extras.ts';
import { arrival } from './channels.ts';
import { configurableHandlers } from './configurable.ts';
import type { RouteContext } from './context.ts';
import { notifyWaiting } from './waiting.ts';

export function boardHandlers(ctx: RouteContext) {
  const { boards } = ctx;
  const board = configurableHandlers({
    answer: Board,
    settings: BoardSettings,
    read: (board) => boards.get(board),
    configure: async (board, settings) => (await boards.configure(board, settings)).board,
  });
  // A support carries a keyed hash of the network it came from that day (never the address), so
  // staff can see supports mostly from one address (support-sources.ts); withdrawing needs none.
  // A support from a kiosk (a kiosk link's key) counts toward its event; the flag of supports from
  // one address leaves kiosk supports out (store/boards.ts), though each keeps its tag like any other.
  const support = (supported: boolean) => async (c: Context, p: { board: string; post: string; participant: string }) => {
    const kiosk = c.get('kiosk');
    const how = kiosk ? { channel: 'event' as const, event: kiosk.event } : undefined;
    return reply(c, SupportState, await boards.setSupport(p.board, p.post, p.participant, supported, supported ? await ctx.supportSource(c) : undefined, how));
  };

  return {
    getBoard: (c, p) => board.read(c, p.board),
    configureBoard: (c, p) => board.configure(c, p.board),

    listPosts: async (c, { board }) => {
      const staff = (await ctx.auth.identify(c))?.role != null;
      const q = query(c, ListPostsQuery);
      if (q.visibility && !staff) throw unauthorized();
      return reply(c, PostPage, await boards.listPosts(board, q, staff, q.visibility));
    },

    createPost: async (c, { board }) => {
      const input = await readJson(c, NewPost);
      // Residents' own posts are `online`; staff type up others' on their behalf (channels.ts).
      const how = arrival(c, input, `board:${board}/post:${input.id.toLowerCase()}`);
      await ctx.participants.refuseErased(input.id);
      if (input.website) return reply(c, Post, honeypotPost(await boards.get(board), input), 201);
      const { post, created } = await boards.createPost(board, input, how);
      if (created) ctx.webhook.notify('post.created', board, post);
      if (created) await notifyWaiting(ctx, board, post);
      return reply(c, Post, post, created ? 201 : 200);
    },

    // The participant in the Copro-Participant header (kept out of logged addresses), and the v1 paths with it in the address, for old clients.
    supportPost: support(true),
    unsupportPost: support(false),
    supportInPath: support(true),
    unsupportInPath: support(false),

    boardMine: async (c, p) => reply(c, BoardMine, await boards.mine(p.board, p.participant)),

    respondToPost: async (c, p) => {
      const body = await readJson(c, SetResponse);
      c.set('auditChanges', { status: body.status, messageLength: body.message.length, ...(body.due ? { due: body.due } : {}) });
      // The history records who answered by role, never by name.
      const answered = await boards.respond(p.board, p.post, body, c.get('staff')?.role ?? 'admin');
      ctx.webhook.notify('post.responded', p.board, answered);
      return reply(c, Post, answered);
    },

    setPostVisibility: async (c, p) => {
      const body = await readJson(c, SetVisibility);
      c.set('auditChanges', { visibility: body.visibility });
      const post = await boards.setVisibility(p.board, p.post, body.visibility);
      // Showing or hiding a post is a moderator's decision on its reports.
      await ctx.moderation.resolve(p.post);
      return reply(c, Post, post);
    },
  } satisfies SomeHandlers;
}
