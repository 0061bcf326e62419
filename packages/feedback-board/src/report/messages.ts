import { catalogue, type Messages } from '@copro/core';

/**
 * The board's words for "Report this post" once someone opens a report form (the form, and what
 * is said after sending): they load with the report form's code (report-controller.ts), and with
 * the staff tools (which name the reasons), so most readers never download them. The button
 * itself (`report.button`) is in the board's main messages. Override any of them with the
 * `strings` attribute, as the board's other messages.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'report.legend': 'Why are you reporting this post?',
  'report.hint': 'A moderator will look at it. We do not ask who you are.',
  'report.reason.offensive': 'It is rude, hateful or offensive',
  'report.reason.personal-details': 'It shares someone’s personal details',
  'report.reason.spam': 'It is spam or advertising',
  'report.reason.off-topic': 'It is not about this consultation',
  'report.send': 'Send report',
  'report.cancel': 'Cancel',
  'report.chooseReason': 'Choose why you are reporting this post',
  'report.sent': 'Thank you. You reported this post, and a moderator will look at it.',
  'report.queued': 'Your report is saved on this device. It will be sent when the connection is back.',
  'report.failed': 'Your report was not sent: {reason}',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type BoardReportMessages = typeof en;

export const reportMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
