import { defineElement } from '@copro/core';
import { CoproRoomChecklist } from './room-checklist.ts';

defineElement('copro-room-checklist', CoproRoomChecklist);
