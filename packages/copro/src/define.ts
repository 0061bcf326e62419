/**
 * Defines every copro element. This is the entry of the drop-in bundle `dist/copro.js`.
 *
 * Each widget's `define` entry guards against a tag that is already defined (a CMS page can load
 * copro twice), so importing this more than once is safe.
 */
import '@copro/feedback-board/define';
import '@copro/room-checklist/define';
import '@copro/ladder/define';
import '@copro/plain-language/define';
import '@copro/you-said-we-did/define';
import '@copro/staff/define';
