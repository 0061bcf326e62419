import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Text for a polite live region, debounced so a screen reader hears the settled state once
 * (as GOV.UK's character count does) instead of every keystroke.
 */
export class Announcer implements ReactiveController {
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 500,
  ) {
    host.addController(this);
  }

  /** What the live region says now. Render it inside an element with `role="status"`. */
  get text(): string {
    return this.#text;
  }

  announce(text: string, immediately = false): void {
    clearTimeout(this.#timer);
    const apply = () => {
      // Clearing first makes a repeated message be read again.
      this.#text = this.#text === text ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    };
    if (immediately) apply();
    else this.#timer = setTimeout(apply, this.delayMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
