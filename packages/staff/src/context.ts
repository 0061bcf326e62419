import type { Translator } from '@copro/core';

/** What a screen needs from the element, and nothing more (the screens never see the element). */
export interface ScreenContext {
  t(): Translator;
  endpoint(): string;
  /** The signed-in staff token. */
  token(): string;
  headingLevel(): number;
  /** Says something in the element's live region. */
  announce(text: string): void;
  /** Judges a failed call (a 401 signs the page's staff elements out) and answers the words to show. */
  failed(error: unknown): string;
  /** Moves keyboard focus to a control of the element once it has rendered. */
  focus(selector: string): void;
  requestUpdate(): void;
}
