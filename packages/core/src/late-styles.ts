import { adoptStyles, type CSSResult } from 'lit';

/**
 * Adds the styles of a part that loads later (the kiosk, the "Forget me" panel, the kiosk-links
 * panel) to an element's shadow root, beside the element's own `static styles`, each once. Lit
 * adopts `static styles` when the element is made, before such a part has loaded. Where a browser
 * cannot adopt style sheets, Lit's `adoptStyles` adds a `<style>` instead (with the page's nonce).
 */
export function adoptLateStyles(host: Element, ...styles: CSSResult[]): void {
  const root = host.shadowRoot;
  if (!root) return;
  for (const style of styles) {
    const sheet = style.styleSheet;
    if (!sheet) adoptStyles(root, [style]);
    else if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
