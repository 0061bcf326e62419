import type { Translator } from './i18n.ts';

/**
 * A promise's `due` date (`YYYY-MM-DD`, a calendar day, not an instant) in the reader's language,
 * e.g. "31 January 2027". Read at noon UTC and written in UTC, so no time zone moves it a day.
 */
export function formatDueDate(t: Translator, due: string): string {
  return t.date(`${due}T12:00:00Z`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
