/**
 * Welsh messages for every kiosk (<copro-feedback-board kiosk>, <copro-ladder kiosk>: a shared tablet at an event): the thank-you screen, the idle countdown and the clean start (loaded only in kiosk mode).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '../i18n.ts';
import type { KioskMessages } from './messages.ts';

const cy: Translation<KioskMessages> = {
  'kiosk.thanks.heading': 'Diolch',
  'kiosk.thanks.pass': 'Rhowch y dabled i’r person nesaf. Nid oes dim o’r hyn a ysgrifennoch yn aros ar y sgrin.',
  'kiosk.next': 'Dechrau eto i’r person nesaf',
  'kiosk.idle.heading': 'Ydych chi dal yno?',
  'kiosk.idle.countdown': {
    zero: 'Bydd popeth ar y sgrin hon yn cael ei glirio i’r person nesaf ymhen {count} eiliad.',
    one: 'Bydd popeth ar y sgrin hon yn cael ei glirio i’r person nesaf ymhen {count} eiliad.',
    two: 'Bydd popeth ar y sgrin hon yn cael ei glirio i’r person nesaf ymhen {count} eiliad.',
    few: 'Bydd popeth ar y sgrin hon yn cael ei glirio i’r person nesaf ymhen {count} eiliad.',
    many: 'Bydd popeth ar y sgrin hon yn cael ei glirio i’r person nesaf ymhen {count} eiliad.',
    other: 'Bydd popeth ar y sgrin hon yn cael ei glirio i’r person nesaf ymhen {count} eiliad.',
  },
  'kiosk.idle.more': 'Mae angen mwy o amser arnaf',
  'kiosk.idle.extended': 'Mae gennych fwy o amser. Ewch ymlaen pan fyddwch yn barod.',
  'kiosk.cleared': 'Mae’r sgrin yn barod i’r person nesaf.',
};

export default cy;
