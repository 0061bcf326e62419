import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { ClientId, ErasePostQuery, ErasedCounts, ParticipantData, ParticipantId, Slug } from '@copro/protocol';
import { params, query, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

const ParticipantParams = z.object({ participant: ParticipantId });
const PostParams = z.object({ board: Slug, post: ClientId });

/** Subject access and erasure by the resident (the participant id is their credential), and staff erasure. */
export function participantRoutes(app: Hono, ctx: RouteContext): void {
  app.get('/v1/participants/:participant', async (c) => {
    const { participant } = params(c, ParticipantParams);
    return reply(c, ParticipantData, await ctx.participants.access(participant));
  });

  app.delete('/v1/participants/:participant', async (c) => {
    const { participant } = params(c, ParticipantParams);
    return reply(c, ErasedCounts, await ctx.participants.erase(participant));
  });

  app.delete('/v1/boards/:board/posts/:post', async (c) => {
    const p = params(c, PostParams);
    const { author } = query(c, ErasePostQuery);
    const participant = await ctx.participants.authorOf(p.board, p.post);
    const counts = await ctx.participants.erase(participant, author === 'true' ? undefined : p.post.toLowerCase());
    // What kind of detail went, never the text.
    c.set('auditChanges', { scope: author === 'true' ? 'everything from the author' : 'the post', ...counts.erased });
    return reply(c, ErasedCounts, counts);
  });
}
