/** Data protection: subject access and erasure by the resident. One module per resource, so a widget's bundle holds only its own routes (routes.ts joins them). */
import { ParticipantId } from '../common.ts';
import { ErasedCounts, ParticipantData } from '../participants.ts';
import { readErrors, writeErrors, type RouteSpec } from './spec.ts';

export const participantData = { method: 'get', path: '/v1/participants/{participant}', summary: 'Everything stored under a participant id (subject access)', params: { participant: ParticipantId }, responses: { 200: { description: 'Posts, supports and ratings, as JSON.', schema: ParticipantData } }, errors: [readErrors] } satisfies RouteSpec;
export const eraseParticipant = { method: 'delete', path: '/v1/participants/{participant}', summary: 'Erase everything stored under a participant id', params: { participant: ParticipantId }, responses: { 200: { description: 'What was erased.', schema: ErasedCounts } }, errors: [writeErrors] } satisfies RouteSpec;
