import { defineElement } from '@copro/core';
import { CoproClarityQuestion } from './question.ts';

// Loaded on demand by companions.ts, the first time a block on the page asks "Was this clear?".
defineElement('copro-clarity-question', CoproClarityQuestion);
