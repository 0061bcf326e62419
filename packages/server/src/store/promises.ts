import type { PostResponse, PromiseCounts, ResponseHistoryEntry } from '@copro/protocol';

/**
 * One formatter per time zone: making an `Intl.DateTimeFormat` costs about a hundred times more
 * than using one (a page of posts with answers made one per answered post, about a sixth of a read
 * that missed the cache). Time zones are few (IANA names, checked when a board is configured).
 */
const dayFormats = new Map<string, { format: Intl.DateTimeFormat; at: number; date: string }>();

/**
 * The calendar date (`YYYY-MM-DD`) it is at `instant` in `timeZone`. The last answer per zone is
 * kept too: a page of posts asks for the same instant once per answered post, and formatting costs
 * about as much as the rest of that post's mapping.
 */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  let day = dayFormats.get(timeZone);
  if (!day) {
    // en-CA writes dates as YYYY-MM-DD. An unknown zone throws here, as before, and is not kept.
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dayFormats.size >= 1000) dayFormats.clear();
    dayFormats.set(timeZone, (day = { format, at: NaN, date: '' }));
  }
  const at = instant.getTime();
  if (at !== day.at) {
    day.date = day.format.format(instant);
    day.at = at;
  }
  return day.date;
}

/** The answers that settle a promise: after them nothing is overdue. */
const settled = new Set<PostResponse['status']>(['done', 'not-doing']);

/**
 * A promise is overdue from the day after its `due` date in the board's time zone, until it is
 * done or declined. An update clears it only by setting a new `due`.
 */
export function isOverdue(status: PostResponse['status'], due: string | null, today: string): boolean {
  return due !== null && !settled.has(status) && due < today;
}

/**
 * Which of the four promise counts one post's history adds to, or null when it never had a date
 * (or was declined: "not doing" says what happened, it is not a broken promise).
 * Kept on time: the first `done` fell on or before the date in force at that moment.
 */
export function promiseOutcome(history: ResponseHistoryEntry[], timeZone: string, today: string): keyof PromiseCounts | null {
  let due: string | null = null;
  for (const entry of history) {
    if (entry.due) due = entry.due;
    if (entry.status === 'done') {
      if (due === null) return null;
      return dateInTimeZone(new Date(entry.at), timeZone) <= due ? 'onTime' : 'late';
    }
    if (entry.status === 'heard' || entry.status === 'not-doing') due = null;
  }
  const last = history.at(-1);
  if (!last || due === null) return null;
  return isOverdue(last.status, due, today) ? 'overdue' : 'open';
}

/**
 * The due date the next answer carries: its own, or the one in force when the answer keeps a
 * promise alive (`planned`, `considering`, and `done`, so "kept on time" can still be read).
 */
export function nextDue(status: PostResponse['status'], given: string | undefined, current: string | null): string | null {
  if (given !== undefined) return given;
  return status === 'heard' || status === 'not-doing' ? null : current;
}

/** The median of the numbers, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
