/** The page's reading mode: one value for the whole page, kept in localStorage, shared by every toggle. */
export type ReadingMode = 'standard' | 'plain';

const STORAGE_KEY = 'copro:reading-mode';
export const READING_MODE_EVENT = 'copro-reading-mode-changed';

export function readingMode(): ReadingMode {
  const fromPage = document.documentElement.dataset.coproReading;
  if (fromPage === 'plain' || fromPage === 'standard') return fromPage;
  try {
    return localStorage.getItem(STORAGE_KEY) === 'plain' ? 'plain' : 'standard';
  } catch {
    return 'standard';
  }
}

/** Sets the mode for the page, remembers it, and tells every toggle and block. */
export function setReadingMode(mode: ReadingMode, source?: Element): void {
  document.documentElement.dataset.coproReading = mode;
  try {
    localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // Storage may be blocked; the choice still holds for this page.
  }
  const target = source ?? document;
  target.dispatchEvent(new CustomEvent(READING_MODE_EVENT, { detail: { mode }, bubbles: true, composed: true }));
}
