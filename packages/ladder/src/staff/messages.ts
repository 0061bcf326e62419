import { catalogue, type Messages } from '@copro/core';

/**
 * The ladder's staff words (the comments left with ratings, their sign-in, the groups hidden from
 * the public): they load with the staff code (the `staff` attribute), so readers never download
 * them. Override any of them with the `strings` attribute, as the reader messages.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'results.staffSees': {
    one: 'Hidden from the public until a group has {count} answer. You see them because you are signed in as staff:',
    other: 'Hidden from the public until a group has {count} answers. You see them because you are signed in as staff:',
  },
  'results.hiddenRole': { one: '{role}: {count} answer so far', other: '{role}: {count} answers so far' },
  'comments.heading': 'Comments left with ratings',
  'comments.signInHint': 'Only staff can read the comments. Sign in with your staff token.',
  'comments.none': 'No one has left a comment yet.',
  'comments.showing': { one: 'Showing {count} comment, newest first.', other: 'Showing all {count} comments, newest first.' },
  'comments.showingMore': { one: 'Showing the newest {count} comment.', other: 'Showing the newest {count} comments.' },
  'comments.more': 'Show more comments',
  'comments.moreShown': { one: '{count} more comment shown.', other: '{count} more comments shown.' },
  'comments.rating': '{role}: put it at {now}.',
  'comments.aim': 'Wants it at {aim}.',
  'comments.download': 'Download all comments (CSV)',
  'comments.downloaded': 'The download has started.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type LadderStaffMessages = typeof en;

export const staffMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
