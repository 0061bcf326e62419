import { catalogue, type Messages } from '@copro/core';

/**
 * The words of the ladder's kiosk mode (`<copro-ladder kiosk>`, a shared tablet at an event) that are
 * the ladder's own (the countdown's and the thank-you frame's are core's, in
 * core/src/kiosk/messages.ts): they load with the kiosk code, so readers never download them.
 * Override any of them with the `strings` attribute, as the reader messages.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'kiosk.rating.sending': 'Your answer is being sent.',
  'kiosk.rating.sent': 'Your answer has been sent. It counts with everyone else’s.',
  'kiosk.rating.queued': 'Your answer is saved on this tablet and will be sent as soon as it can connect.',
  'kiosk.rating.expired': 'This tablet’s kiosk link has expired or been stopped, so answers cannot be sent from it. Please ask a member of staff for a new kiosk link.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type LadderKioskMessages = typeof en;

export const kioskMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
