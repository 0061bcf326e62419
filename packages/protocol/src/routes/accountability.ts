/** A board's public record ("you said, we did"). One module per resource, so a widget's bundle holds only its own routes (routes.ts joins them). */
import { Accountability } from '../accountability.ts';
import { board, readErrors, type RouteSpec } from './spec.ts';

export const boardAccountability = { method: 'get', path: '/v1/boards/{board}/accountability', summary: 'The board’s public record: answered and waiting, median days to a first answer, promises kept, late and overdue, the latest "you said, we did" pairs', staffView: true, params: board, responses: { 200: { description: 'The figures, over visible posts; overdue counts in the board’s time zone.', schema: Accountability } }, errors: [readErrors] } satisfies RouteSpec;
