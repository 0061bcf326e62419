import { catalogue } from '../i18n.ts';
import type { Messages } from '../i18n.ts';

/**
 * The words every kiosk shares (`<copro-feedback-board kiosk>`, `<copro-ladder kiosk>`: a shared
 * tablet at an event): the thank-you screen's frame, the idle countdown and the clean start. They
 * load with a kiosk's code, so readers never download them. Each element's kiosk adds its own words
 * (what was sent, the expired link). Override any of them with the `strings` attribute.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'kiosk.thanks.heading': 'Thank you',
  'kiosk.thanks.pass': 'Please pass the tablet to the next person. Nothing you wrote stays on the screen.',
  'kiosk.next': 'Start again for the next person',
  'kiosk.idle.heading': 'Are you still there?',
  'kiosk.idle.countdown': {
    one: 'Everything on this screen will be cleared for the next person in {count} second.',
    other: 'Everything on this screen will be cleared for the next person in {count} seconds.',
  },
  'kiosk.idle.more': 'I need more time',
  'kiosk.idle.extended': 'You have more time. Carry on when you are ready.',
  'kiosk.cleared': 'The screen is ready for the next person.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type KioskMessages = typeof en;

export const kioskMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
