import { render, type ReactiveElement, type TemplateResult } from 'lit';

export { accessibilityTree, findNodes, type AxNode } from '../../../test/support/index.ts';

/** Text of the paragraphs a reader can see (laid out: unslotted and `hidden` ones have no boxes). */
export function visibleParagraphs(root: ParentNode): string[] {
  return [...root.querySelectorAll('p')].filter((p) => p.getClientRects().length > 0).map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
}

export function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A short pause for work that does not need a frame (Floating UI places on promises). */
export const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

const mounted: HTMLElement[] = [];

/**
 * Renders a template into the page and waits for every element in it to render. Unlike
 * `fixture()` with a plain wrapper, it waits on no animation frame: a page running beside
 * others may get none.
 */
export async function mount<T extends HTMLElement = HTMLDivElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  for (const element of container.querySelectorAll('*')) {
    const updating = (element as Partial<ReactiveElement>).updateComplete;
    if (updating) await updating;
  }
  return container.firstElementChild as T;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});
