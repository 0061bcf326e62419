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
  'comments.channel.paper': 'From a paper form',
  'comments.channel.event': 'Said at an event',
  'comments.channel.eventNamed': 'Said at an event: {event}',
  'comments.channel.phone': 'From a phone call',
  'comments.channel.email': 'From an email',
  'comments.channel.other': 'Passed on by staff',
  'comments.download': 'Download all comments (CSV)',
  'comments.downloaded': 'The download has started.',
  'entry.open': 'Enter ratings on someone’s behalf',
  'entry.heading': 'Enter ratings on someone’s behalf',
  'entry.intro': 'For ratings given on paper, at an event, on the phone or by email. Each one counts as its own rating. The form stays here for the next one.',
  'entry.channel': 'How did it reach you?',
  'entry.channel.paper': 'On a paper form',
  'entry.channel.event': 'At an event',
  'entry.channel.phone': 'On the phone',
  'entry.channel.email': 'By email',
  'entry.channel.other': 'Another way',
  'entry.event': 'Name of the event (optional)',
  'entry.eventHint': 'For example, Pizza and Opinions, 4 December. It stays for the next rating.',
  'entry.role': 'Who gave this rating?',
  'entry.now': 'Where did they put the project now?',
  'entry.aim': 'Where did they say it should be? (optional)',
  'entry.aimNone': 'They did not say',
  'entry.comment': 'Their comment (optional)',
  'entry.commentHint': 'Type their words as they wrote or said them. Leave out names, addresses and phone numbers.',
  'entry.add': 'Add',
  'entry.done': 'Done',
  'entry.added': { one: 'Added: {how}. {count} added so far.', other: 'Added: {how}. {count} added so far.' },
  'entry.how.paper': 'from a paper form',
  'entry.how.event': 'given at an event',
  'entry.how.phone': 'from a phone call',
  'entry.how.email': 'from an email',
  'entry.how.other': 'passed on another way',
  'entry.error.summary': 'There is a problem',
  'entry.error.prefix': 'Error:',
  'entry.error.role': 'Choose who gave this rating',
  'entry.error.now': 'Choose where they put the project now',
  'entry.forbidden': 'Your role may not enter ratings on someone’s behalf. Ask a moderator or an administrator.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type LadderStaffMessages = typeof en;

export const staffMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
