import { catalogue, type Messages } from './i18n.ts';

/**
 * Messages every element shares (the endpoint's errors and the outbox's states are in sending/messages.ts).
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  // A label before its value ("How to reach them: …"); French, for one, puts a space before the colon.
  label: '{label}:',
  loading: 'Loading…',
  retry: 'Try again',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type CoreMessages = typeof en;

export const coreMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
