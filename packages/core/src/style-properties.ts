import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, on the first render too.
 *
 * Lit's `styleMap` writes a `style` attribute on first render, which a Content-Security-Policy
 * without `'unsafe-inline'` in `style-src` blocks (and reports). Properties set through
 * `element.style` are not inline markup, so strict pages allow them.
 *
 * ```ts
 * html`<span style=${styleProperties({ width: '40%' })}></span>`
 * ```
 */
class StyleProperties extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() belongs in a style attribute binding.');
    }
  }

  render(_properties: Record<string, string | undefined>) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Record<string, string | undefined>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.#previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
