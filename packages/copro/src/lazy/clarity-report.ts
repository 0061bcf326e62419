/** For the loader: the staff clarity report, only on staff pages that show it. */
import { defineElement } from '@copro/core';
import { CoproClarityReport } from '@copro/plain-language';

defineElement('copro-clarity-report', CoproClarityReport);
