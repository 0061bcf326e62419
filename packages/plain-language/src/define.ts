import { defineElement } from '@copro/core';
import { CoproClarityReport } from './clarity/report.ts';
import { CoproPlainLanguage } from './plain-language.ts';
import { CoproPlainText } from './plain-text.ts';
import { CoproTerm } from './term.ts';

defineElement('copro-plain-language', CoproPlainLanguage);
defineElement('copro-plain-text', CoproPlainText);
defineElement('copro-term', CoproTerm);
defineElement('copro-clarity-report', CoproClarityReport);
// <copro-clarity-question> and <copro-author-notes> are defined when a page first needs them (see companions.ts).
