export { CoproRoomChecklist } from './room-checklist.ts';
