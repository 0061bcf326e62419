/**
 * Welsh messages for every copro element that talks to its endpoint (errors, saving and sending, “Forget me on this device”).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '../i18n.ts';
import type { SendingMessages } from './messages.ts';

const cy: Translation<SendingMessages> = {
  'error.offline': 'Mae’n ymddangos eich bod all-lein, neu nid oes modd cyrraedd y gwasanaeth.',
  'error.timeout': 'Cymerodd y gwasanaeth ormod o amser i ateb. Rhowch gynnig arall arni.',
  'error.validation': 'Nid oedd modd derbyn rhywfaint o’r hyn a roesoch. Gwiriwch a rhowch gynnig arall arni.',
  'error.malformed': 'Nid oedd y gwasanaeth yn gallu darllen yr hyn a anfonwyd. Rhowch gynnig arall arni.',
  'error.tooLarge': 'Mae hynny’n rhy hir i’w anfon. Gwnewch ef yn fyrrach a rhowch gynnig arall arni.',
  'error.notFound': 'Nid oedd modd dod o hyd i hwn. Efallai fod y ddolen yn anghywir, neu ei fod wedi’i ddileu.',
  'error.unauthorized': 'Mae angen allwedd staff arnoch i wneud hynny. Gwiriwch hi a rhowch gynnig arall arni.',
  'error.forbiddenOrigin': 'Nid yw’r wefan hon yn cael defnyddio’r gwasanaeth hwn. Gofynnwch i berchennog y wefan ei hychwanegu.',
  'error.rateLimited': 'Mae llawer wedi’i anfon o’r fan hon mewn amser byr. Bydd yn cael ei anfon mewn munud.',
  'error.conflict': 'Newidiodd rhywun arall hwn ar yr un pryd.',
  'error.closed': 'Mae hwn ar gau ac nid yw’n derbyn atebion newydd.',
  'error.server': 'Aeth rhywbeth o’i le gyda’r gwasanaeth. Mae eich geiriau wedi’u cadw a byddant yn cael eu hanfon yn nes ymlaen.',
  'error.badResponse': 'Anfonodd y gwasanaeth ateb nad oeddem yn gallu ei ddeall.',
  'error.noEndpoint': 'Nid oes cyfeiriad gwasanaeth wedi’i osod ar gyfer y teclyn hwn (y briodwedd endpoint).',
  'outbox.sent': 'Wedi’i anfon.',
  'outbox.queued': 'Wedi’i gadw ar y ddyfais hon. Bydd yn cael ei anfon pan fyddwch ar-lein eto.',
  'outbox.sending': 'Yn anfon…',
  'outbox.rejected': 'Nid oedd modd anfon hwn: {reason}',
  'outbox.pending': {
    zero: 'Mae {count} eitem wedi’u cadw ar y ddyfais hon ac yn aros i gael eu hanfon.',
    one: 'Mae {count} eitem wedi’i chadw ar y ddyfais hon ac yn aros i gael ei hanfon.',
    two: 'Mae {count} eitem wedi’u cadw ar y ddyfais hon ac yn aros i gael eu hanfon.',
    few: 'Mae {count} eitem wedi’u cadw ar y ddyfais hon ac yn aros i gael eu hanfon.',
    many: 'Mae {count} eitem wedi’u cadw ar y ddyfais hon ac yn aros i gael eu hanfon.',
    other: 'Mae {count} eitem wedi’u cadw ar y ddyfais hon ac yn aros i gael eu hanfon.',
  },
  'forget.button': 'Anghofio fi ar y ddyfais hon',
  'forget.failed': 'Ni chafodd dim ei ddileu na’i anghofio. {reason}',
  'forget.held': {
    zero: 'Nid yw {count} peth a ysgrifennwyd ar y ddyfais hon ers {date} wedi’u hanfon. Eu hanfon nawr, neu eu taflu?',
    one: 'Nid yw {count} peth a ysgrifennwyd ar y ddyfais hon ar {date} wedi’i anfon. Ei anfon nawr, neu ei daflu?',
    two: 'Nid yw {count} peth a ysgrifennwyd ar y ddyfais hon ers {date} wedi’u hanfon. Eu hanfon nawr, neu eu taflu?',
    few: 'Nid yw {count} peth a ysgrifennwyd ar y ddyfais hon ers {date} wedi’u hanfon. Eu hanfon nawr, neu eu taflu?',
    many: 'Nid yw {count} peth a ysgrifennwyd ar y ddyfais hon ers {date} wedi’u hanfon. Eu hanfon nawr, neu eu taflu?',
    other: 'Nid yw {count} peth a ysgrifennwyd ar y ddyfais hon ers {date} wedi’u hanfon. Eu hanfon nawr, neu eu taflu?',
  },
  'forget.sendNow': 'Anfon nawr',
  'forget.discard': 'Taflu',
  'forget.heldSending': {
    zero: 'Yn anfon {count} peth…',
    one: 'Yn anfon {count} peth…',
    two: 'Yn anfon {count} peth…',
    few: 'Yn anfon {count} peth…',
    many: 'Yn anfon {count} peth…',
    other: 'Yn anfon {count} peth…',
  },
  'forget.heldDiscarded': {
    zero: '{count} peth wedi’u taflu.',
    one: '{count} peth wedi’i daflu.',
    two: '{count} peth wedi’u taflu.',
    few: '{count} peth wedi’u taflu.',
    many: '{count} peth wedi’u taflu.',
    other: '{count} peth wedi’u taflu.',
  },
};

export default cy;
