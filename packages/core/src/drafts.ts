import { resolveEndpoint } from './client.ts';

/** The kinds of words-being-typed widgets keep; "Forget me" removes every kind (see `forgetStoredPersonalData`). */
export type DraftKind = 'draft' | 'room-drafts';

const keyFor = (kind: DraftKind, endpoint: string, id: string) => `copro:${kind}:${resolveEndpoint(endpoint)}:${id}`;

/**
 * Words someone is typing, kept in `sessionStorage` as they type, so a reload, a crash or a tab put
 * to sleep does not lose them, but closing the tab does: on a shared computer (a library, a youth
 * centre) the next person must not find an abandoned post or note. Once the outbox holds a write,
 * the outbox keeps it until the server has it.
 */
export const tabDrafts = {
  /** The strings kept for one board or room (none when storage is blocked or the value unreadable). */
  read(kind: DraftKind, endpoint: string, id: string): Record<string, string> {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(keyFor(kind, endpoint, id)) ?? 'null');
      if (!stored || typeof stored !== 'object') return {};
      return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    } catch {
      return {};
    }
  },

  /** Keeps `values`, or removes the key when there are none. */
  save(kind: DraftKind, endpoint: string, id: string, values: Record<string, string>): void {
    const key = keyFor(kind, endpoint, id);
    try {
      if (Object.keys(values).length) sessionStorage.setItem(key, JSON.stringify(values));
      else sessionStorage.removeItem(key);
    } catch {
      // Storage full or blocked: the words live as long as the page.
    }
  },
};
