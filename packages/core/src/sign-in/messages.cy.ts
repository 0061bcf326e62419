/**
 * Welsh messages for the staff sign-in form of every staff view (loaded only with it).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '../i18n.ts';
import type { SignInMessages } from './messages.ts';

const cy: Translation<SignInMessages> = {
  'staffSignIn.token': 'Tocyn staff',
  'staffSignIn.hint': 'Yn cael ei gadw yn y tab porwr hwn yn unig, nes i chi ei gau.',
  'staffSignIn.submit': 'Mewngofnodi',
  'staffSignIn.empty': 'Rhowch y tocyn staff',
  'staffSignIn.wrong': 'Ni dderbyniwyd y tocyn staff hwnnw. Gwiriwch ef a rhowch gynnig arall arni.',
};

export default cy;
