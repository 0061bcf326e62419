import { resolveEndpoint } from './client.ts';

/**
 * Room editor links (`page#copro-key=<key>`): the key is taken out of the address bar at once
 * (so it is not bookmarked, shared by accident or sent as a Referer), kept in `sessionStorage`
 * for this tab only, and sent as `Authorization: Bearer <key>` with that room's writes. It is
 * never written to the outbox's IndexedDB: the credential is added when a write is sent.
 */
const roomKeyName = (endpoint: string, room: string) => `copro:room-key:${resolveEndpoint(endpoint)}:${room}`;
const FRAGMENT_KEY = /(^#|&)copro-key=([^&]*)/;

/** Moves a `#copro-key=` from the address into this tab's storage for `room`; a no-op without one. */
export function adoptRoomKey(endpoint: string, room: string): void {
  if (typeof location === 'undefined' || !endpoint || !room) return;
  const match = FRAGMENT_KEY.exec(location.hash);
  if (!match) return;
  const key = decodeURIComponent(match[2]);
  try {
    if (key) sessionStorage.setItem(roomKeyName(endpoint, room), key);
  } catch {
    // Storage blocked: the key cannot be kept, and it still leaves the address bar.
  }
  const rest = location.hash.replace(FRAGMENT_KEY, '$1').replace(/^#&/, '#').replace(/&$/, '');
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest === '#' ? '' : rest}`);
}

function roomKey(endpoint: string, room: string): string {
  try {
    return sessionStorage.getItem(roomKeyName(endpoint, room)) ?? '';
  } catch {
    return '';
  }
}

/**
 * The credential a queued write to `path` carries: for a room write, that room's editor key when
 * this tab has one, else the staff token signed in on this tab. Other queued writes (posts,
 * supports, ratings) are residents' own and carry none.
 *
 * The staff session is imported only for a room write without an editor key, so a page whose
 * writes are residents' own (a board, a ladder) never downloads the staff session's code.
 */
export async function writeCredential(endpoint: string, path: string): Promise<string | undefined> {
  const room = /^\/v1\/rooms\/([^/]+)\//.exec(path)?.[1];
  if (!room) return undefined;
  const key = roomKey(endpoint, decodeURIComponent(room));
  if (key) return key;
  const { staffSessionFor } = await import('./staff-session.ts');
  return staffSessionFor(endpoint).token || undefined;
}
