import { autoUpdate, computePosition, flip, offset, platform, shift, size, type Placement, type Platform } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PopoverOptions {
  /** The button that opens and closes the pop-over (it carries `aria-expanded` and `aria-controls`). */
  trigger: () => HTMLElement | null | undefined;
  /** The pop-over's panel. Render it with `hidden` when closed (`?hidden=${!popover.open}`). */
  panel: () => HTMLElement | null | undefined;
  placement?: Placement;
  /** Called after it opens or closes, e.g. to emit an event or announce. */
  onToggle?: (open: boolean) => void;
}

/** An element's effective CSS `zoom` (the product of its own and its ancestors'), 1 where the browser cannot say. */
export function effectiveZoom(element: Element): number {
  const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/**
 * Floating UI's DOM platform, corrected for CSS `zoom` on an ancestor (some accessibility toolbars
 * zoom the whole page). The released `@floating-ui/dom` measures the panel in its own (unzoomed)
 * CSS pixels but the button in the viewport's: this measures the panel in viewport pixels too, and
 * the caller divides the resulting position by the panel's zoom before writing it.
 */
const zoomAwarePlatform: Platform = {
  ...platform,
  async getDimensions(element) {
    const { width, height } = await platform.getDimensions(element);
    const zoom = effectiveZoom(element);
    return { width: width * zoom, height: height * zoom };
  },
};

const supportsPopover = typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

/**
 * A non-modal pop-over for a hint or a definition, meeting WCAG 1.4.13: it opens on click (and so
 * on Enter and Space), stays until dismissed, can be hovered and selected, and closes on Escape
 * (focus goes back to its button) or a click outside.
 *
 * The panel goes into the browser's top layer (`popover="manual"`) where supported, so page
 * overflow and stacking cannot clip it, and Floating UI places it beside its button with the
 * `fixed` strategy, which also sidesteps offset-parent errors inside shadow roots. It stays beside
 * its button under CSS `zoom` on an ancestor (see `zoomAwarePlatform`).
 */
export class PopoverController implements ReactiveController {
  #open = false;
  #stopAutoUpdate?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PopoverOptions,
  ) {
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  toggle(): void {
    if (this.#open) this.hide();
    else this.show();
  }

  show(): void {
    if (this.#open) return;
    this.#open = true;
    document.addEventListener('keydown', this.#onKeydown, true);
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    // WCAG 2.4.11: an open pop-over must not cover whatever takes focus next, so it closes when
    // focus leaves its button and panel.
    this.host.addEventListener('focusout', this.#onFocusOut);
    this.host.requestUpdate();
    this.options.onToggle?.(true);
  }

  /** Closes it; with `returnFocus`, focus goes back to the button (as after Escape). */
  hide({ returnFocus = false } = {}): void {
    if (!this.#open) return;
    this.#open = false;
    this.#stop();
    const panel = this.options.panel();
    if (panel && supportsPopover && panel.matches(':popover-open')) panel.hidePopover();
    this.host.requestUpdate();
    if (returnFocus) this.options.trigger()?.focus();
    this.options.onToggle?.(false);
  }

  hostUpdated(): void {
    const trigger = this.options.trigger();
    const panel = this.options.panel();
    if (!this.#open || !trigger || !panel || this.#stopAutoUpdate) return;
    if (supportsPopover) {
      panel.popover = 'manual';
      if (!panel.matches(':popover-open')) panel.showPopover();
    }
    panel.style.position = 'fixed';
    panel.style.margin = '0';
    this.#stopAutoUpdate = autoUpdate(trigger, panel, () => {
      // A button that is no longer shown (its block switched to another reading version) leaves
      // nothing to point at: close instead of floating a definition in a corner.
      if (!trigger.isConnected || trigger.getClientRects().length === 0) {
        this.hide();
        return;
      }
      // Floating UI works in viewport pixels; `left`, `top` and `max-width` are in the panel's own
      // CSS pixels, which a zoomed ancestor scales.
      const zoom = effectiveZoom(panel);
      void computePosition(trigger, panel, {
        platform: zoomAwarePlatform,
        strategy: 'fixed',
        placement: this.options.placement ?? 'bottom-start',
        middleware: [
          offset(6),
          flip(),
          shift({ padding: 8 }),
          // Never wider than the viewport: reflow at 320 px and 400% zoom.
          size({
            padding: 8,
            apply({ availableWidth }) {
              panel.style.maxWidth = `${Math.min(availableWidth / zoom, 22 * 16)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        panel.style.left = `${x / zoom}px`;
        panel.style.top = `${y / zoom}px`;
      });
    });
  }

  hostDisconnected(): void {
    this.#open = false;
    this.#stop();
  }

  #stop(): void {
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = undefined;
    document.removeEventListener('keydown', this.#onKeydown, true);
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    this.host.removeEventListener('focusout', this.#onFocusOut);
  }

  /** Whether an event's path (or a node) is inside the button or the panel. */
  #isInside(path: EventTarget[]): boolean {
    const trigger = this.options.trigger();
    const panel = this.options.panel();
    return (!!trigger && path.includes(trigger)) || (!!panel && path.includes(panel));
  }

  readonly #onFocusOut = () => {
    // Focus has not landed yet during focusout (and a microtask would still run before it does):
    // look once the focus change is complete.
    setTimeout(() => {
      if (!this.#open) return;
      let landed: Element | null = document.activeElement;
      // Focus fell to nothing (a click on the panel's own text): nothing focused can be covered,
      // and the text must stay selectable.
      if (!landed || landed === document.body) return;
      while (landed?.shadowRoot?.activeElement) landed = landed.shadowRoot.activeElement;
      const trigger = this.options.trigger();
      const panel = this.options.panel();
      const inside = !!landed && ((trigger?.contains(landed) ?? false) || (panel?.contains(landed) ?? false));
      if (!inside) this.hide();
    });
  };

  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape belongs to this pop-over only while focus is on its button or in its panel;
    // elsewhere it closes the pop-over but is left for the page (a dialog, another widget).
    if (!this.#isInside(event.composedPath())) {
      this.hide();
      return;
    }
    event.stopPropagation();
    this.hide({ returnFocus: true });
  };

  readonly #onPointerDown = (event: PointerEvent) => {
    if (!this.#isInside(event.composedPath())) this.hide();
  };
}

/** Styles for a pop-over panel: readable width, visible border (also in forced colours), above the page. */
export const popoverPanelStyles = `
  background: var(--_background);
  color: var(--_text);
  border: 2px solid var(--_border);
  border-radius: var(--_radius);
  padding: calc(var(--_space) * 1.5);
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  z-index: 1000;
  inset: auto;
  overflow-wrap: anywhere;
`;
