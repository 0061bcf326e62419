/**
 * The board's kiosk mode (`<copro-feedback-board kiosk>`): a shared tablet passed round a room at an
 * event. This module loads only in kiosk mode, so readers never download it. The countdown, the
 * idle reset, the thank-you frame and the fresh participant are core's (`Kiosk`, shared with the
 * ladder's kiosk); here is what is the board's own:
 *
 * - The board's new posts and supports carry the kiosk link's key (core's write-credentials.ts).
 * - No draft is kept (the board's composer is told).
 * - The thank-you screen says whether the idea was sent and whether someone checks it first.
 * - A clean start also empties the composer, the supports, similar ideas, reports, the board's live
 *   regions and the list's choices, and reads the list again as the next person sees it.
 */
import { Kiosk, startKiosk, type Announcer } from '@copro/core';
import type { TemplateResult } from 'lit';
import type { BoardParts } from './board-parts.ts';
import type { ComposerController } from './composer-controller.ts';
import type { ListChoicesController } from './list-choices-controller.ts';
import { kioskMessages } from './kiosk/messages.ts';
import type { SupportController } from './support-controller.ts';

export { kioskMessages };

/** What kiosk mode needs from the board: its shared parts, and the controllers a clean start resets. */
export interface BoardKioskHost extends BoardParts {
  host: BoardParts['host'] & HTMLElement & { headingLevel: number };
  composer: ComposerController;
  support: SupportController;
  list: ListChoicesController;
  /** The board's live regions, emptied at a clean start. */
  live: Announcer[];
  /** The reports' forms, closed. */
  closeReports(): void;
}

/** The board's kiosk: core's `Kiosk` with what a clean start of a board empties. */
export class BoardKiosk {
  readonly kiosk: Kiosk;

  constructor(private readonly c: BoardKioskHost) {
    this.kiosk = new Kiosk({ host: c.host, t: c.t, focus: c.focus, reset: () => this.#reset() });
  }

  /** Loads the kiosk words and styles into the board; takes the key out of the address. */
  static async start(c: BoardKioskHost): Promise<BoardKiosk> {
    c.composer.noDraft = true;
    await startKiosk(c.host, { kind: 'kiosk', endpoint: c.endpoint(), id: c.board() }, kioskMessages);
    return new BoardKiosk(c);
  }

  /** This person's participant id: made in memory, gone at the next clean start. */
  get person(): string {
    return this.kiosk.person;
  }

  #reset(): void {
    const c = this.c;
    c.composer.forgotten();
    c.support.clear();
    c.similar.clear();
    c.closeReports();
    for (const announcer of c.live) announcer.announce('', true);
    c.list.sort = 'newest';
    c.list.status = '';
    c.list.category = '';
    // The list again as the new person sees it: no "yours", nothing supported.
    void c.list.reload();
  }

  /** The board as a kiosk shows it: the thank-you screen after a post, else the board; the countdown over either. */
  render(board: unknown): TemplateResult {
    const t = this.c.t();
    const done = this.c.composer.confirmation;
    const thanks = done && [t(done.state === 'sent' ? 'kiosk.thanks.sent' : 'kiosk.thanks.queued'), t(done.pending ? 'kiosk.thanks.moderated' : 'kiosk.thanks.visible')];
    return this.kiosk.render(board, thanks || undefined, t('kiosk.expired'));
  }
}
