import { resolveEndpoint } from './client.ts';
import { newId } from './ids.ts';

/** Participant ids of endpoints whose storage is blocked, for this page's life. */
export const memory = new Map<string, string>();

/** The device setting a person chooses in "Forget me on this device": keep people for the tab only. */
export const SHARED_DEVICE_KEY = 'copro:shared-device';

/**
 * Whether participants are kept for the tab only (`sessionStorage`, gone when it closes) rather
 * than in `localStorage`: a page for shared computers says so with
 * `<meta name="copro-participant" content="session">` (a library's catalogue page, a kiosk), and a
 * person can choose it for this device in "Forget me on this device".
 */
export function sessionOnlyParticipants(): boolean {
  if (typeof document !== 'undefined' && document.querySelector('meta[name="copro-participant"][content="session" i]')) return true;
  try {
    return localStorage.getItem(SHARED_DEVICE_KEY) === 'session';
  } catch {
    return false;
  }
}

/**
 * Where copro keeps what it remembers about the person (the participant id, a remembered answer):
 * `localStorage`, or `sessionStorage` when participants are kept for the tab only. `undefined` when
 * storage is blocked.
 */
export function personalStorage(): Storage | undefined {
  try {
    return sessionOnlyParticipants() ? sessionStorage : localStorage;
  } catch {
    return undefined;
  }
}

export const participantKey = (endpoint: string) => `copro:participant:${resolveEndpoint(endpoint)}`;

/**
 * The anonymous participant id this browser uses with an endpoint: a random UUID kept in
 * `localStorage` (or for the tab only, see `sessionOnlyParticipants`). It dedupes support and finds
 * "my posts"; it is not a login and holds nothing personal, but it is the key to what the person
 * wrote, so "Forget me on this device" forgets it.
 */
export function participantId(endpoint: string): string {
  const key = participantKey(endpoint);
  try {
    const storage = personalStorage();
    if (!storage) throw new Error('no storage');
    // A device switched to tab-only ids keeps none that outlive the tab.
    if (storage !== localStorage) localStorage.removeItem(key);
    const stored = storage.getItem(key);
    if (stored && /^[0-9a-f-]{36}$/.test(stored)) return stored;
    const id = newId();
    storage.setItem(key, id);
    return id;
  } catch {
    // Storage can be blocked (privacy settings); an id for this page's life still dedupes within it.
    let id = memory.get(key);
    if (!id) memory.set(key, (id = newId()));
    return id;
  }
}
