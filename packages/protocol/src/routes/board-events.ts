/** A board’s live stream (see live.ts). */
import { Slug } from '../common.ts';
import { Text, readErrors, type RouteSpec } from './spec.ts';
import { stream, tooMany } from './live.ts';

export const boardEvents = { method: 'get', path: '/v1/boards/{board}/events', summary: 'Live changes of a board: `post` (new, redacted), `support`, `response`, `visibility`, `removed`, `settings`, `reset`. Without a token, never a pending or hidden post; with a staff token (viewer or above), every post', staffView: true, params: { board: Slug }, responses: { 200: { description: stream, schema: Text, mediaType: 'text/event-stream' } }, errors: [readErrors, tooMany] } satisfies RouteSpec;
