import type { Catalogues, Messages } from '@copro/core';
import { responseStatusWords } from '@copro/protocol';

/** The status words come from the protocol, the one list the feed and exports also use. */
const statusWords = (lang: 'en' | 'cy'): Messages =>
  Object.fromEntries(Object.entries(responseStatusWords[lang]).map(([status, words]) => [`status.${status}`, words]));

/**
 * Every word the record shows, in English and Welsh. Any of them can be replaced with the
 * `strings` attribute.
 *
 * WELSH: machine-made, not yet checked by a fluent speaker. Have it checked before a release.
 */
export const messages: Catalogues = {
  en: {
    ...statusWords('en'),
    'missing.board': 'This widget needs a board attribute.',
    title: 'You said, we did',
    intro: 'What we have answered, how long it took, and whether we kept the promises we made.',
    loading: 'Loading our record…',
    retry: 'Try again',
    summary: {
      one: '{answered} of {count} post has an answer. Still waiting for an answer: {waiting}.',
      other: '{answered} of {count} posts have an answer. Still waiting for an answer: {waiting}.',
    },
    'summary.none': 'There are no posts yet.',
    'median.days': { one: 'Half of the answered posts had a first answer within {count} day.', other: 'Half of the answered posts had a first answer within {count} days.' },
    'median.none': 'No post has an answer yet.',
    'table.caption': 'Our record in numbers',
    'table.what': 'What we count',
    'table.number': 'Number',
    'row.answered': 'Posts with an answer',
    'row.waiting': 'Posts waiting for an answer',
    'row.median': 'Median days to a first answer',
    'row.median.none': 'none yet',
    'row.onTime': 'Promises kept on time',
    'row.late': 'Promises kept late',
    'row.overdue': 'Promises overdue',
    'row.open': 'Promises not yet due',
    'latest.heading': 'Our latest answers',
    'latest.none': 'We have not answered any posts yet.',
    'pair.said': 'You said',
    'pair.did': 'We said',
    'pair.date': 'Answered on {date}',
    'pair.due.planned': 'We said we would do this by {date}.',
    'pair.due.considering': 'We said we would decide by {date}.',
    'pair.overdue': 'We said we would do this by {date}. We have not yet said what happened.',
    feed: 'Follow our answers (Atom feed)',
  },
  cy: {
    ...statusWords('cy'),
    'missing.board': 'Mae angen priodwedd board ar y teclyn hwn.',
    title: 'Dywedoch chi, gwnaethom ni',
    intro: 'Beth rydym wedi’i ateb, faint o amser a gymerodd, ac a wnaethom gadw’r addewidion a wnaethom.',
    loading: 'Yn llwytho ein cofnod…',
    retry: 'Rhoi cynnig arall arni',
    summary: { other: 'Mae ateb gan {answered} o {count} neges. Yn dal i aros am ateb: {waiting}.' },
    'summary.none': 'Does dim negeseuon eto.',
    'median.days': { other: 'Cafodd hanner y negeseuon a atebwyd ateb cyntaf o fewn {count} diwrnod.' },
    'median.none': 'Does dim ateb gan unrhyw neges eto.',
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
  },
};
