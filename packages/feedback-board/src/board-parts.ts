import type { Translator } from '@copro/core';
import type { ReactiveControllerHost } from 'lit';
import type { PostsController } from './posts-controller.ts';
import type { Similar } from './on-demand.ts';
import type { WritesController } from './writes-controller.ts';

/** What the board's controllers (writing, supporting, staff work) share from the element: a narrow view of it, not the element. */
export interface BoardParts {
  host: ReactiveControllerHost;
  t(): Translator;
  endpoint(): string;
  board(): string;
  participant(): string;
  posts: PostsController;
  similar: Similar;
  writes: WritesController;
  /** Says `text` in the live region: at once, or once things settle (`later`). */
  announce(text: string, later?: boolean): void;
  /** Moves focus once the current render has finished. */
  focus(selector: string): void;
  /** Tells the page about a failure (`copro-error`) and answers its plain words. */
  reportError(error: unknown): string;
}
