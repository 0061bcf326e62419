import { css, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The browser's own default fonts: what an element inherits from a page that sets no font. All serif. */
const browserDefaultFonts = new Set(['serif', 'times new roman', 'times', '-webkit-standard', 'liberation serif', 'dejavu serif', 'tinos']);

/** Whether a computed `font-family` is only the browser's default (the page set no font of its own). */
export function isBrowserDefaultFont(fontFamily: string): boolean {
  const families = fontFamily.split(',').map((name) => name.trim().replace(/^["']|["']$/g, '').toLowerCase());
  return families.every((name) => browserDefaultFonts.has(name));
}

/** A system sans-serif stack, for pages that set no font: never the browser's serif default. */
export const systemSansStack = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

const defaultFontSheet = css`
  :host {
    --_default-font: ${unsafeCSS(systemSansStack)};
  }
`;

/**
 * Keeps an element in the page's font, but never the browser's serif default. The element inherits
 * the font of its ancestors (GOV.UK Frontend sets it on classes, WordPress themes on `body`, or
 * nowhere); where what it inherits is only the browser's default, this gives it a system sans-serif
 * stack instead (`--_default-font`, read by the `--_font` token). A theme's or the page's
 * `--copro-font-family` wins either way. Checked on connection and again once the page has loaded
 * (a stylesheet may still be on its way when the element connects).
 */
export class HostFontController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#check();
    if (document.readyState !== 'complete') window.addEventListener('load', () => this.#check(), { once: true });
  }

  #check(): void {
    const root = this.host.shadowRoot;
    if (!root || !('adoptedStyleSheets' in root) || !this.host.isConnected) return;
    const parent = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host ?? null;
    const inherited = parent ? getComputedStyle(parent).fontFamily : '';
    const wanted = !parent || isBrowserDefaultFont(inherited);
    const sheet = defaultFontSheet.styleSheet;
    if (!sheet) return;
    const has = root.adoptedStyleSheets.includes(sheet);
    if (wanted && !has) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (!wanted && has) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((each) => each !== sheet);
  }
}
