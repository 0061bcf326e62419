import { formatDate } from './dates.ts';
import type { Translator } from './i18n.ts';

/**
 * A promise's `due` date (`YYYY-MM-DD`, a calendar day, not an instant) in the reader's language,
 * e.g. "31 January 2027". Read at noon UTC and written in UTC, so no time zone moves it a day.
 * A browser without month names for the language (some builds lack Welsh) would write English
 * ones in American order inside a Welsh sentence: it gets the numeric form, "31/01/2027", instead.
 */
export function formatDueDate(t: Translator, due: string): string {
  const at = `${due}T12:00:00Z`;
  if (Intl.DateTimeFormat.supportedLocalesOf(t.lang).length === 0) {
    return new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(at));
  }
  return formatDate(at, t.lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
