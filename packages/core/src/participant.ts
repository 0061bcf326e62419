import { resolveEndpoint } from './client.ts';
import { newId } from './ids.ts';

const memory = new Map<string, string>();

/**
 * The anonymous participant id this browser uses with an endpoint: a random UUID kept in
 * `localStorage`. It dedupes support and finds "my posts"; it is not a login and holds nothing personal.
 */
export function participantId(endpoint: string): string {
  const key = `copro:participant:${resolveEndpoint(endpoint)}`;
  try {
    const stored = localStorage.getItem(key);
    if (stored && /^[0-9a-f-]{36}$/.test(stored)) return stored;
    const id = newId();
    localStorage.setItem(key, id);
    return id;
  } catch {
    // Storage can be blocked (privacy settings); an id for this page's life still dedupes within it.
    let id = memory.get(key);
    if (!id) memory.set(key, (id = newId()));
    return id;
  }
}
