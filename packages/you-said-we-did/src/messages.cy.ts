/**
 * Welsh messages for <copro-you-said-we-did>, a board’s public record of answers and promises.
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { RecordMessages } from './messages.ts';

const cy: Translation<RecordMessages> = {
  'status.heard': 'Wedi clywed',
  'status.considering': 'Yn ystyried',
  'status.planned': 'Wedi’i gynllunio',
  'status.done': 'Wedi’i wneud',
  'status.not-doing': 'Ddim yn gwneud hyn',
  'missing.board': 'Mae angen priodwedd board ar y teclyn hwn.',
  title: 'Dywedoch chi, gwnaethom ni',
  'record.intro': 'Beth rydym wedi’i ateb, faint o amser a gymerodd, ac a wnaethom gadw’r addewidion a wnaethom.',
  'record.loading': 'Yn llwytho ein cofnod…',
  retry: 'Rhoi cynnig arall arni',
  summary: {
    zero: 'Mae ateb gan {answered} o {count} neges. Yn dal i aros am ateb: {waiting}.',
    one: 'Mae ateb gan {answered} o {count} neges. Yn dal i aros am ateb: {waiting}.',
    two: 'Mae ateb gan {answered} o {count} neges. Yn dal i aros am ateb: {waiting}.',
    few: 'Mae ateb gan {answered} o {count} neges. Yn dal i aros am ateb: {waiting}.',
    many: 'Mae ateb gan {answered} o {count} neges. Yn dal i aros am ateb: {waiting}.',
    other: 'Mae ateb gan {answered} o {count} neges. Yn dal i aros am ateb: {waiting}.',
  },
  'summary.none': 'Does dim negeseuon eto.',
  erased: {
    zero: 'Tynnwyd {count} neges a atebwyd, gyda’u hatebion, ar gais y bobl a’u hysgrifennodd.',
    one: 'Tynnwyd {count} neges a atebwyd, gyda’i hateb, ar gais y person a’i hysgrifennodd.',
    two: 'Tynnwyd {count} neges a atebwyd, gyda’u hatebion, ar gais y bobl a’u hysgrifennodd.',
    few: 'Tynnwyd {count} neges a atebwyd, gyda’u hatebion, ar gais y bobl a’u hysgrifennodd.',
    many: 'Tynnwyd {count} neges a atebwyd, gyda’u hatebion, ar gais y bobl a’u hysgrifennodd.',
    other: 'Tynnwyd {count} neges a atebwyd, gyda’u hatebion, ar gais y bobl a’u hysgrifennodd.',
  },
  'median.days': {
    zero: 'Cafodd hanner y negeseuon a atebwyd ateb cyntaf o fewn {count} diwrnod.',
    one: 'Cafodd hanner y negeseuon a atebwyd ateb cyntaf o fewn {count} diwrnod.',
    two: 'Cafodd hanner y negeseuon a atebwyd ateb cyntaf o fewn {count} diwrnod.',
    few: 'Cafodd hanner y negeseuon a atebwyd ateb cyntaf o fewn {count} diwrnod.',
    many: 'Cafodd hanner y negeseuon a atebwyd ateb cyntaf o fewn {count} diwrnod.',
    other: 'Cafodd hanner y negeseuon a atebwyd ateb cyntaf o fewn {count} diwrnod.',
  },
  'record.median.none': 'Does dim ateb gan unrhyw neges eto.',
  'table.caption': 'Ein cofnod mewn rhifau',
  'table.what': 'Beth rydym yn ei gyfrif',
  'table.number': 'Nifer',
  'row.answered': 'Negeseuon ag ateb',
  'row.waiting': 'Negeseuon yn aros am ateb',
  'row.median': 'Canolrif y diwrnodau at ateb cyntaf',
  'row.median.none': 'dim eto',
  'row.onTime': 'Addewidion a gadwyd mewn pryd',
  'row.late': 'Addewidion a gadwyd yn hwyr',
  'row.overdue': 'Addewidion sy’n hwyr',
  'row.open': 'Addewidion sydd heb eu cyrraedd eto',
  'latest.heading': 'Ein hatebion diweddaraf',
  'latest.none': 'Dydym ni ddim wedi ateb unrhyw negeseuon eto.',
  'pair.said': 'Dywedoch chi',
  'pair.did': 'Dywedon ni',
  'pair.date': 'Atebwyd ar {date}',
  'pair.due.planned': 'Dywedon ni y byddem yn gwneud hyn erbyn {date}.',
  'pair.due.considering': 'Dywedon ni y byddem yn penderfynu erbyn {date}.',
  'pair.overdue': 'Dywedon ni y byddem yn gwneud hyn erbyn {date}. Dydym ni ddim wedi dweud eto beth ddigwyddodd.',
  feed: 'Dilyn ein hatebion (ffrwd Atom)',
};

export default cy;
