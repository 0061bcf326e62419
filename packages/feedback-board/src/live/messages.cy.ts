/**
 * Welsh messages for <copro-feedback-board>: posts others made, offered live (loaded once the board has a live stream).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { BoardLiveMessages } from './messages.ts';

const cy: Translation<BoardLiveMessages> = {
  'live.newPosts': {
    zero: '{count} neges newydd: dangoswch nhw',
    one: '{count} neges newydd: dangoswch hi',
    two: '{count} neges newydd: dangoswch nhw',
    few: '{count} neges newydd: dangoswch nhw',
    many: '{count} neges newydd: dangoswch nhw',
    other: '{count} neges newydd: dangoswch nhw',
  },
};

export default cy;
