import { nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

const tags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a heading level to 1..6 (2 when it is not a number). */
export function headingLevel(level: number, offset = 0): number {
  return Math.min(6, Math.max(1, (Math.round(level) || 2) + offset));
}

/**
 * A real heading at the level the host page chooses (an element's `heading-level`), so a widget
 * fits the outline of the page it is pasted into. `offset` gives sub-headings (level + 1, …).
 */
export function heading(level: number, content: unknown, options: { id?: string; className?: string; part?: string; offset?: number; tabindex?: number } = {}) {
  const tag = tags[headingLevel(level, options.offset) - 1];
  return staticHtml`<${tag} id=${options.id ?? nothing} class=${options.className ?? nothing} part=${options.part ?? nothing} tabindex=${options.tabindex ?? nothing}>${content}</${tag}>`;
}
