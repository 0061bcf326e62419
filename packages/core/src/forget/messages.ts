import { catalogue, type Messages } from '../i18n.ts';

/**
 * The "Forget me on this device" panel (erase, download, shared computer): loaded with the panel
 * the first time someone opens it, so a page that never opens it never downloads these. The
 * button and the held-writes offer, which show without opening, are in the core messages.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
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
  'forget.downloaded': 'Downloaded what is stored about you, as {name}.',
  'forget.downloadFailed': 'Your data could not be downloaded. {reason}',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type ForgetMessages = typeof en;

export const forgetMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
