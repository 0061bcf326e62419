import { fixture, html } from '@open-wc/testing';
import { newId, outboxFor } from '@copro/core';
import { Post, PostPage } from '@copro/protocol';
import '../src/define.ts';
import type { CoproFeedbackBoard } from '../src/index.ts';
import { api, flakyEndpoint, openStreams, serverUp, staffToken, testEndpoint, until, watchReads } from '../../../test/support/index.ts';

export const $ = <T extends Element = HTMLElement>(board: Element, selector: string) => board.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(board: Element, selector: string) => [...board.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];

export async function makeBoard(board: string, options: { endpoint?: string; mode?: string; pageSize?: number; lang?: string; headingLevel?: number; width?: string } = {}) {
  // `width`: a column of that width (WebKit's window through WebDriver is never narrower than 447 px).
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'} style=${options.width ? `inline-size: ${options.width}` : ''}>
    <button type="button">before</button>
    <copro-feedback-board
      endpoint=${options.endpoint ?? testEndpoint()}
      board=${board}
      mode=${options.mode ?? 'read'}
      page-size=${options.pageSize ?? 20}
      heading-level=${options.headingLevel ?? 2}
    ></copro-feedback-board>
  </div>`);
  const element = wrapper.querySelector('copro-feedback-board') as CoproFeedbackBoard;
  await until(() => $(element, '#posts-count') || $(element, '#token'), 'the board to load', 10000);
  return element;
}

/**
 * The board on `flakyEndpoint`. Browsers running in parallel share that listener, so another
 * engine's fault test may have it down right now: bring it up and retry until the board loads.
 */
export async function makeBoardOnFlaky(board: string) {
  await serverUp();
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"><copro-feedback-board endpoint=${flakyEndpoint()} board=${board}></copro-feedback-board></div>`);
  const element = wrapper.querySelector('copro-feedback-board') as CoproFeedbackBoard;
  await until(async () => {
    if ($(element, '#posts-count')) return true;
    const retry = $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.trim() === 'Try again');
    if (retry) {
      await serverUp();
      retry.click();
    }
    return false;
  }, 'the board to load on the flaky endpoint', 15000);
  return element;
}

/**
 * As if the page were loaded again: the element goes, the page's outbox stops (as unloading does),
 * and the next element gets a fresh outbox that reopens IndexedDB and sends what is stored.
 */
export async function reloadBoard(element: CoproFeedbackBoard, options: { mode?: string } = {}) {
  const { endpoint, board } = element;
  element.parentElement!.remove();
  outboxFor(endpoint).close();
  return endpoint === flakyEndpoint() ? makeBoardOnFlaky(board) : makeBoard(board, { endpoint, ...options });
}

/** Posts through the API, as another person (a fresh participant) would. */
export async function seedPost(board: string, body: string, fields: Record<string, unknown> = {}): Promise<Post> {
  const { status, json } = await api('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: newId(), body, ...fields });
  if (status !== 201) throw new Error(`seeding failed: ${status} ${JSON.stringify(json)}`);
  return Post.parse(json);
}

export async function configure(board: string, settings: Record<string, unknown>) {
  const { status } = await api('PUT', `/v1/boards/${board}`, settings, staffToken());
  if (status !== 200) throw new Error(`configure failed: ${status}`);
}

/** What the server stored on the board, as staff see it (every visibility). */
export async function stored(board: string): Promise<Post[]> {
  const { json } = await api('GET', `/v1/boards/${board}/posts?limit=100`, undefined, staffToken());
  return PostPage.parse(json).items;
}

export const postBodies = (element: Element) => $$(element, 'ul.posts .body').map((node) => node.textContent!.trim());
export const postItem = (element: Element, text: string) =>
  $$(element, 'ul.posts article').find((article) => article.querySelector('.body')?.textContent?.trim() === text);

export async function typeInto(control: HTMLTextAreaElement | HTMLInputElement, text: string) {
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function submit(element: CoproFeedbackBoard, text: string) {
  await typeInto($<HTMLTextAreaElement>(element, '#body')!, text);
  await element.updateComplete;
  $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
}

/** The words a sighted reader sees in an element (its visually hidden parts left out). */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

export { accessibilityTree, findNodes, type AxNode } from '../../../test/support/index.ts';

/** Waits for the board's stream to be open on the server (it opens once the list has loaded). */
export const streaming = (board: string) => until(async () => (await openStreams('board', board)) >= 1, 'the board’s stream to open', 5000);

/**
 * `make(board)`, then waits for its stream and for the read its first connection asks for, so a
 * test that holds, fails or counts reads meets only the reads it causes itself.
 */
export async function settledLiveBoard<Board extends HTMLElement>(board: string, make: (board: string) => Promise<Board>): Promise<Board> {
  const reads = watchReads((url) => url.includes(`/boards/${board}/`) && /\/(posts|mine)(\?|$)/.test(url));
  try {
    const element = await make(board);
    await streaming(board);
    await until(() => reads.idle() && reads.answered(/\/posts(\?|$)/) >= 2, 'the read the stream’s first connection asks for');
    return element;
  } finally {
    reads.restore();
  }
}
