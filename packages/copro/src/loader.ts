/**
 * The drop-in `copro.js`: a small loader. It defines each copro element lazily: the first time a
 * tag appears in the document (at once, or added later), it loads that element's code, and the
 * chunks it shares with other elements (Lit, the element base, the endpoint client), from beside
 * itself. Chunks are fetched relative to this file's own URL (`import.meta.url`), so copro.js
 * works from any folder or CDN path, and their names carry a content hash for long caching.
 *
 * A page with only the plain-language switch downloads only that; a page with the whole
 * consultation downloads each element once. `copro.all.js` beside it is everything in one file.
 *
 * Only the document is watched: a copro tag that another component renders inside its own shadow
 * root is not seen here; such a component imports the element's `define` entry itself.
 */

/** Each tag and the module that defines it. Tags that share a module load it once. */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'copro-feedback-board': () => import('@copro/feedback-board/define'),
  'copro-room-checklist': () => import('@copro/room-checklist/define'),
  'copro-ladder': () => import('@copro/ladder/define'),
  'copro-you-said-we-did': () => import('@copro/you-said-we-did/define'),
  'copro-plain-language': () => import('./lazy/plain-reading.ts'),
  'copro-plain-text': () => import('./lazy/plain-reading.ts'),
  'copro-term': () => import('./lazy/term.ts'),
  'copro-clarity-report': () => import('./lazy/clarity-report.ts'),
  'copro-staff-admin': () => import('@copro/staff/define'),
};
const SELECTOR = Object.keys(ELEMENTS).join(',');
const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  ELEMENTS[tag]().catch((error: unknown) => {
    // Let a later appearance of the tag try again (a flaky connection, a deploy in progress).
    requested.delete(tag);
    console.error(`copro: could not load <${tag}>; are copro.js's chunks beside it?`, error);
  });
}

function loadWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(SELECTOR)) load(node.localName);
  for (const element of node.querySelectorAll(SELECTOR)) load(element.localName);
}

loadWithin(document.documentElement);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) loadWithin(node);
}).observe(document, { childList: true, subtree: true });
