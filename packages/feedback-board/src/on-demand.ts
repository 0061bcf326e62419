import { addMessages, type CoproElement } from '@copro/core';
import type { BoardParts } from './board-parts.ts';
import type { BoardKiosk, BoardKioskHost } from './kiosk.ts';
import type { ListChoicesController } from './list-choices-controller.ts';
import type { ReportView } from './post-view.ts';
import type { ReportController } from './report-controller.ts';
import type { SimilarController } from './similar-controller.ts';
import type { ReactiveControllerHost } from 'lit';

// The board's parts that load on demand, each its own chunk: a reader who reads, writes and
// supports downloads none of them until they are needed.
//
// The imports are in plain functions, not in the element's methods: tsc's
// rewriteRelativeImportExtensions leaves an import() inside a decorated class's method as
// './board-staff.ts' in dist, which no bundler can then find.

/** Staff work and its words (and Welsh, on a Welsh page), loaded with `mode="moderate"` before anything staff shows. */
export async function loadStaff(host: CoproElement) {
  const { BoardStaff, staffMessages, kioskLinksMessages, reportMessages } = await import('./board-staff.ts');
  // Its words, the kiosk links panel's and the report reasons (and Welsh, on a Welsh page).
  await Promise.all([addMessages(host, staffMessages), addMessages(host, kioskLinksMessages), addMessages(host, reportMessages)]);
  return BoardStaff;
}

/** Kiosk mode, loaded with `kiosk` only. */
export const startKiosk = async (parts: BoardKioskHost): Promise<BoardKiosk> => (await import('./kiosk.ts')).BoardKiosk.start(parts);

/** Live updates, loaded once the board has loaded: answers the "3 new posts: show them" render. */
export const followLive = async (parts: BoardParts, list: Pick<ListChoicesController, 'choices'>): Promise<() => unknown> =>
  (await import('./live-board.ts')).followBoard(parts, list);

/** "Report this post" for the board's posts: its code and words load when someone first opens a report form. */
export function lazyReports(parts: BoardParts): ReportView & { close(): void } {
  let reports: ReportController | undefined;
  return {
    state: (id) => reports?.view.state(id) ?? { open: false },
    toggle: async (post) => {
      if (!reports) {
        const [{ ReportController }, { reportMessages }] = await Promise.all([import('./report-controller.ts'), import('./report/messages.ts')]);
        // Its words (and Welsh, on a Welsh page) before the form shows.
        await addMessages(parts.host as unknown as HTMLElement, reportMessages);
        reports ??= new ReportController(parts);
      }
      reports.view.toggle(post);
    },
    form: (post) => reports?.view.form(post),
    /** Forgets every open form and what was sent (a kiosk's clean start). */
    close: () => (reports = undefined),
  };
}

/** Posts like the words being typed, as the board's parts use them (similar-controller.ts does the search). */
export type Similar = Pick<SimilarController, 'posts' | 'search' | 'clear' | 'update'>;

/**
 * The similar-posts search, loaded when someone first types in the text box: a reader who only
 * reads and supports never downloads it. Until it has loaded there are no similar posts to show,
 * as before the first search; the words typed meanwhile are searched once it has.
 */
export function lazySimilar(host: ReactiveControllerHost, ...options: ConstructorParameters<typeof SimilarController> extends [unknown, ...infer Rest] ? Rest : never): Similar {
  let similar: SimilarController | undefined;
  let loading = false;
  let typed = '';
  return {
    get posts() {
      return similar?.posts ?? [];
    },
    search(text) {
      typed = text;
      if (similar) return similar.search(text);
      if (loading) return;
      loading = true;
      import('./similar-controller.ts').then(
        ({ SimilarController }) => {
          similar = new SimilarController(host, ...options);
          similar.search(typed);
        },
        // Offline before it ever loaded: similar posts are a help, not a need; the next keystroke tries again.
        () => (loading = false),
      );
    },
    clear() {
      typed = '';
      similar?.clear();
    },
    update(post) {
      similar?.update(post);
    },
  };
}
