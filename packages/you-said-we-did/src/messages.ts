import { catalogue, type Messages } from '@copro/core';

/**
 * Every word the record shows. Any of them can be replaced with the `strings` attribute.
 * The status words match the board's and the protocol's `responseStatusWords` (the feed and exports).
 *
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'status.heard': 'Heard',
  'status.considering': 'Considering',
  'status.planned': 'Planned',
  'status.done': 'Done',
  'status.not-doing': 'Not doing',
  'missing.board': 'This widget needs a board attribute.',
  title: 'You said, we did',
  'record.intro': 'What we have answered, how long it took, and whether we kept the promises we made.',
  'record.loading': 'Loading our record…',
  retry: 'Try again',
  summary: {
    one: '{answered} of {count} post has an answer. Still waiting for an answer: {waiting}.',
    other: '{answered} of {count} posts have an answer. Still waiting for an answer: {waiting}.',
  },
  'summary.none': 'There are no posts yet.',
  erased: {
    one: '{count} answered post was removed, with its answer, at the request of the person who wrote it.',
    other: '{count} answered posts were removed, with their answers, at the request of the people who wrote them.',
  },
  'median.days': { one: 'Half of the answered posts had a first answer within {count} day.', other: 'Half of the answered posts had a first answer within {count} days.' },
  'record.median.none': 'No post has an answer yet.',
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
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type RecordMessages = typeof en;

export const messages = catalogue(en, { cy: () => import('./messages.cy.ts') });
