/**
 * The parts a block shows only on some pages: "Was this clear?" (when an endpoint is set) and
 * the author notes (in author mode). Each is loaded the first time a page needs it, so a reader's
 * page carries only the switch and the blocks. Loading a companion defines its tag.
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
