export { CoproPlainLanguage } from './plain-language.ts';
export { CoproPlainText } from './plain-text.ts';
export { CoproTerm } from './term.ts';
export { CoproClarityReport } from './clarity/report.ts';
export { READING_MODE_EVENT, READING_MODE_STORAGE_KEY, readingMode, setReadingMode, type ReadingMode } from './reading-mode.ts';
export { applyMarkedUpContent, MARKED_UP_SELECTOR } from './marked-up.ts';
export { pageSettings, type PageSettings } from './page-settings.ts';
// Loaded on demand (see companions.ts); exported as types so importing this entry stays light.
export type { CoproClarityQuestion } from './clarity/question.ts';
export type { CoproAuthorNotes } from './author/notes.ts';
export type { ReadabilityReport } from './author/readability.ts';
