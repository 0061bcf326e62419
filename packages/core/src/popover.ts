import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
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

const supportsPopover = typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

/**
 * A non-modal pop-over for a hint or a definition, meeting WCAG 1.4.13: it opens on click (and so
 * on Enter and Space), stays until dismissed, can be hovered and selected, and closes on Escape
 * (focus goes back to its button) or a click outside.
 *
 * The panel goes into the browser's top layer (`popover="manual"`) where supported, so page
 * overflow and stacking cannot clip it, and Floating UI places it beside its button with the
 * `fixed` strategy, which also sidesteps offset-parent errors inside shadow roots.
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
      void computePosition(trigger, panel, {
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
              panel.style.maxWidth = `${Math.min(availableWidth, 22 * 16)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        panel.style.left = `${x}px`;
        panel.style.top = `${y}px`;
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
  }

  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.hide({ returnFocus: true });
  };

  readonly #onPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    const trigger = this.options.trigger();
    const panel = this.options.panel();
    if ((trigger && path.includes(trigger)) || (panel && path.includes(panel))) return;
    this.hide();
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
