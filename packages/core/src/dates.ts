/**
 * Dates in the reader's language. Every copro element formats dates here, with its translator's
 * locale (`formatDate(at, t.lang)`), so a language the browser has no date data for never comes out
 * in US English. It is its own module, not part of the translator, so an element that shows no
 * dates (the plain-language switch) never downloads it.
 *
 * With data for the language, the browser's own `Intl.DateTimeFormat`. Without it: for a language
 * copro ships month names for (Welsh), day, month name and year in that language ("5 Rhagfyr 2026");
 * otherwise British English, day before month ("5 Dec 2026"), which no reader can misread as 12 May.
 */

import { primaryLanguage as primary } from './i18n.ts';

/** Month names, full and short, for languages a browser may have no date data for. */
const monthNames: Record<string, { long: string[]; short: string[] }> = {
  cy: {
    long: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
    short: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  },
};


/** Whether this browser has date data for the locale's language (and would not silently fall back to its default). */
export function hasDateData(locale: string): boolean {
  try {
    if (!Intl.DateTimeFormat.supportedLocalesOf([locale]).length) return false;
    return primary(new Intl.DateTimeFormat(locale).resolvedOptions().locale) === primary(locale);
  } catch {
    return false;
  }
}

export interface FormatDateOptions {
  /** Overrides the check for the browser's date data (tests, or a page that knows better). */
  hasData?: (locale: string) => boolean;
}

/** Formats a date (a `Date` or an ISO string) for a locale, with a fallback where the browser lacks the language. */
export function formatDate(
  value: Date | string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  { hasData = hasDateData }: FormatDateOptions = {},
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  if (hasData(locale)) return new Intl.DateTimeFormat(locale, options).format(date);
  const names = monthNames[primary(locale)];
  const onlyDate = !options.timeStyle && options.hour === undefined && options.minute === undefined;
  if (names && onlyDate) {
    // Day, month and year as the reader's calendar has them (in the requested time zone).
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: options.timeZone, day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
    const part = (type: string) => Number(parts.find((each) => each.type === type)?.value);
    const style = options.dateStyle ?? (options.month === 'short' ? 'medium' : 'long');
    const month = (style === 'medium' || style === 'short' ? names.short : names.long)[part('month') - 1];
    return `${part('day')} ${month} ${part('year')}`;
  }
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
