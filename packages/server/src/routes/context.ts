import type { Context } from 'hono';
import type { Database } from '../db/database.ts';
import type { StaffAuth } from '../http/staff-auth.ts';
import type { AccountabilityStore } from '../store/accountability.ts';
import type { BoardExtrasStore } from '../store/board-extras.ts';
import type { BoardModerationStore } from '../store/board-moderation.ts';
import type { BoardStore } from '../store/boards.ts';
import type { ClarityStore } from '../store/clarity.ts';
import type { LadderStore } from '../store/ladders.ts';
import type { ParticipantStore } from '../store/participants.ts';
import type { RoomStore } from '../store/rooms.ts';
import type { StaffStore } from '../store/staff.ts';
import type { Webhook } from '../webhooks.ts';
import type { ChangeFeed } from '../changes.ts';

/** What every route module gets from `createApp`. */
export interface RouteContext {
  db: Database;
  boards: BoardStore;
  boardExtras: BoardExtrasStore;
  /** Reports from residents and redaction by moderators. */
  moderation: BoardModerationStore;
  accountability: AccountabilityStore;
  rooms: RoomStore;
  ladders: LadderStore;
  clarity: ClarityStore;
  /** Staff tokens, room editor keys and the failed-sign-in throttle. */
  auth: StaffAuth;
  /** Named staff and the audit trail. */
  staff: StaffStore;
  /** Erasure and subject access. */
  participants: ParticipantStore;
  /** `COPRO_PUBLIC_URL`: the public address links and redirects are made from. */
  publicUrl?: string;
  version: string;
  /** A support's source: a keyed hash of the request's network for the day, never the address (store/support-sources.ts). */
  supportSource: (c: Context) => Promise<string>;
  /** Tells the optional webhook about new posts and responses, after they are committed. */
  webhook: Webhook;
  /** Every committed write's change, this server's and others' on the same database (changes.ts). */
  changes: ChangeFeed;
  /** The server's one clock. */
  now: () => Date;
}
