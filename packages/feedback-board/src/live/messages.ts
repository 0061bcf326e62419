import { catalogue, type Messages } from '@copro/core';

/**
 * The board's words for live updates (posts others made): they load with the live code
 * (live-board.ts), once the list has loaded, so a page without a stream never downloads them.
 * Override any of them with the `strings` attribute, as the board's other messages.
 * English here; Welsh in messages.cy.ts, loaded only when an element is Welsh. Welsh is machine-made
 * until a fluent speaker signs it off: `npm run messages -- status cy` lists what is unchecked.
 */
const en = {
  'live.newPosts': { one: '{count} new post: show it', other: '{count} new posts: show them' },
} satisfies Messages;

/** The English messages: their keys are the keys every other language must have. */
export type BoardLiveMessages = typeof en;

export const liveMessages = catalogue(en, { cy: () => import('./messages.cy.ts') });
