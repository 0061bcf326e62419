import { ErasePostQuery, ErasedCounts, ParticipantData } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { query, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

/** Subject access and erasure by the resident (the participant id is their credential), and staff erasure. */
export function participantHandlers(ctx: RouteContext) {
  return {
  participantData: async (c, { participant }) => reply(c, ParticipantData, await ctx.participants.access(participant)),

  eraseParticipant: async (c, { participant }) => reply(c, ErasedCounts, await ctx.participants.erase(participant)),

  erasePost: async (c, p) => {
    const { author } = query(c, ErasePostQuery);
    const participant = await ctx.participants.authorOf(p.board, p.post);
    const counts = await ctx.participants.erase(participant, author === 'true' ? undefined : p.post.toLowerCase());
    // What kind of detail went, never the text.
    c.set('auditChanges', { scope: author === 'true' ? 'everything from the author' : 'the post', ...counts.erased });
    return reply(c, ErasedCounts, counts);
  },
  } satisfies SomeHandlers;
}
