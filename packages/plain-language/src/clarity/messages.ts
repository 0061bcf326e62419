import { catalogue, type Messages } from '@copro/core';

/**
 * "Was this clear?" and the staff results.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'question.label': 'Was this clear?',
  'question.yes': 'Yes',
  'question.no': 'No',
  'question.commentNo': 'What was hard to understand? (optional)',
  'question.commentYes': 'Anything else you want to tell us? (optional)',
  'question.commentHint': 'Do not include personal details such as your name or address.',
  'question.send': 'Send answer',
  'question.thanks': 'Thank you. Your answer helps us make this page clearer.',
  'question.refused': 'Your answer was not sent. {reason} It is still below: you can change it and send it again, or delete it.',
  'question.sendAgain': 'Send again',
  'question.delete': 'Delete this answer',
  'question.deleted': 'Your answer was deleted. You can answer again.',
  'report.show': 'Show results',
  'report.refresh': 'Refresh results',
  'report.forget': 'Forget token',
  'report.caption': 'Answers to "Was this clear?" for {page}',
  'report.block': 'Block',
  'report.clear': 'Clear',
  'report.unclear': 'Not clear',
  'report.empty': 'No one has answered "Was this clear?" on {page} yet.',
  'report.comments': 'Comments on {block}',
  'report.commentClear': 'Found it clear, {version} version, {date}',
  'report.commentUnclear': 'Found it not clear, {version} version, {date}',
  'report.version.standard': 'standard',
  'report.version.plain': 'plain',
  'report.loaded': {
    one: 'Results for {count} block.',
    other: 'Results for {count} blocks.',
  },
  'question.saved': 'Thank you, your answer is saved.',
  'question.sendComment': 'Send comment',
  'report.blockWords': '“{excerpt}” ({block})',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type ClarityMessages = typeof en;

export const clarityMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
