import { catalogue, type Messages } from '../i18n.ts';

/**
 * The staff sign-in form's words, one set for every staff view (a board moderating, the clarity
 * report, the staff page, the ladder's comments): loaded with the form, which only staff views
 * have. An element passes its own hint or button words where it says more.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'staffSignIn.token': 'Staff token',
  'staffSignIn.hint': 'Kept in this browser tab only, until you close it.',
  'staffSignIn.submit': 'Sign in',
  'staffSignIn.empty': 'Enter the staff token',
  'staffSignIn.wrong': 'That staff token was not accepted. Check it and try again.',
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type SignInMessages = typeof en;

export const signInMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
