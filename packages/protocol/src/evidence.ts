import * as z from 'zod/mini';
import { assistedChannels } from './channels.ts';
import { limits, text } from './common.ts';
import type { GroupStatus } from './rooms.ts';

/*
 * Staff only: what backs a group of a room's checklist (issue 19). A module of its own, so the
 * checklist's readers (whose bundle holds the room's routes and staff.ts's editor links) never
 * download these schemas.
 */
/** The channels a group's evidence can come from: everything but `online`, which is anyone's. */
export const EvidenceChannel = z.enum(assistedChannels);
export type EvidenceChannel = z.infer<typeof EvidenceChannel>;

/**
 * Staff (moderator): what backs a group of a room's checklist, as staff tag it. Posts and ratings
 * typed up from these channels, or at these events (their names as typed with each entry, matched
 * without regard to case), count as heard from the group. Both lists empty: not tagged.
 */
export const GroupEvidenceSources = z.object({
  channels: z.array(EvidenceChannel).check(z.maxLength(5)),
  events: z.array(text(limits.label)).check(z.maxLength(20)),
});
export type GroupEvidenceSources = z.infer<typeof GroupEvidenceSources>;

/** The smallest count shown: a smaller one (but not none) reads as null, so no person can be picked out. */
export const evidenceThreshold = 5;

/**
 * One group with its evidence: how many posts and ratings on this endpoint came from its channels
 * or events. `null` means 1 to 4 (hidden, see `evidenceThreshold`); both null when nothing is tagged.
 */
export const GroupEvidence = z.object({
  group: z.string(),
  label: z.string(),
  // The room's statuses, written out: importing rooms.ts here would put it in a chunk of its own,
  // shared by the checklist and the staff page, and cost every reader's page a request.
  status: z.enum(['unknown', 'missing', 'invited', 'present', 'not-relevant']),
  sources: GroupEvidenceSources,
  tagged: z.boolean(),
  posts: z.nullable(z.int().check(z.minimum(0))),
  ratings: z.nullable(z.int().check(z.minimum(0))),
});
export type GroupEvidence = z.infer<typeof GroupEvidence>;

/** `GET /v1/rooms/{room}/evidence` (viewer): every group of the room with its evidence, in the checklist's order. */
export const RoomEvidence = z.object({
  room: z.string(),
  threshold: z.int(),
  groups: z.array(GroupEvidence),
});
export type RoomEvidence = z.infer<typeof RoomEvidence>;

// The statuses above are the room's, checked at compile time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusesMatch: Same<GroupEvidence['status'], GroupStatus> = true;
void statusesMatch;
