import type { Context } from 'hono';
import { ApiError } from '../http/errors.ts';
import { clientKey, type TrustedProxies } from '../http/rate-limit.ts';
import type { SomeHandlers } from '../http/router.ts';
import type { LiveStreams, StreamKind } from '../live.ts';
import type { RouteContext } from './context.ts';

const tooManyStreams = (limit: number) =>
  new ApiError(429, 'rate_limited', `Too many live streams from this address (at most ${limit}). Close a page that shows this board or room, then try again.`, {
    headers: { 'Retry-After': '30' },
  });

/** `Last-Event-ID` as a change number, or undefined (none, or not a number: read as none). */
function lastEventId(c: Context): number | undefined {
  const header = c.req.header('last-event-id')?.trim();
  return header && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
}

/** `GET /v1/boards/{board}/events` and `GET /v1/rooms/{room}/events`: Server-Sent Events (live.ts). */
export function eventHandlers(ctx: RouteContext, live: LiveStreams, trustProxy: TrustedProxies) {
  const open = async (c: Context, kind: StreamKind, resource: string) => {
    // A wrong token answers 401 (identify); a valid one, any role, sees every post.
    const staff = (await ctx.auth.identify(c))?.role != null;
    if (kind === 'board') await ctx.boards.get(resource);
    else await ctx.rooms.get(resource);
    const client = clientKey(c, trustProxy);
    const body = await live.open(kind, resource, client, staff, lastEventId(c));
    if (!body) throw tooManyStreams(live.options.perClient);
    return new Response(body, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'private, no-store',
        // nginx: pass each event on at once.
        'X-Accel-Buffering': 'no',
        // A stream's connection is not reused once the stream ends (at shutdown, it closes at once).
        Connection: 'close',
      },
    });
  };
  return {
    boardEvents: (c, { board }) => open(c, 'board', board),
    roomEvents: (c, { room }) => open(c, 'room', room),
  } satisfies SomeHandlers;
}
