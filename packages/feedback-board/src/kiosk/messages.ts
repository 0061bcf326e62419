import { catalogue, type Messages } from '@copro/core';

/**
 * The words of the board's kiosk mode (`<copro-feedback-board kiosk>`, a shared tablet at an
 * event) that are the board's own (the countdown's and the thank-you frame's are core's, in
 * core/src/kiosk/messages.ts): they load with the kiosk code, so readers never download them. Override any of them with
 * the `strings` attribute, as the reader messages.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'kiosk.thanks.sent': 'Your idea has been sent.',
  'kiosk.thanks.queued': 'Your idea is saved on this tablet and will be sent as soon as it can connect.',
  'kiosk.thanks.moderated': 'Someone checks each idea before everyone can see it.',
  'kiosk.thanks.visible': 'Everyone can see it now.',
  'kiosk.expired': 'This tablet’s kiosk link has expired or been stopped, so ideas cannot be sent from it. Please ask a member of staff for a new kiosk link.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type BoardKioskMessages = typeof en;

export const kioskMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
