import { nothing, type ReactiveController } from 'lit';
import type { BoardParts } from './board-parts.ts';
import type { BoardLive } from './live-board.ts';
import type { ListChoices } from './posts-controller.ts';

// At module level (see feedback-board.ts): the live code loads only once a list has loaded.
const loadLive = () => import('./live-board.ts');

/**
 * The board's live updates (issue 21), started and stopped with the element: their code and words
 * (live-board.ts) load once the list has loaded for readers, and stop themselves when the
 * endpoint has no stream. Staff views are not followed.
 */
export class LiveLoader implements ReactiveController {
  #live?: BoardLive;
  #for = '';

  constructor(
    private readonly parts: BoardParts,
    private readonly choices: () => ListChoices,
  ) {
    parts.host.addController(this);
  }

  hostConnected(): void {
    this.#live?.start();
  }

  hostDisconnected(): void {
    this.#live?.stop();
  }

  /** Follows the board's stream (`on`), or stops following it. */
  follow(on: boolean): void {
    const key = on ? `${this.parts.endpoint()}\n${this.parts.board()}` : '';
    if (key === this.#for) return;
    this.#live?.stop();
    this.#live = undefined;
    if (!(this.#for = key)) return;
    void loadLive().then(async ({ followBoard }) => {
      const live = await followBoard(this.parts, this.choices);
      // Another board (or endpoint, or the staff view) meanwhile: this one is not followed.
      if (this.#for !== key) return;
      this.#live = live;
      if ((this.parts.host as unknown as HTMLElement).isConnected) live.start();
    });
  }

  /** "3 new posts: show them", when others have posted. */
  render() {
    return this.#live?.render() ?? nothing;
  }
}
