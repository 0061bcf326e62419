/**
 * The parts a block shows only on some pages: "Was this clear?" (when an endpoint is set) and
 * the author notes (in author mode); and the staff results (`loadWhenOnPage`, from define.ts).
 * Each is loaded the first time a page needs it, so a reader's page carries only the switch,
 * the blocks and the terms. Loading one defines its tag.
 */
const loaded = new Map<string, Promise<unknown>>();

function load(tag: string, loader: () => Promise<unknown>): void {
  if (customElements.get(tag) || loaded.has(tag)) return;
  loaded.set(
    tag,
    loader().catch((error: unknown) => {
      loaded.delete(tag);
      console.warn(`copro: could not load <${tag}>`, error);
    }),
  );
}

export const CLARITY_QUESTION_TAG = 'copro-clarity-question';
export const AUTHOR_NOTES_TAG = 'copro-author-notes';

export function loadClarityQuestion(): void {
  load(CLARITY_QUESTION_TAG, () => import('./clarity/define-question.ts').then((module) => module.defineClarityQuestion()));
}

export function loadAuthorNotes(): void {
  load(AUTHOR_NOTES_TAG, () => import('./author/define-notes.ts').then((module) => module.defineAuthorNotes()));
}

/**
 * Loads a tag's code once an element with that tag is in the document: at once when the page has
 * one, otherwise when one is added. An element inside another element's shadow root is not seen:
 * a page that renders one there defines it itself (`@copro/plain-language` exports the classes).
 */
export function loadWhenOnPage(tag: string, loader: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  if (document.getElementsByTagName(tag).length) return load(tag, loader);
  // Looks only at what was added, so a busy page pays for its new nodes, not for the whole document.
  const observer = new MutationObserver((records) => {
    const added = records.some((record) =>
      [...record.addedNodes].some((node) => node instanceof Element && (node.localName === tag || node.getElementsByTagName(tag).length > 0)),
    );
    if (!added) return;
    observer.disconnect();
    load(tag, loader);
  });
  observer.observe(document, { childList: true, subtree: true });
}
