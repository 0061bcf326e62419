import { defineElement } from '@copro/core';
import { CoproClarityQuestion } from './question.ts';

/**
 * Defines `<copro-clarity-question>`. companions.ts imports this module the first time a block on
 * the page asks "Was this clear?". A function rather than a side effect, so no bundler drops it.
 */
export function defineClarityQuestion(): void {
  defineElement('copro-clarity-question', CoproClarityQuestion);
}
