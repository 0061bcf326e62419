/**
 * HTTP API version 1: every route, one module per resource under routes/ (so a widget's bundle
 * holds only the routes, and schemas, it calls), joined here into the tables the server, OpenAPI
 * and the tests read. To add a route: export it from its resource's module, put its key in its
 * resource's table below, and give the server a handler under the same key
 * (packages/server/src/routes/*): the server refuses to start, and the type check fails, while a
 * route has no handler or a handler has no route.
 */
import { health, openApi } from './routes/health.ts';
import { getBoard, listPosts, createPost, postFromForm, supportPost, unsupportPost, boardMine, supportInPath, unsupportInPath, reportPost, similarPosts, boardFeed, postFeed } from './routes/boards.ts';
import { boardAccountability } from './routes/accountability.ts';
import { addKioskLink, addLadderKioskLink, listKioskLinks, listLadderKioskLinks, revokeKioskLink, revokeLadderKioskLink } from './routes/kiosk.ts';
import { configureBoard, respondToPost, setPostVisibility, reportedPosts, redactPost, exportPosts, waitingCount, erasePost } from './routes/board-staff.ts';
import { getRoom, configureRoom, updateGroup, addGroup, removeGroup, restoreGroup, addEditorLink, revokeEditorLink } from './routes/rooms.ts';
import { roomEvidence, setGroupEvidence } from './routes/room-evidence.ts';
import { getLadder, configureLadder, rateLadder, ladderSummary, ladderComments, exportLadderComments } from './routes/ladders.ts';
import { sendClarity, updateClarity, clarityReport } from './routes/clarity.ts';
import { staffMe, listStaff, addStaff, revokeStaff, auditTrail, exportAudit, serverSettings, changeServerSettings, backup } from './routes/staff.ts';
import { participantData, eraseParticipant } from './routes/participants.ts';
import { boardEvents } from './routes/board-events.ts';
import { roomEvents } from './routes/room-events.ts';
import type { RouteSpec } from './routes/spec.ts';

export { participantHeader, type RouteSpec } from './routes/spec.ts';
export * from './routes/health.ts';
export * from './routes/boards.ts';
export * from './routes/accountability.ts';
export * from './routes/kiosk.ts';
export * from './routes/board-staff.ts';
export * from './routes/rooms.ts';
export * from './routes/room-evidence.ts';
export * from './routes/ladders.ts';
export * from './routes/clarity.ts';
export * from './routes/staff.ts';
export * from './routes/participants.ts';
export * from './routes/board-events.ts';
export * from './routes/room-events.ts';
/** One table per resource: route key -> route. (No spreads here or in a route: a bundler keeps an object built with one.) */
export const healthRoutes = { health, openApi };
export const boardRoutes = { getBoard, configureBoard, listPosts, createPost, postFromForm, supportPost, unsupportPost, boardMine, supportInPath, unsupportInPath, respondToPost, setPostVisibility, reportPost, reportedPosts, redactPost, similarPosts, exportPosts, boardFeed, waitingCount, boardAccountability, postFeed, erasePost, addKioskLink, listKioskLinks, revokeKioskLink };
export const roomRoutes = { getRoom, configureRoom, updateGroup, addGroup, removeGroup, restoreGroup, addEditorLink, revokeEditorLink, roomEvidence, setGroupEvidence };
export const ladderRoutes = { getLadder, configureLadder, rateLadder, ladderSummary, ladderComments, exportLadderComments, addLadderKioskLink, listLadderKioskLinks, revokeLadderKioskLink };
export const clarityRoutes = { sendClarity, updateClarity, clarityReport };
export const staffRoutes = { staffMe, listStaff, addStaff, revokeStaff, auditTrail, exportAudit, serverSettings, changeServerSettings, backup };
export const participantRoutes = { participantData, eraseParticipant };
export const liveRoutes = { boardEvents, roomEvents };

/**
 * Every route of HTTP API version 1 by its key: the server registers a handler for each key (and
 * for nothing else), the endpoint client calls them by their exports, OpenAPI is made from them.
 */
export type RouteTable = typeof healthRoutes & typeof boardRoutes & typeof roomRoutes & typeof ladderRoutes & typeof clarityRoutes & typeof staffRoutes & typeof participantRoutes & typeof liveRoutes;
export const routeTable: RouteTable = /* @__PURE__ */ Object.assign({}, healthRoutes, boardRoutes, roomRoutes, ladderRoutes, clarityRoutes, staffRoutes, participantRoutes, liveRoutes);
export type RouteKey = keyof RouteTable;

/** Every route of HTTP API version 1, with the schemas its bodies are checked against. */
export const routes: RouteSpec[] = /* @__PURE__ */ Object.values(routeTable);
