/**
 * Welsh messages for <copro-room-checklist>: what others changed, announced live (loaded once the room has a live stream).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { RoomLiveMessages } from './messages.ts';

const cy: Translation<RoomLiveMessages> = {
  'live.marked': '{group}: wedi’i farcio’n {status}.',
  'live.note': '{group}: nodyn wedi newid.',
  'live.markedNote': '{group}: wedi’i farcio’n {status}, nodyn wedi newid.',
  'live.added': '{group}: wedi’i ychwanegu.',
  'live.removed': '{group}: wedi’i dynnu.',
  'live.elsewhere': 'Newidiodd rhywun arall y grŵp hwn tra oeddech chi’n ei olygu. Pan fyddwch chi’n cadw, gallwch ddewis rhwng eu fersiwn nhw a’ch un chi.',
  'live.elsewhereNamed': '{group}: newidiodd rhywun arall y grŵp hwn tra oeddech chi’n ei olygu.',
};

export default cy;
