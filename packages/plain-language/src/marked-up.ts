import { resolveLang } from '@copro/core';
import { AUTHOR_NOTES_TAG, CLARITY_QUESTION_TAG, loadAuthorNotes, loadClarityQuestion } from './companions.ts';
import { pageSettings } from './page-settings.ts';
import { onReadingModeChange, readingMode, type ReadingMode } from './reading-mode.ts';

/**
 * Plain-language content a page already has, without custom elements: a CMS editor marks
 * existing elements with data attributes, and the switch shows and hides them.
 *
 * ```html
 * <p data-copro-block="fees" data-copro-standard>Charges are levied on a per-session basis.</p>
 * <p data-copro-block="fees" data-copro-plain hidden>You pay each time you come.</p>
 * ```
 *
 * - `data-copro-block="id"`: the block's id, shared by its standard and plain elements. A block can
 *   have several elements of each (several paragraphs, a list). The id is also what "Was this
 *   clear?" answers are filed under, so keep it unique on the page and stable over time.
 * - `data-copro-standard`: the standard wording. Write it without `hidden`.
 * - `data-copro-plain`: the plain wording. Write it WITH `hidden`: then a page whose script does
 *   not load shows the standard text and not the plain one.
 *
 * In plain reading the standard elements get `hidden` and the plain ones lose it; in standard
 * reading, the other way round. A block with no plain element (or only empty ones) always shows
 * its standard text. Only the `hidden` attribute changes: nothing is moved, copied or rewritten.
 *
 * When the page's `<copro-plain-language>` has an `endpoint`, a `<copro-clarity-question>` is
 * added after each block's last element; with `author`, a `<copro-author-notes>` as well.
 * Content added to the page later (by a script) takes part after `applyMarkedUpContent()` runs.
 */
export const MARKED_UP_SELECTOR = '[data-copro-block][data-copro-standard], [data-copro-block][data-copro-plain]';
const COMPANION_OF = 'data-copro-companion-of';

interface MarkedUpBlock {
  standard: HTMLElement[];
  plain: HTMLElement[];
  last: HTMLElement;
}

function markedUpBlocks(root: ParentNode): Map<string, MarkedUpBlock> {
  const blocks = new Map<string, MarkedUpBlock>();
  for (const element of root.querySelectorAll<HTMLElement>(MARKED_UP_SELECTOR)) {
    const id = element.dataset.coproBlock!;
    let block = blocks.get(id);
    if (!block) blocks.set(id, (block = { standard: [], plain: [], last: element }));
    // An element marked both ways is treated as standard: it must never vanish.
    (element.hasAttribute('data-copro-standard') ? block.standard : block.plain).push(element);
    block.last = element;
  }
  return blocks;
}

/** Shows the version of every marked-up block that the page's reading mode asks for. */
export function applyMarkedUpContent(root: ParentNode = document): void {
  const mode = readingMode();
  const settings = pageSettings();
  for (const [id, block] of markedUpBlocks(root)) {
    const showPlain = mode === 'plain' && block.plain.some((element) => element.textContent?.trim());
    for (const element of block.standard) element.hidden = showPlain;
    for (const element of block.plain) element.hidden = !showPlain;
    const shown = showPlain ? block.plain : block.standard;
    placeCompanions(id, block.last, shown, showPlain ? 'plain' : 'standard', settings);
  }
}

function companion(tag: string, id: string, after: Element, wanted: boolean): HTMLElement | undefined {
  let element = [...document.querySelectorAll<HTMLElement>(`${tag}[${COMPANION_OF}]`)].find((each) => each.getAttribute(COMPANION_OF) === id);
  if (!wanted) {
    element?.remove();
    return undefined;
  }
  if (!element) {
    element = document.createElement(tag);
    element.setAttribute(COMPANION_OF, id);
    after.after(element);
  }
  return element;
}

function placeCompanions(id: string, last: HTMLElement, shown: HTMLElement[], version: ReadingMode, settings: ReturnType<typeof pageSettings>): void {
  // The question goes after the block, and the notes (when shown) between the block and the question.
  const question = companion(CLARITY_QUESTION_TAG, id, last, !!settings.endpoint);
  if (question) {
    loadClarityQuestion();
    question.setAttribute('endpoint', settings.endpoint);
    question.setAttribute('page', settings.page);
    question.setAttribute('block', id);
    question.setAttribute('version', version);
    // The first words of the block go with an answer, so the report names words, not block ids.
    Object.assign(question, { excerpt: shown.map((element) => element.textContent ?? '').join(' ') });
  }
  const notes = companion(AUTHOR_NOTES_TAG, id, last, settings.author);
  if (notes) {
    loadAuthorNotes();
    Object.assign(notes, { text: shown.map((element) => element.textContent ?? '').join('\n\n') });
    notes.setAttribute('text-lang', resolveLang(shown[0] ?? last));
    notes.setAttribute('version', version);
  }
}

let watching = false;

/** Starts following the reading mode with the page's marked-up content (once per page). */
export function watchMarkedUpContent(): void {
  if (watching) return;
  watching = true;
  onReadingModeChange(() => applyMarkedUpContent(), { settings: true });
  applyMarkedUpContent();
}
