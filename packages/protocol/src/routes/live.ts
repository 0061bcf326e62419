/**
 * What the live streams (Server-Sent Events) of a board and of a room share: their answers' words.
 * Each stream's route is in a module of its own (`board-events.ts`, `room-events.ts`), so the board's
 * live code never carries the room's path, nor the room's the board's (routes.ts joins them).
 */
import { ErrorBody } from '../common.ts';

export const stream = 'Server-Sent Events: `retry:` at once, a keep-alive comment every 15 s, then one event per change, each with `id:` (the change number, per board or room), `event:` and `data:` JSON naming only the changed item (`{"id": ...}`; `{}` for settings and reset). Send `Last-Event-ID` to receive what was missed; `reset` when that is too old to replay (read everything again).';
export const tooMany = { 429: { description: 'Too many streams open from this address; close one, or wait Retry-After seconds.', schema: ErrorBody }, 401: { description: 'A wrong staff token (send none for the public stream).', schema: ErrorBody } };
