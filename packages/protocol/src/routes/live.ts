/** Live updates (Server-Sent Events) of a board or a room. One module per resource, so a widget's bundle holds only its own routes (routes.ts joins them). */
import { ErrorBody, Slug } from '../common.ts';
import { Text, readErrors, type RouteSpec } from './spec.ts';

const stream = 'Server-Sent Events: `retry:` at once, a keep-alive comment every 15 s, then one event per change, each with `id:` (the change number, per board or room), `event:` and `data:` JSON naming only the changed item (`{"id": ...}`; `{}` for settings and reset). Send `Last-Event-ID` to receive what was missed; `reset` when that is too old to replay (read everything again).';
const tooMany = { 429: { description: 'Too many streams open from this address; close one, or wait Retry-After seconds.', schema: ErrorBody }, 401: { description: 'A wrong staff token (send none for the public stream).', schema: ErrorBody } };

export const boardEvents = { method: 'get', path: '/v1/boards/{board}/events', summary: 'Live changes of a board: `post` (new, redacted), `support`, `response`, `visibility`, `removed`, `settings`, `reset`. Without a token, never a pending or hidden post; with a staff token (viewer or above), every post', staffView: true, params: { board: Slug }, responses: { 200: { description: stream, schema: Text, mediaType: 'text/event-stream' } }, errors: [readErrors, tooMany] } satisfies RouteSpec;
export const roomEvents = { method: 'get', path: '/v1/rooms/{room}/events', summary: 'Live changes of a room: `group` (changed, added, removed, restored), `settings`, `reset`', staffView: true, params: { room: Slug }, responses: { 200: { description: stream, schema: Text, mediaType: 'text/event-stream' } }, errors: [readErrors, tooMany] } satisfies RouteSpec;
