export { CoproRoomChecklist } from './room-checklist.ts';
export { csvField, roomCsv, roomMinutes, summarySentence, type ExportRow } from './export.ts';
export { checklistOrder, countStatuses, isDefaultGroup, type GroupValues, type RoomCounts, type RoomFilter } from './model.ts';
export { declaredGroups, type DeclaredGroups } from './declared-groups.ts';
import './events.ts';
