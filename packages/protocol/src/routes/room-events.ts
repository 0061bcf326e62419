/** A room’s live stream (see live.ts). */
import { Slug } from '../common.ts';
import { Text, readErrors, type RouteSpec } from './spec.ts';
import { stream, tooMany } from './live.ts';

export const roomEvents = { method: 'get', path: '/v1/rooms/{room}/events', summary: 'Live changes of a room: `group` (changed, added, removed, restored), `settings`, `reset`', staffView: true, params: { room: Slug }, responses: { 200: { description: stream, schema: Text, mediaType: 'text/event-stream' } }, errors: [readErrors, tooMany] } satisfies RouteSpec;
