import type { Catalogues } from '@copro/core';

/**
 * Author mode's notes.
 * WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release.
 */
export const authorMessages: Catalogues = {
  en: {
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
  },
  cy: {
    'notes.title': 'Nodiadau awdur (fersiwn {version})',
    'notes.version.standard': 'safonol',
    'notes.version.plain': 'glir',
    'notes.readingAge': 'Oedran darllen: tua {age} (gradd Flesch-Kincaid {grade}). Mae GOV.UK yn anelu at oedran darllen o 9.',
    'notes.counts': 'Geiriau: {words}. Brawddegau: {sentences}.',
    'notes.long': {
      zero: 'Mae {count} brawddeg dros 25 gair:',
      one: 'Mae {count} frawddeg dros 25 gair:',
      two: 'Mae {count} frawddeg dros 25 gair:',
      few: 'Mae {count} brawddeg dros 25 gair:',
      many: 'Mae {count} brawddeg dros 25 gair:',
      other: 'Mae {count} brawddeg dros 25 gair:',
    },
    'notes.longSentence': '{words} gair: “{start}…”',
    'notes.noLong': 'Does dim brawddeg dros 25 gair.',
    'notes.avoid': 'Geiriau o restr GOV.UK o eiriau i’w hosgoi:',
    'notes.avoidFound': '{entry}: {found}',
    'notes.noAvoid': 'Dim geiriau o restr GOV.UK o eiriau i’w hosgoi.',
    'notes.notEnglish': 'Mae’r gwiriadau oedran darllen a geiriau yn gweithio ar gyfer Saesneg yn unig, felly maen nhw wedi’u diffodd ar gyfer y testun hwn.',
    'notes.welsh': 'Mae’r gwiriadau oedran darllen a geiriau yn gweithio ar gyfer Saesneg yn unig, felly maen nhw wedi’u diffodd ar gyfer y testun Cymraeg hwn.',
    'notes.empty': 'Does dim testun i’w wirio.',
  },
};
