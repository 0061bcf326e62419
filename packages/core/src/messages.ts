import { catalogue, type Messages } from './i18n.ts';

/**
 * Messages every widget shares: errors in plain words and the outbox's states.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
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
  'forget.button': 'Forget me on this device',
  'forget.heading': 'Forget me on this device?',
  'forget.explain':
    'Use this on a shared or public computer. This device will forget the code that links you to what you wrote here, your drafts and your remembered answers, so the next person cannot see or change them. What you have already sent stays on the service unless you also delete it.',
  'forget.unsent': {
    one: '{count} thing you wrote here has not been sent yet. It will be deleted from this device and not sent.',
    other: '{count} things you wrote here have not been sent yet. They will be deleted from this device and not sent.',
  },
  'forget.erase': 'Also delete what I have posted',
  'forget.eraseHint':
    'Your posts, supports, ratings and answers sent from this device are deleted from the service for good, with any answers staff gave to your posts. This cannot be undone.',
  'forget.session': 'This is a shared computer: from now on, forget whoever uses it when the tab is closed',
  'forget.confirm': 'Forget me',
  'forget.confirmErase': 'Delete what I posted and forget me',
  'forget.cancel': 'Cancel',
  'forget.download': 'Download what is stored about me',
  'forget.done': 'Done: this device has forgotten you.',
  'forget.erased': 'Deleted from the service: posts {posts}, supports {supports}, ratings {ratings}, answers {clarity}.',
  'forget.failed': 'Nothing was deleted or forgotten. {reason}',
  'forget.downloaded': 'Downloaded what is stored about you, as {name}.',
  'forget.downloadFailed': 'Your data could not be downloaded. {reason}',
  'forget.held': {
    one: '{count} thing written on this device on {date} has not been sent. Send it now, or discard it?',
    other: '{count} things written on this device since {date} have not been sent. Send them now, or discard them?',
  },
  'forget.sendNow': 'Send now',
  'forget.discard': 'Discard',
  'forget.heldSending': { one: 'Sending {count} thing…', other: 'Sending {count} things…' },
  'forget.heldDiscarded': { one: '{count} thing discarded.', other: '{count} things discarded.' },
  // A label before its value ("How to reach them: …"); French, for one, puts a space before the colon.
  label: '{label}:',
  loading: 'Loading…',
  retry: 'Try again',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type CoreMessages = typeof en;

export const coreMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
