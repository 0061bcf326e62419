import { catalogue, type Messages } from '@copro/core';

/**
 * The checklist's words for live updates (what others changed): they load with the live code
 * (live-room.ts), once the room has loaded, so a page without a stream never downloads them.
 * Override any of them with the `strings` attribute, as the checklist's other messages.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'live.marked': '{group}: marked {status}.',
  'live.note': '{group}: note changed.',
  'live.markedNote': '{group}: marked {status}, note changed.',
  'live.added': '{group}: added.',
  'live.removed': '{group}: removed.',
  'live.elsewhere': 'Someone else changed this group while you were editing it. When you save, you can choose between their version and yours.',
  'live.elsewhereNamed': '{group}: someone else changed this group while you were editing it.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type RoomLiveMessages = typeof en;

export const liveMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
