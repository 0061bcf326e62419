import { catalogue, type Messages } from '@copro/core';

/**
 * Author mode's notes.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'notes.title': 'Author notes ({version} version)',
  'notes.version.standard': 'standard',
  'notes.version.plain': 'plain',
  'notes.readingAge': 'Reading age: about {age} (Flesch-Kincaid grade {grade}). GOV.UK aims for a reading age of 9.',
  'notes.counts': 'Words: {words}. Sentences: {sentences}.',
  'notes.long': {
    one: '{count} sentence is over 25 words:',
    other: '{count} sentences are over 25 words:',
  },
  'notes.longSentence': '{words} words: “{start}…”',
  'notes.noLong': 'No sentence is over 25 words.',
  'notes.avoid': 'Words from GOV.UK’s list of words to avoid:',
  'notes.avoidFound': '{entry}: {found}',
  'notes.noAvoid': 'No words from GOV.UK’s list of words to avoid.',
  'notes.notEnglish': 'Reading age and word checks work for English only, so they are off for this text.',
  'notes.welsh': 'Reading age and word checks work for English only, so they are off for this Welsh text.',
  'notes.empty': 'There is no text to check.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type AuthorMessages = typeof en;

export const authorMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
