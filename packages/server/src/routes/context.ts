import type { Database } from '../db/database.ts';
import type { BoardStore } from '../store/boards.ts';
import type { ClarityStore } from '../store/clarity.ts';
import type { LadderStore } from '../store/ladders.ts';
import type { RoomStore } from '../store/rooms.ts';

/** What every route module gets from `createApp`. */
export interface RouteContext {
  db: Database;
  boards: BoardStore;
  rooms: RoomStore;
  ladders: LadderStore;
  clarity: ClarityStore;
  adminToken?: string;
  version: string;
}
