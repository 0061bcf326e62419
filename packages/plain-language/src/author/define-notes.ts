import { defineElement } from '@copro/core';
import { CoproAuthorNotes } from './notes.ts';

/**
 * Defines `<copro-author-notes>`. companions.ts imports this module only when author mode is on,
 * so readers never download the readability code. A function rather than a side effect, so no
 * bundler drops it (the package lists only `define.ts` as having side effects).
 */
export function defineAuthorNotes(): void {
  defineElement('copro-author-notes', CoproAuthorNotes);
}
