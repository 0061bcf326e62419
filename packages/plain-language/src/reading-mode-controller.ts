import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchMarkedUpContent } from './marked-up.ts';
import { onReadingModeChange, readingMode, type ReadingMode } from './reading-mode.ts';

/** Keeps an element in step with the page's reading mode (and, with `settings`, with the switch's settings). */
export class ReadingModeController implements ReactiveController {
  mode: ReadingMode = 'standard';
  #stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { settings?: boolean } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.mode = readingMode();
    this.#stop = onReadingModeChange(() => {
      this.mode = readingMode();
      this.host.requestUpdate();
    }, this.options);
    watchMarkedUpContent();
  }

  hostDisconnected(): void {
    this.#stop?.();
  }
}
