/**
 * Welsh messages for every copro element.
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from './i18n.ts';
import type { CoreMessages } from './messages.ts';

const cy: Translation<CoreMessages> = {
  label: '{label}:',
  loading: 'Yn llwytho…',
  retry: 'Rhowch gynnig arall arni',
};

export default cy;
