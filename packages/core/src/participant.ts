import { resolveEndpoint } from './client.ts';
import { newId } from './ids.ts';

const memory = new Map<string, string>();

/** The device setting a person chooses in "Forget me on this device": keep people for the tab only. */
const SHARED_DEVICE_KEY = 'copro:shared-device';

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

/** Records the person's choice for this device (not personal: it says only that the device is shared). */
export function setSessionOnlyParticipants(on: boolean): void {
  try {
    if (on) localStorage.setItem(SHARED_DEVICE_KEY, 'session');
    else localStorage.removeItem(SHARED_DEVICE_KEY);
  } catch {
    // Storage blocked: ids already live for the page only.
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

const participantKey = (endpoint: string) => `copro:participant:${resolveEndpoint(endpoint)}`;

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

/**
 * What copro keeps about a person in the browser's storage, by key: the participant id, drafts,
 * remembered answers and checklist notes not yet saved. Not staff tokens, room editor keys or the
 * plain-language reading choice (a preference, not about a person).
 */
const PERSONAL_KEY = /^copro:(participant|draft|ladder|room-drafts):(.*)$/;
const EVERY_ENDPOINT_KEY = /^copro:clarity-answered:/;

/**
 * Removes what this browser keeps about the person for one endpoint (its participant id, drafts,
 * remembered ladder answers, unsaved checklist notes) and which clarity questions were answered.
 * Unsent writes are in the outbox: `Outbox.forget` removes them. Resolves how many keys went.
 */
export function forgetStoredPersonalData(endpoint: string): number {
  const base = resolveEndpoint(endpoint);
  memory.delete(participantKey(endpoint));
  let removed = 0;
  for (const storage of storages()) {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key) continue;
      const match = PERSONAL_KEY.exec(key);
      if ((match && match[2].startsWith(base)) || EVERY_ENDPOINT_KEY.test(key)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    removed += keys.length;
  }
  return removed;
}

function storages(): Storage[] {
  const found: Storage[] = [];
  try {
    found.push(localStorage);
  } catch {
    // blocked
  }
  try {
    found.push(sessionStorage);
  } catch {
    // blocked
  }
  return found;
}
