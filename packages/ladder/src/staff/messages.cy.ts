/**
 * Welsh messages for <copro-ladder staff>, the ladder’s staff words (loaded only for staff).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { LadderStaffMessages } from './messages.ts';

const cy: Translation<LadderStaffMessages> = {
  'results.staffSees': {
    zero: 'Wedi’u cuddio rhag y cyhoedd nes bod gan grŵp {count} ateb. Rydych chi’n eu gweld am eich bod wedi mewngofnodi fel staff:',
    one: 'Wedi’u cuddio rhag y cyhoedd nes bod gan grŵp {count} ateb. Rydych chi’n eu gweld am eich bod wedi mewngofnodi fel staff:',
    two: 'Wedi’u cuddio rhag y cyhoedd nes bod gan grŵp {count} ateb. Rydych chi’n eu gweld am eich bod wedi mewngofnodi fel staff:',
    few: 'Wedi’u cuddio rhag y cyhoedd nes bod gan grŵp {count} ateb. Rydych chi’n eu gweld am eich bod wedi mewngofnodi fel staff:',
    many: 'Wedi’u cuddio rhag y cyhoedd nes bod gan grŵp {count} ateb. Rydych chi’n eu gweld am eich bod wedi mewngofnodi fel staff:',
    other: 'Wedi’u cuddio rhag y cyhoedd nes bod gan grŵp {count} ateb. Rydych chi’n eu gweld am eich bod wedi mewngofnodi fel staff:',
  },
  'results.hiddenRole': {
    zero: '{role}: {count} ateb hyd yma',
    one: '{role}: {count} ateb hyd yma',
    two: '{role}: {count} ateb hyd yma',
    few: '{role}: {count} ateb hyd yma',
    many: '{role}: {count} ateb hyd yma',
    other: '{role}: {count} ateb hyd yma',
  },
  'comments.heading': 'Sylwadau a adawyd gyda graddau',
  'comments.signInHint': 'Dim ond staff sy’n gallu darllen y sylwadau. Mewngofnodwch gyda’ch tocyn staff.',
  'comments.none': 'Does neb wedi gadael sylw eto.',
  'comments.showing': {
    zero: 'Yn dangos {count} sylw, y diweddaraf yn gyntaf.',
    one: 'Yn dangos {count} sylw, y diweddaraf yn gyntaf.',
    two: 'Yn dangos {count} sylw, y diweddaraf yn gyntaf.',
    few: 'Yn dangos {count} sylw, y diweddaraf yn gyntaf.',
    many: 'Yn dangos {count} sylw, y diweddaraf yn gyntaf.',
    other: 'Yn dangos {count} sylw, y diweddaraf yn gyntaf.',
  },
  'comments.showingMore': {
    zero: 'Yn dangos y {count} sylw diweddaraf.',
    one: 'Yn dangos y {count} sylw diweddaraf.',
    two: 'Yn dangos y {count} sylw diweddaraf.',
    few: 'Yn dangos y {count} sylw diweddaraf.',
    many: 'Yn dangos y {count} sylw diweddaraf.',
    other: 'Yn dangos y {count} sylw diweddaraf.',
  },
  'comments.more': 'Dangos rhagor o sylwadau',
  'comments.moreShown': {
    zero: '{count} sylw arall wedi’u dangos.',
    one: '{count} sylw arall wedi’u dangos.',
    two: '{count} sylw arall wedi’u dangos.',
    few: '{count} sylw arall wedi’u dangos.',
    many: '{count} sylw arall wedi’u dangos.',
    other: '{count} sylw arall wedi’u dangos.',
  },
  'comments.rating': '{role}: wedi’i roi ar {now}.',
  'comments.aim': 'Eisiau iddo fod ar {aim}.',
  'comments.channel.paper': 'O ffurflen bapur',
  'comments.channel.event': 'Wedi’i ddweud mewn digwyddiad',
  'comments.channel.eventNamed': 'Wedi’i ddweud mewn digwyddiad: {event}',
  'comments.channel.phone': 'O alwad ffôn',
  'comments.channel.email': 'O e-bost',
  'comments.channel.other': 'Wedi’i basio ymlaen gan staff',
  'comments.download': 'Lawrlwytho pob sylw (CSV)',
  'comments.downloaded': 'Mae’r lawrlwytho wedi dechrau.',
  'entry.open': 'Rhoi sgoriau ar ran rhywun',
  'entry.heading': 'Rhoi sgoriau ar ran rhywun',
  'entry.intro': 'Ar gyfer sgoriau a roddwyd ar bapur, mewn digwyddiad, ar y ffôn neu drwy e-bost. Mae pob un yn cyfrif fel sgôr ei hun. Mae’r ffurflen yn aros yma ar gyfer yr un nesaf.',
  'entry.channel': 'Sut y daeth atoch chi?',
  'entry.channel.paper': 'Ar ffurflen bapur',
  'entry.channel.event': 'Mewn digwyddiad',
  'entry.channel.phone': 'Ar y ffôn',
  'entry.channel.email': 'Drwy e-bost',
  'entry.channel.other': 'Mewn ffordd arall',
  'entry.event': 'Enw’r digwyddiad (dewisol)',
  'entry.eventHint': 'Er enghraifft, Pizza a Barn, 4 Rhagfyr. Mae’n aros ar gyfer y sgôr nesaf.',
  'entry.role': 'Pwy roddodd y sgôr hon?',
  'entry.now': 'Ble wnaethon nhw roi’r prosiect nawr?',
  'entry.aim': 'Ble ddywedon nhw y dylai fod? (dewisol)',
  'entry.aimNone': 'Wnaethon nhw ddim dweud',
  'entry.comment': 'Eu sylw (dewisol)',
  'entry.commentHint': 'Teipiwch eu geiriau fel y gwnaethon nhw eu hysgrifennu neu eu dweud. Peidiwch â chynnwys enwau, cyfeiriadau na rhifau ffôn.',
  'entry.add': 'Ychwanegu',
  'entry.done': 'Wedi gorffen',
  'entry.added': {
    zero: 'Wedi ychwanegu: {how}. {count} wedi’u hychwanegu hyd yma.',
    one: 'Wedi ychwanegu: {how}. {count} wedi’i ychwanegu hyd yma.',
    two: 'Wedi ychwanegu: {how}. {count} wedi’u hychwanegu hyd yma.',
    few: 'Wedi ychwanegu: {how}. {count} wedi’u hychwanegu hyd yma.',
    many: 'Wedi ychwanegu: {how}. {count} wedi’u hychwanegu hyd yma.',
    other: 'Wedi ychwanegu: {how}. {count} wedi’u hychwanegu hyd yma.',
  },
  'entry.how.paper': 'o ffurflen bapur',
  'entry.how.event': 'wedi’i rhoi mewn digwyddiad',
  'entry.how.phone': 'o alwad ffôn',
  'entry.how.email': 'o e-bost',
  'entry.how.other': 'wedi’i phasio ymlaen mewn ffordd arall',
  'entry.error.summary': 'Mae problem',
  'entry.error.prefix': 'Gwall:',
  'entry.error.role': 'Dewiswch pwy roddodd y sgôr hon',
  'entry.error.now': 'Dewiswch ble wnaethon nhw roi’r prosiect nawr',
  'entry.forbidden': 'Ni all eich rôl roi sgoriau ar ran rhywun. Gofynnwch i gymedrolwr neu weinyddwr.',
};

export default cy;
