import { resolveEndpoint } from '@copro/core';

export interface Draft {
  body: string;
  displayName: string;
  category: string;
}

export const emptyDraft = (): Draft => ({ body: '', displayName: '', category: '' });

/**
 * What someone is writing, kept in `localStorage` as they type, so a reload or a crash does not
 * lose it. Once the outbox holds the post, the outbox keeps it until the server has it.
 */
const keyFor = (endpoint: string, board: string) => `copro:draft:${resolveEndpoint(endpoint)}:${board}`;

export function readDraft(endpoint: string, board: string): Draft {
  try {
    const stored = JSON.parse(localStorage.getItem(keyFor(endpoint, board)) ?? 'null') as Partial<Draft> | null;
    return { ...emptyDraft(), ...(stored && typeof stored === 'object' ? stored : {}) };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(endpoint: string, board: string, draft: Draft): void {
  try {
    if (!draft.body && !draft.displayName && !draft.category) localStorage.removeItem(keyFor(endpoint, board));
    else localStorage.setItem(keyFor(endpoint, board), JSON.stringify(draft));
  } catch {
    // Storage blocked: the draft lives as long as the page.
  }
}
