import { nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

const tags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading at a level the host page chooses (`heading-level`), so the board fits the page's outline. */
export function heading(level: number, content: unknown, options: { id?: string; className?: string; part?: string } = {}) {
  const tag = tags[Math.min(6, Math.max(1, Math.round(level) || 2)) - 1];
  return staticHtml`<${tag} id=${options.id ?? nothing} class=${options.className ?? nothing} part=${options.part ?? nothing}>${content}</${tag}>`;
}
