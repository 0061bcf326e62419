/**
 * Welsh messages for author mode (staff checking their wording).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { AuthorMessages } from './messages.ts';

const cy: Translation<AuthorMessages> = {
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
};

export default cy;
