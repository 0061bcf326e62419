import { defineElement } from '@copro/core';
import { loadWhenOnPage } from './companions.ts';
import { CoproPlainLanguage } from './plain-language.ts';
import { CoproPlainText } from './plain-text.ts';
import { CoproTerm } from './term.ts';

defineElement('copro-plain-language', CoproPlainLanguage);
defineElement('copro-plain-text', CoproPlainText);
defineElement('copro-term', CoproTerm);
// The staff results are on staff pages only, and bring the endpoint client and zod/mini: they load
// when a <copro-clarity-report> is in the document. <copro-clarity-question> and
// <copro-author-notes> load when a block first needs them (see companions.ts).
loadWhenOnPage('copro-clarity-report', () => import('./clarity/define-report.ts').then((module) => module.defineClarityReport()));
