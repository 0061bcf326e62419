import { defineElement } from '@copro/core';
import { CoproClarityReport } from './report.ts';

/**
 * Defines `<copro-clarity-report>`. define.ts imports this module when a report appears on the
 * page (staff pages only), so readers never download the endpoint client and schemas it needs.
 */
export function defineClarityReport(): void {
  defineElement('copro-clarity-report', CoproClarityReport);
}
