/** For the loader: `<copro-term>` (with Floating UI), only on pages that have a term. */
import { defineElement } from '@copro/core';
import { CoproTerm } from '@copro/plain-language';

defineElement('copro-term', CoproTerm);
