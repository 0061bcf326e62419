/**
 * Welsh messages for <copro-feedback-board>: “Report this post”, its form and what is said after sending (loaded once a reader opens a report form, and with the staff tools).
 * Loaded on demand: a page whose language is not Welsh never downloads this file.
 *
 * Written by `npm run messages -- import cy FILE` from a translator's XLIFF file (edit by hand
 * if you must; the type check fails on a missing or extra key). Which strings a fluent speaker
 * has checked: `npm run messages -- status cy`.
 */
import type { Translation } from '@copro/core';
import type { BoardReportMessages } from './messages.ts';

const cy: Translation<BoardReportMessages> = {
  'report.legend': 'Pam rydych chi’n rhoi gwybod am y neges hon?',
  'report.hint': 'Bydd cymedrolwr yn edrych arni. Dydyn ni ddim yn gofyn pwy ydych chi.',
  'report.reason.offensive': 'Mae’n anghwrtais, yn llawn casineb neu’n sarhaus',
  'report.reason.personal-details': 'Mae’n rhannu manylion personol rhywun',
  'report.reason.spam': 'Sbam neu hysbysebu yw hi',
  'report.reason.off-topic': 'Dydy hi ddim yn ymwneud â’r ymgynghoriad hwn',
  'report.send': 'Anfon',
  'report.cancel': 'Canslo',
  'report.chooseReason': 'Dewiswch pam rydych chi’n rhoi gwybod am y neges hon',
  'report.sent': 'Diolch. Rydych wedi rhoi gwybod am y neges hon, a bydd cymedrolwr yn edrych arni.',
  'report.queued': 'Mae’ch adroddiad wedi’i gadw ar y ddyfais hon. Bydd yn cael ei anfon pan fydd y cysylltiad yn ôl.',
  'report.failed': 'Ni chafodd eich adroddiad ei anfon: {reason}',
};

export default cy;
