/** For the loader: the plain-language switch and blocks, which a page uses together. */
import { defineElement } from '@copro/core';
import { CoproPlainLanguage, CoproPlainText } from '@copro/plain-language';

defineElement('copro-plain-language', CoproPlainLanguage);
defineElement('copro-plain-text', CoproPlainText);
