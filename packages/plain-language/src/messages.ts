import { catalogue, type Messages } from '@copro/core';

/**
 * The switch's, the blocks' and the terms' words.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'switch.label': 'Plain language',
  'switch.on': 'On',
  'switch.off': 'Off',
  'mode.plain': 'Showing plain language.',
  'mode.standard': 'Showing the standard wording.',
  'term.suffix': ', definition',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type PlainLanguageMessages = typeof en;

export const messages = catalogue(en, { cy: () => import('./messages.cy.ts') });
