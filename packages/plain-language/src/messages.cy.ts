/**
 * Welsh messages for <copro-plain-language>, <copro-plain-text> and <copro-term>.
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { PlainLanguageMessages } from './messages.ts';

const cy: Translation<PlainLanguageMessages> = {
  'switch.label': 'Iaith glir',
  'switch.on': 'Ymlaen',
  'switch.off': 'I ffwrdd',
  'mode.plain': 'Yn dangos iaith glir.',
  'mode.standard': 'Yn dangos y geiriad safonol.',
  'term.suffix': ', diffiniad',
};

export default cy;
