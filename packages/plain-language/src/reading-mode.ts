/**
 * The page's reading mode: one value for the whole page, `standard` or `plain`.
 *
 * - Kept in `localStorage` under `copro:reading-mode`, so it holds across reloads and pages of a site.
 * - Shown on the page as `<html data-copro-reading="plain">`, so a site's own CSS can follow it.
 * - Every toggle and block on the page follows it, and so do other tabs of the same site
 *   (through the `storage` event).
 * - Each change fires `copro-reading-mode-changed` (from the switch that was pressed, or from
 *   `document` when a script or another tab changed it).
 */
export type ReadingMode = 'standard' | 'plain';

export const READING_MODE_STORAGE_KEY = 'copro:reading-mode';
export const READING_MODE_EVENT = 'copro-reading-mode-changed';

declare module '@copro/core' {
  interface CoproEventDetails {
    'copro-reading-mode-changed': { mode: ReadingMode };
  }
}
declare global {
  interface HTMLElementEventMap {
    'copro-reading-mode-changed': CustomEvent<{ mode: ReadingMode }>;
  }
}

const asMode = (value: string | null | undefined): ReadingMode => (value === 'plain' ? 'plain' : 'standard');

function storedMode(): ReadingMode {
  try {
    return asMode(localStorage.getItem(READING_MODE_STORAGE_KEY));
  } catch {
    // Storage can be blocked by privacy settings: the page then starts in standard reading.
    return 'standard';
  }
}

/** The mode the page is in now. */
export function readingMode(): ReadingMode {
  const onPage = document.documentElement.dataset.coproReading;
  return onPage === 'plain' || onPage === 'standard' ? onPage : storedMode();
}

const listeners = new Set<() => void>();
const settingsListeners = new Set<() => void>();

function notify(mode: ReadingMode, from: EventTarget): void {
  document.documentElement.dataset.coproReading = mode;
  for (const listener of listeners) listener();
  from.dispatchEvent(new CustomEvent(READING_MODE_EVENT, { detail: { mode }, bubbles: true, composed: true }));
}

/**
 * Puts the whole page into a reading mode and remembers it. `from` is where the
 * `copro-reading-mode-changed` event starts (the switch that was pressed); `document` by default.
 */
export function setReadingMode(mode: ReadingMode, from: EventTarget = document): void {
  if (mode === readingMode()) return;
  try {
    localStorage.setItem(READING_MODE_STORAGE_KEY, mode);
  } catch {
    // Not remembered, but the page still switches.
  }
  notify(mode, from);
}

const onStorage = (event: StorageEvent) => {
  // `key` is null when another tab cleared all of the site's storage.
  if (event.key !== READING_MODE_STORAGE_KEY && event.key !== null) return;
  const mode = asMode(event.key === null ? null : event.newValue);
  if (mode !== readingMode()) notify(mode, document);
};

/**
 * Calls `listener` after every change of the mode (and, with `settings`, of the page's
 * plain-language settings: see `pageSettingsChanged`). Marks `<html>` with the remembered mode,
 * and the first subscriber starts listening to other tabs.
 */
export function onReadingModeChange(listener: () => void, { settings = false } = {}): () => void {
  document.documentElement.dataset.coproReading = readingMode();
  if (!listeners.size) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  if (settings) settingsListeners.add(listener);
  return () => {
    listeners.delete(listener);
    settingsListeners.delete(listener);
    if (!listeners.size) window.removeEventListener('storage', onStorage);
  };
}

/** Tells every block that a switch's `endpoint`, `page` or `author` changed (see page-settings.ts). */
export function pageSettingsChanged(): void {
  for (const listener of settingsListeners) listener();
}
