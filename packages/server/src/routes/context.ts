import type { Database } from '../db/database.ts';
import type { BoardExtrasStore } from '../store/board-extras.ts';
import type { BoardStore } from '../store/boards.ts';
import type { ClarityStore } from '../store/clarity.ts';
import type { LadderStore } from '../store/ladders.ts';
import type { RoomStore } from '../store/rooms.ts';
import type { Webhook } from '../webhooks.ts';

/** What every route module gets from `createApp`. */
export interface RouteContext {
  db: Database;
  boards: BoardStore;
  boardExtras: BoardExtrasStore;
  rooms: RoomStore;
  ladders: LadderStore;
  clarity: ClarityStore;
  adminToken?: string;
  /** `COPRO_PUBLIC_URL`: the public address links and redirects are made from. */
  publicUrl?: string;
  version: string;
  /** Tells the optional webhook about new posts and responses, after they are committed. */
  webhook: Webhook;
}
