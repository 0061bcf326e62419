import { defineElement } from '@copro/core';
import { CoproPlainLanguage } from './plain-language.ts';
import { CoproPlainText } from './plain-text.ts';
import { CoproTerm } from './term.ts';

defineElement('copro-plain-language', CoproPlainLanguage);
defineElement('copro-plain-text', CoproPlainText);
defineElement('copro-term', CoproTerm);
