import { nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

const tags = [literal`h2`, literal`h2`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A real heading (h2 to h6) at the level the page needs: the checklist sits inside the page's own outline. */
export function heading(level: number, content: unknown, options: { id?: string; part?: string; className?: string } = {}) {
  const tag = tags[Math.min(Math.max(Math.round(level) || 2, 2), 6)];
  return staticHtml`<${tag} id=${options.id ?? nothing} part=${options.part ?? nothing} class=${options.className ?? nothing}>${content}</${tag}>`;
}
