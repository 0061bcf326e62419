import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of an element and the host's font size, in CSS pixels, kept up to date. Charts draw
 * at this width so their text stays the page's size at 320 px and at 200% zoom instead of shrinking.
 */
export class WidthController implements ReactiveController {
  width = 0;
  fontSize = 16;
  /** Whether the element reads right to left: SVG has no logical x, so charts mirror themselves. */
  rtl = false;
  #observer?: ResizeObserver;
  #target?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts measuring `target` (call after render; calling again with the same element does nothing). */
  observe(target: Element | null | undefined): void {
    if (!target || target === this.#target) return;
    this.#observer?.disconnect();
    this.#target = target;
    // Measured now as well: resize observations wait for a frame, which a page in the background never gets.
    queueMicrotask(() => this.#measure(target.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver((entries) => this.#measure(entries[0]?.contentRect.width ?? 0));
    this.#observer.observe(target);
  }

  #measure(measured: number): void {
    const width = Math.floor(measured);
    const style = getComputedStyle(this.host);
    const fontSize = parseFloat(style.fontSize) || 16;
    const rtl = style.direction === 'rtl';
    if (width && (width !== this.width || fontSize !== this.fontSize || rtl !== this.rtl)) {
      this.width = width;
      this.fontSize = fontSize;
      this.rtl = rtl;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = undefined;
  }
}
