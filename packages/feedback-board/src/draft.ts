import { resolveEndpoint } from '@copro/core';

export interface Draft {
  body: string;
  displayName: string;
  category: string;
}

export const emptyDraft = (): Draft => ({ body: '', displayName: '', category: '' });

/**
 * What someone is writing, kept in `sessionStorage` as they type, so a reload or a crash does not
 * lose it, but closing the tab does: on a shared computer (a library, a youth centre) the next
 * person must not find an abandoned post. Once the outbox holds the post, the outbox keeps it
 * until the server has it.
 */
const keyFor = (endpoint: string, board: string) => `copro:draft:${resolveEndpoint(endpoint)}:${board}`;

export function readDraft(endpoint: string, board: string): Draft {
  const key = keyFor(endpoint, board);
  try {
    // Earlier versions kept drafts in localStorage, where they outlived the tab.
    localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept there either.
  }
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<Draft> | null;
    return { ...emptyDraft(), ...(stored && typeof stored === 'object' ? stored : {}) };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(endpoint: string, board: string, draft: Draft): void {
  try {
    if (!draft.body && !draft.displayName && !draft.category) sessionStorage.removeItem(keyFor(endpoint, board));
    else sessionStorage.setItem(keyFor(endpoint, board), JSON.stringify(draft));
  } catch {
    // Storage blocked: the draft lives as long as the page.
  }
}
