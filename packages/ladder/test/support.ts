import { newId } from '@copro/core';
import type { LadderSummary } from '@copro/protocol';
import type { CoproLadder } from '@copro/ladder';
import { api, staffToken, until } from '../../../test/support/index.ts';

export const root = (element: CoproLadder) => element.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(element: CoproLadder, selector: string) => root(element).querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(element: CoproLadder, selector: string) => [...root(element).querySelectorAll(selector)] as T[];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the ladder has loaded and shows its form, thanks or results. */
export const loaded = (element: CoproLadder) => until(() => $(element, 'form, .thanks, .results'), 'the ladder to load');

/** Waits until the results show numbers (the summary has loaded). */
export const resultsShown = (element: CoproLadder) => until(() => $(element, '.results .total'), 'results');

export async function summaryOf(ladder: string): Promise<LadderSummary> {
  return (await api<LadderSummary>('GET', `/v1/ladders/${ladder}/summary`, undefined, staffToken())).json;
}

/** Chooses with clicks, as a mouse or touch user would, and sends. */
export async function rateWith(element: CoproLadder, choice: { role: string; now: string; aim?: string; principles?: Record<string, number>; comment?: string }) {
  $<HTMLInputElement>(element, `#role-${choice.role}`)!.click();
  $<HTMLInputElement>(element, `#now-${choice.now}`)!.click();
  if (choice.aim) $<HTMLInputElement>(element, `#aim-${choice.aim}`)!.click();
  for (const [id, score] of Object.entries(choice.principles ?? {})) $<HTMLInputElement>(element, `#principle-${id}-${score}`)!.click();
  if (choice.comment) {
    const comment = $<HTMLTextAreaElement>(element, '#comment')!;
    comment.value = choice.comment;
    comment.dispatchEvent(new Event('input'));
  }
  await element.updateComplete;
  $<HTMLButtonElement>(element, 'button[type=submit]')!.click();
}

export const someone = () => newId();
