import { resolveEndpoint } from './client.ts';

/**
 * Room editor links and board kiosk links (`page#copro-key=<key>`): the key is taken out of the
 * address bar at once (so it is not bookmarked, shared by accident or sent as a Referer), kept in
 * `sessionStorage` for this tab only, and sent as `Authorization: Bearer <key>` with that room's
 * writes (a kiosk's: that board's new posts and supports). It is never written to the outbox's
 * IndexedDB: the credential is added when a write is sent.
 */
/** Where this tab keeps a room's editor key, a board's kiosk link key (`<copro-feedback-board kiosk>`) or a ladder's (`<copro-ladder kiosk>`). */
const keyName = (kind: 'room' | 'kiosk' | 'ladder', endpoint: string, id: string) => `copro:${kind}-key:${resolveEndpoint(endpoint)}:${id}`;
const FRAGMENT_KEY = /(^#|&)copro-key=([^&]*)/;

/**
 * Moves a `#copro-key=` from the address into this tab's storage for a room's editor key (`room`),
 * a board's kiosk key (`kiosk`) or a ladder's (`ladder`) (kiosk mode only: a reader's board
 * or ladder never takes one); a no-op without one.
 */
export function adoptKey(kind: 'room' | 'kiosk' | 'ladder', endpoint: string, id: string): void {
  if (typeof location === 'undefined' || !endpoint || !id) return;
  const match = FRAGMENT_KEY.exec(location.hash);
  if (!match) return;
  const key = decodeURIComponent(match[2]);
  try {
    if (key) sessionStorage.setItem(keyName(kind, endpoint, id), key);
  } catch {
    // Storage blocked: the key cannot be kept, and it still leaves the address bar.
  }
  const rest = location.hash.replace(FRAGMENT_KEY, '$1').replace(/^#&/, '#').replace(/&$/, '');
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest === '#' ? '' : rest}`);
}

/** Moves a `#copro-key=` from the address into this tab's storage for `room`; a no-op without one. */
export const adoptRoomKey = (endpoint: string, room: string) => adoptKey('room', endpoint, room);

/** Whether this tab holds a board's (or a ladder's) kiosk key: its writes are then the tablet's, marked so as they are queued. */
export const holdsKioskKey = (endpoint: string, id: string, kind: 'board' | 'ladder' = 'board'): boolean => Boolean(stored(keyName(kind === 'board' ? 'kiosk' : kind, endpoint, id)));

function stored(name: string): string {
  try {
    return sessionStorage.getItem(name) ?? '';
  } catch {
    return '';
  }
}

/**
 * The credential a queued write to `path` carries: for a room write, that room's editor key when
 * this tab has one, else the staff token signed in on this tab. A board's new post or support
 * carries the board's kiosk key (a ladder's rating, the ladder's) when it was queued on the tablet
 * (`meta.kiosk`) and this tab holds the key; never a write a resident queued in another tab, which
 * would then count as said at the event. Other queued writes are residents' own and carry none.
 *
 * The staff session is imported only for a room write without an editor key, so a page whose
 * writes are residents' own (a board, a ladder) never downloads the staff session's code.
 */
export async function writeCredential(endpoint: string, path: string, meta?: Record<string, unknown>): Promise<string | undefined> {
  // A support's queued path ends with `#copro-participant=…` (the header it is sent in, see client.ts).
  const [, kind, id, kiosked] = /^\/v1\/(board|room|ladder)s\/([^/]+)\/(posts(?:\/[^/]+\/support)?(?:#|$)|ratings$)?/.exec(path) ?? [];
  if (!id || (kind !== 'room' && (!kiosked || !meta?.kiosk))) return undefined;
  const key = stored(keyName(kind === 'board' ? 'kiosk' : (kind as 'room' | 'ladder'), endpoint, decodeURIComponent(id)));
  if (key || kind !== 'room') return key || undefined;
  const { staffSessionFor } = await import('./staff-session.ts');
  return staffSessionFor(endpoint).token || undefined;
}
