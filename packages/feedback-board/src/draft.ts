import { resolveEndpoint, tabDrafts } from '@copro/core';

export interface Draft {
  body: string;
  displayName: string;
  category: string;
}

export const emptyDraft = (): Draft => ({ body: '', displayName: '', category: '' });

/** What someone is writing on a board, kept for the tab (core's `tabDrafts` says why). */
export function readDraft(endpoint: string, board: string): Draft {
  try {
    // Version 1 kept drafts in localStorage, where they outlived the tab.
    localStorage.removeItem(`copro:draft:${resolveEndpoint(endpoint)}:${board}`);
  } catch {
    // Storage blocked: nothing was kept there either.
  }
  const { body = '', displayName = '', category = '' } = tabDrafts.read('draft', endpoint, board);
  return { body, displayName, category };
}

export function saveDraft(endpoint: string, board: string, draft: Draft): void {
  tabDrafts.save('draft', endpoint, board, Object.fromEntries(Object.entries(draft).filter(([, value]) => value)));
}
