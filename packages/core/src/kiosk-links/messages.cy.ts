/**
 * Welsh messages for “Kiosk links for events”, the staff panel of <copro-feedback-board mode="moderate"> and <copro-ladder staff> that makes, lists and stops kiosk links (loaded only with it).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '../i18n.ts';
import type { KioskLinksMessages } from './messages.ts';

const cy: Translation<KioskLinksMessages> = {
  'kioskLinks.open': 'Dolenni ciosg ar gyfer digwyddiadau',
  'kioskLinks.heading': 'Dolenni ciosg ar gyfer digwyddiadau',
  'kioskLinks.intro.board': 'Mae dolen ciosg yn troi tabled yn giosg a rennir ar gyfer y bwrdd hwn mewn digwyddiad: mae pobl yn ei rhannu ac yn postio, a chaiff pob neges ei chadw fel rhywbeth a ddywedwyd yn y digwyddiad. Dim ond ar gyfer y bwrdd hwn y mae’r ddolen yn gweithio, tan ddiwedd y diwrnod a ddewiswch, a gallwch ei hatal unrhyw bryd.',
  'kioskLinks.intro.ladder': 'Mae dolen ciosg yn troi tabled yn giosg a rennir ar gyfer yr ysgol hon mewn digwyddiad: mae pobl yn ei rhannu ac yn rhoi sgôr, a chaiff pob sgôr ei chadw fel un a roddwyd yn y digwyddiad. Dim ond ar gyfer yr ysgol hon y mae’r ddolen yn gweithio, tan ddiwedd y diwrnod a ddewiswch, a gallwch ei hatal unrhyw bryd.',
  'kioskLinks.event': 'Enw’r digwyddiad',
  'kioskLinks.eventHint.board': 'Er enghraifft, Pizza a Barn, 4 Rhagfyr. Caiff ei gadw gyda phob neges a wneir ar y dabled.',
  'kioskLinks.eventHint.ladder': 'Er enghraifft, Pizza a Barn, 4 Rhagfyr. Caiff ei gadw gyda phob sgôr a roddir ar y dabled.',
  'kioskLinks.eventEmpty': 'Rhowch enw’r digwyddiad',
  'kioskLinks.until': 'Diwrnod olaf y mae’r ddolen yn gweithio',
  'kioskLinks.untilHint': {
    zero: 'Mae’n dod i ben ar ddiwedd y diwrnod hwn, hyd at {count} diwrnod o heddiw.',
    one: 'Mae’n dod i ben ar ddiwedd y diwrnod hwn, hyd at {count} diwrnod o heddiw.',
    two: 'Mae’n dod i ben ar ddiwedd y diwrnod hwn, hyd at {count} diwrnod o heddiw.',
    few: 'Mae’n dod i ben ar ddiwedd y diwrnod hwn, hyd at {count} diwrnod o heddiw.',
    many: 'Mae’n dod i ben ar ddiwedd y diwrnod hwn, hyd at {count} diwrnod o heddiw.',
    other: 'Mae’n dod i ben ar ddiwedd y diwrnod hwn, hyd at {count} diwrnod o heddiw.',
  },
  'kioskLinks.untilInvalid': {
    zero: 'Dewiswch ddiwrnod o heddiw hyd at {count} diwrnod ymlaen',
    one: 'Dewiswch ddiwrnod o heddiw hyd at {count} diwrnod ymlaen',
    two: 'Dewiswch ddiwrnod o heddiw hyd at {count} diwrnod ymlaen',
    few: 'Dewiswch ddiwrnod o heddiw hyd at {count} diwrnod ymlaen',
    many: 'Dewiswch ddiwrnod o heddiw hyd at {count} diwrnod ymlaen',
    other: 'Dewiswch ddiwrnod o heddiw hyd at {count} diwrnod ymlaen',
  },
  'kioskLinks.errorPrefix': 'Gwall:',
  'kioskLinks.make': 'Gwneud dolen ciosg',
  'kioskLinks.done': 'Wedi gorffen',
  'kioskLinks.made': 'Dolen ciosg wedi’i gwneud ar gyfer {event}.',
  'kioskLinks.url': 'Dolen ciosg ar gyfer {event}',
  'kioskLinks.urlHint': 'Agorwch y cyfeiriad hwn unwaith ar y dabled a gadewch y tab ar agor. Dim ond nawr y caiff ei ddangos: copïwch ef cyn gadael y dudalen hon.',
  'kioskLinks.copy': 'Copïo’r ddolen',
  'kioskLinks.copied': 'Mae’r ddolen wedi’i chopïo.',
  'kioskLinks.copyByHand': 'Mae’r ddolen wedi’i dewis: copïwch hi gyda gorchymyn copïo eich dyfais.',
  'kioskLinks.listHeading.board': 'Dolenni ciosg y bwrdd hwn',
  'kioskLinks.listHeading.ladder': 'Dolenni ciosg yr ysgol hon',
  'kioskLinks.none.board': 'Nid oes gan y bwrdd hwn ddolenni ciosg.',
  'kioskLinks.none.ladder': 'Nid oes gan yr ysgol hon ddolenni ciosg.',
  'kioskLinks.worksUntil': 'yn gweithio tan {date}',
  'kioskLinks.expired': 'daeth i ben ar {date}',
  'kioskLinks.revoke': 'Atal y ddolen hon',
  'kioskLinks.revoked': 'Mae’r ddolen ciosg ar gyfer {event} wedi’i hatal.',
};

export default cy;
