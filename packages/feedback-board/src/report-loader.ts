import { addMessages } from '@copro/core';
import type { BoardParts } from './board-parts.ts';
import type { ReportView } from './post-view.ts';
import type { ReportController } from './report-controller.ts';

// At module level: tsc's rewriteRelativeImportExtensions leaves an import() inside a decorated
// class's method as './report-controller.ts' in dist, which no bundler can then find.
const loadReports = () => import('./report-controller.ts');
const loadWords = () => import('./report/messages.ts');

/** "Report this post" for the board's posts: its code and words load when someone first opens a report form. */
export function lazyReports(parts: BoardParts): ReportView & { close(): void } {
  let reports: ReportController | undefined;
  return {
    state: (id) => reports?.view.state(id) ?? { open: false },
    toggle: async (post) => {
      if (!reports) {
        const [{ ReportController }, { reportMessages }] = await Promise.all([loadReports(), loadWords()]);
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
