import { html, nothing } from 'lit';

/** Clamps a heading level to 1..6 (2 when it is not a number). */
export function headingLevel(level: number, offset = 0): number {
  return Math.min(6, Math.max(1, (Math.round(level) || 2) + offset));
}

/**
 * A real heading at the level the host page chooses (an element's `heading-level`), so a widget
 * fits the outline of the page it is pasted into. `offset` gives sub-headings (level + 1, …).
 *
 * One plain template per level rather than one `lit/static-html.js` template with the tag as a
 * static value: six near-identical lines cost less (gzip) than the static-html module, which every
 * page with a board, room or ladder would otherwise download for its headings alone.
 */
export function heading(level: number, content: unknown, options: { id?: string; className?: string; part?: string; offset?: number; tabindex?: number } = {}) {
  const { id = nothing, className = nothing, part = nothing, tabindex = nothing } = options;
  switch (headingLevel(level, options.offset)) {
    case 1: return html`<h1 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2: return html`<h2 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3: return html`<h3 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4: return html`<h4 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5: return html`<h5 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default: return html`<h6 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
