/**
 * What "Forget me on this device" does to the browser's storage (participant.ts keeps the ids):
 * here, not in participant.ts, because only the forget panel (loaded when first opened) uses it,
 * and participant.ts is in every reading page's first download.
 */
import { resolveEndpoint } from '../client.ts';
import { memory, participantKey, SHARED_DEVICE_KEY } from '../participant.ts';

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
