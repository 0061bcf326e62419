/** Plain language: "Was this clear?" answers and the report. One module per resource, so a widget's bundle holds only its own routes (routes.ts joins them). */
import { Clarity, ClarityQuery, ClarityReport, NewClarity, UpdateClarity } from '../clarity.ts';
import { ClientId, ErrorBody } from '../common.ts';
import { readErrors, replayErrors, writeErrors, staffErrors, type RouteSpec } from './spec.ts';

export const sendClarity = { method: 'post', path: '/v1/clarity', summary: 'Say whether a block of text was clear', body: NewClarity, responses: { 201: { description: 'Stored.', schema: Clarity }, 200: { description: 'Already stored: a replay of the same answer.', schema: Clarity } }, errors: [writeErrors, replayErrors] } satisfies RouteSpec;
export const updateClarity = { method: 'put', path: '/v1/clarity/{id}', summary: "Add a comment to (or change) one's own answer", params: { id: ClientId }, body: UpdateClarity, responses: { 200: { description: 'The answer with its comment.', schema: Clarity }, 404: { description: 'No answer with this id from this participant.', schema: ErrorBody } }, errors: [writeErrors] } satisfies RouteSpec;
export const clarityReport = { method: 'get', path: '/v1/clarity', summary: 'Clarity answers for a page, per block', role: 'viewer', query: ClarityQuery, responses: { 200: { description: 'The report.', schema: ClarityReport } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
