import { catalogue, type Messages } from '../i18n.ts';

/**
 * Messages of every element that talks to its endpoint: errors in plain words, the outbox's
 * states, and the "Forget me on this device" button and held writes. They come with the endpoint
 * client (client.ts adds them to every element's translator when it loads), so a page with only
 * the plain-language switch never downloads them.
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
  'forget.failed': 'Nothing was deleted or forgotten. {reason}',
  'forget.held': {
    one: '{count} thing written on this device on {date} has not been sent. Send it now, or discard it?',
    other: '{count} things written on this device since {date} have not been sent. Send them now, or discard them?',
  },
  'forget.sendNow': 'Send now',
  'forget.discard': 'Discard',
  'forget.heldSending': { one: 'Sending {count} thing…', other: 'Sending {count} things…' },
  'forget.heldDiscarded': { one: '{count} thing discarded.', other: '{count} things discarded.' },
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type SendingMessages = typeof en;

export const sendingMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
