import { catalogue, type Messages } from '../i18n.ts';

/**
 * "Kiosk links for events", the staff panel that makes, lists and stops kiosk links for a board
 * (`<copro-feedback-board mode="moderate">`) or a ladder (`<copro-ladder staff>`): loaded with the
 * panel, so readers never download them. Words that differ by resource end in `.board` or `.ladder`.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'kioskLinks.open': 'Kiosk links for events',
  'kioskLinks.heading': 'Kiosk links for events',
  'kioskLinks.intro.board':
    'A kiosk link turns a tablet into a shared kiosk for this board at an event: people pass it round and post, and each post is stored as said at the event. The link works only for this board, until the end of the day you choose, and you can stop it at any time.',
  'kioskLinks.intro.ladder':
    'A kiosk link turns a tablet into a shared kiosk for this ladder at an event: people pass it round and rate, and each rating is stored as given at the event. The link works only for this ladder, until the end of the day you choose, and you can stop it at any time.',
  'kioskLinks.event': 'Name of the event',
  'kioskLinks.eventHint.board': 'For example, Pizza and Opinions, 4 December. It is stored with every post made on the tablet.',
  'kioskLinks.eventHint.ladder': 'For example, Pizza and Opinions, 4 December. It is stored with every rating made on the tablet.',
  'kioskLinks.eventEmpty': 'Enter the name of the event',
  'kioskLinks.until': 'Last day the link works',
  'kioskLinks.untilHint': { one: 'It stops at the end of this day, at most {count} day from today.', other: 'It stops at the end of this day, at most {count} days from today.' },
  'kioskLinks.untilInvalid': { one: 'Choose a day from today to {count} day ahead', other: 'Choose a day from today to {count} days ahead' },
  'kioskLinks.errorPrefix': 'Error:',
  'kioskLinks.make': 'Make a kiosk link',
  'kioskLinks.done': 'Done',
  'kioskLinks.made': 'Kiosk link made for {event}.',
  'kioskLinks.url': 'Kiosk link for {event}',
  'kioskLinks.urlHint': 'Open this address once on the tablet and leave the tab open. It is shown only now: copy it before you leave this page.',
  'kioskLinks.copy': 'Copy the link',
  'kioskLinks.copied': 'The link is copied.',
  'kioskLinks.copyByHand': 'The link is selected: copy it with your device’s copy command.',
  'kioskLinks.listHeading.board': 'Kiosk links of this board',
  'kioskLinks.listHeading.ladder': 'Kiosk links of this ladder',
  'kioskLinks.none.board': 'This board has no kiosk links.',
  'kioskLinks.none.ladder': 'This ladder has no kiosk links.',
  'kioskLinks.worksUntil': 'works until {date}',
  'kioskLinks.expired': 'expired on {date}',
  'kioskLinks.revoke': 'Stop this link',
  'kioskLinks.revoked': 'The kiosk link for {event} is stopped.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type KioskLinksMessages = typeof en;

export const kioskLinksMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
