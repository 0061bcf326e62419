/**
 * Welsh messages for <copro-feedback-board kiosk>, the board’s kiosk mode: a shared tablet at an event (loaded only in kiosk mode).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { BoardKioskMessages } from './messages.ts';

const cy: Translation<BoardKioskMessages> = {
  'kiosk.thanks.sent': 'Mae eich syniad wedi’i anfon.',
  'kiosk.thanks.queued': 'Mae eich syniad wedi’i gadw ar y dabled hon a bydd yn cael ei anfon cyn gynted ag y gall gysylltu.',
  'kiosk.thanks.moderated': 'Mae rhywun yn gwirio pob syniad cyn i bawb allu ei weld.',
  'kiosk.thanks.visible': 'Gall pawb ei weld nawr.',
  'kiosk.expired': 'Mae dolen ciosg y dabled hon wedi dod i ben neu wedi’i hatal, felly ni ellir anfon syniadau ohoni. Gofynnwch i aelod o staff am ddolen ciosg newydd.',
};

export default cy;
