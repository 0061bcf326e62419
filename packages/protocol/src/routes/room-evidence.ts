/** Who's not in the room, staff only: what backs each group (issue 19). Its own module, so the checklist's bundle never holds these routes or their schemas (routes.ts joins them). */
import { LangQuery, Slug } from '../common.ts';
import { GroupEvidence, GroupEvidenceSources, RoomEvidence } from '../evidence.ts';
import { readErrors, writeErrors, staffErrors, type RouteSpec } from './spec.ts';

export const roomEvidence = { method: 'get', path: '/v1/rooms/{room}/evidence', summary: 'What backs each group of the checklist: the channels and events staff tagged it with, and how many posts and ratings came from them (counts of 1 to 4 read as null)', role: 'viewer', params: { room: Slug }, query: LangQuery, responses: { 200: { description: 'Every group, in the checklist\'s order, with its evidence.', schema: RoomEvidence } }, errors: [readErrors, staffErrors] } satisfies RouteSpec;
export const setGroupEvidence = { method: 'put', path: '/v1/rooms/{room}/groups/{group}/evidence', summary: 'Tag a group with the channels and events its evidence comes from (both empty: untagged)', role: 'moderator', audit: 'group.evidence', params: { room: Slug, group: Slug }, query: LangQuery, body: GroupEvidenceSources, responses: { 200: { description: 'The group with its evidence.', schema: GroupEvidence } }, errors: [writeErrors, staffErrors] } satisfies RouteSpec;
