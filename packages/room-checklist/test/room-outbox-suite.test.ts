import type { CoproRoomChecklist } from '../src/index.ts';
import { flakyEndpoint } from '../../../test/support/index.ts';
import { outboxElementSuite } from '../../../test/support/outbox-element-suite.ts';
import { card, checklist, noteField, stored, writeNote } from './helpers.ts';

outboxElementSuite<CoproRoomChecklist>('<copro-room-checklist> group notes', {
  make: (room) => checklist(room, { endpoint: flakyEndpoint() }),
  write: (element, note) => writeNote(element, 'carers', note),
  shows(element, note) {
    if (noteField(element, 'carers')?.value !== note) return 'nothing';
    const text = card(element, 'carers').textContent!;
    if (text.includes('Saved on this device.')) return 'queued';
    if (text.includes('Saved.')) return 'sent';
    return 'nothing';
  },
  stored: async (room) => {
    const group = await stored(room, 'carers');
    return group.revision > 0 ? [group.note] : [];
  },
  replaces: true,
});
