export { CoproPlainLanguage } from './plain-language.ts';
export { CoproPlainText } from './plain-text.ts';
export { CoproTerm } from './term.ts';
export { readingMode, setReadingMode, type ReadingMode } from './reading-mode.ts';
