/**
 * Welsh messages for <copro-ladder kiosk>, the ladder’s kiosk mode: a shared tablet at an event (loaded only in kiosk mode).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { LadderKioskMessages } from './messages.ts';

const cy: Translation<LadderKioskMessages> = {
  'kiosk.rating.sending': 'Mae eich ateb yn cael ei anfon.',
  'kiosk.rating.sent': 'Mae eich ateb wedi’i anfon. Mae’n cyfrif gydag atebion pawb arall.',
  'kiosk.rating.queued': 'Mae eich ateb wedi’i gadw ar y dabled hon a bydd yn cael ei anfon cyn gynted ag y gall gysylltu.',
  'kiosk.rating.expired': 'Mae dolen ciosg y dabled hon wedi dod i ben neu wedi’i hatal, felly ni ellir anfon atebion ohoni. Gofynnwch i aelod o staff am ddolen ciosg newydd.',
};

export default cy;
