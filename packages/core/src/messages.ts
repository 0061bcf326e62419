import type { Catalogues } from './i18n.ts';

/**
 * Messages every widget shares: errors in plain words and the outbox's states.
 * WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release.
 */
export const coreMessages: Catalogues = {
  en: {
    'error.offline': 'You seem to be offline, or the service cannot be reached.',
    'error.timeout': 'The service took too long to answer. Please try again.',
    'error.validation': 'Some of what you entered could not be accepted. Check it and try again.',
    'error.malformed': 'The service could not read what was sent. Please try again.',
    'error.tooLarge': 'That is too long to send. Make it shorter and try again.',
    'error.notFound': 'This could not be found. The link may be wrong, or it may have been removed.',
    'error.unauthorized': 'You need the staff key to do that. Check it and try again.',
    'error.forbiddenOrigin': 'This website is not allowed to use this service. Ask the site owner to add it.',
    'error.rateLimited': 'A lot has been sent from here in a short time. It will be sent in a moment.',
    'error.conflict': 'Someone else changed this at the same time.',
    'error.closed': 'This is closed and is not taking new answers.',
    'error.server': 'Something went wrong with the service. Your words are kept and will be sent later.',
    'error.badResponse': 'The service sent an answer we could not understand.',
    'error.noEndpoint': 'This widget has no service address set (the endpoint attribute).',
    'outbox.sent': 'Sent.',
    'outbox.queued': 'Saved on this device. It will be sent when you are back online.',
    'outbox.sending': 'Sending…',
    'outbox.rejected': 'This could not be sent: {reason}',
    'outbox.pending': {
      one: '{count} item is saved on this device and waiting to be sent.',
      other: '{count} items are saved on this device and waiting to be sent.',
    },
    loading: 'Loading…',
    retry: 'Try again',
  },
  cy: {
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
    loading: 'Yn llwytho…',
    retry: 'Rhowch gynnig arall arni',
  },
};
