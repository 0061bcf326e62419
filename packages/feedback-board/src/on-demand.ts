import { addMessages, type CoproElement } from '@copro/core';
import type { BoardParts } from './board-parts.ts';
import type { BoardKiosk, BoardKioskHost } from './kiosk.ts';
import type { ListChoicesController } from './list-choices-controller.ts';
import type { ReportView } from './post-view.ts';
import type { ReportController } from './report-controller.ts';

// The board's parts that load on demand, each its own chunk: a reader who reads, writes and
// supports downloads none of them until they are needed.
//
// The imports are in plain functions, not in the element's methods: tsc's
// rewriteRelativeImportExtensions leaves an import() inside a decorated class's method as
// './board-staff.ts' in dist, which no bundler can then find.

/** Staff work and its words (and Welsh, on a Welsh page), loaded with `mode="moderate"` before anything staff shows. */
export async function loadStaff(host: CoproElement) {
  const { BoardStaff, staffMessages, kioskLinksMessages } = await import('./board-staff.ts');
  await Promise.all([addMessages(host, staffMessages), addMessages(host, kioskLinksMessages)]);
  return BoardStaff;
}

/** Kiosk mode, loaded with `kiosk` only. */
export const startKiosk = async (parts: BoardKioskHost): Promise<BoardKiosk> => (await import('./kiosk.ts')).BoardKiosk.start(parts);

/** Live updates, loaded once the board has loaded: answers the "3 new posts: show them" render. */
export const followLive = async (parts: BoardParts, list: Pick<ListChoicesController, 'choices'>): Promise<() => unknown> =>
  (await import('./live-board.ts')).followBoard(parts, list);

/** "Report this post" for the board's posts: its code loads when someone first opens a report form. */
export function lazyReports(parts: BoardParts): ReportView & { close(): void } {
  let reports: ReportController | undefined;
  return {
    state: (id) => reports?.view.state(id) ?? { open: false },
    toggle: async (post) => {
      if (!reports) {
        const { ReportController } = await import('./report-controller.ts');
        reports ??= new ReportController(parts);
      }
      reports.view.toggle(post);
    },
    form: (post) => reports?.view.form(post),
    /** Forgets every open form and what was sent (a kiosk's clean start). */
    close: () => (reports = undefined),
  };
}
