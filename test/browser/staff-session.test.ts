/**
 * One staff session per page and endpoint (core's StaffSession): every staff element on the page
 * shares one sign-in, signing out in one signs out all, and a refused token (401) signs out all.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { staffSessionFor } from '@copro/core';
import '@copro/feedback-board/define';
import '@copro/plain-language/define';
import type { CoproFeedbackBoard } from '@copro/feedback-board';
import type { CoproClarityReport } from '@copro/plain-language';
import { flakyEndpoint, freshId, serverFails, serverUp, staffToken, testEndpoint, until } from '../support/index.ts';

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const buttonNamed = (element: Element, words: string) =>
  [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === words) as HTMLButtonElement | undefined;

async function staffPage(endpoint: string) {
  const page = await fixture<HTMLElement>(html`<div lang="en">
    <copro-feedback-board endpoint=${endpoint} board=${freshId('fb')} mode="moderate"></copro-feedback-board>
    <copro-clarity-report endpoint=${endpoint} page="/"></copro-clarity-report>
  </div>`);
  const board = page.querySelector('copro-feedback-board') as CoproFeedbackBoard;
  const report = page.querySelector('copro-clarity-report') as CoproClarityReport;
  await customElements.whenDefined('copro-clarity-report');
  await until(() => $(board, '#token') && $(report, '#token'), 'both sign-in forms', 15_000);
  return { board, report };
}

/**
 * The token kept for this page's endpoint. Only its own key: in Firefox and WebKit the test files
 * run in frames of one window and share its sessionStorage, where other files keep their tokens.
 */
const storedToken = () => sessionStorage.getItem(`copro:staff-token:${staffSessionFor(flakyEndpoint()).endpoint}`);

async function signInOnBoard(board: CoproFeedbackBoard) {
  $<HTMLInputElement>(board, '#token')!.value = staffToken();
  $<HTMLButtonElement>(board, 'section[part="sign-in"] button[type="submit"]')!.click();
  await until(() => $(board, '#staff-view'), 'the board signed in', 15_000);
}


describe('staff session shared by the staff elements of a page', () => {
  beforeEach(() => {
    for (const endpoint of [testEndpoint(), flakyEndpoint()]) staffSessionFor(endpoint).signOut();
  });

  it('signing in on one element signs the other in without a reload, and signing out signs out both', async () => {
    // This page's own endpoint path: on the shared test endpoint, a staff sign-in in another test
    // file running beside this one could sign this page in too, and its sign-in forms never show.
    await serverUp();
    const { board, report } = await staffPage(flakyEndpoint());
    await signInOnBoard(board);
    await until(() => $(report, 'table') || report.shadowRoot!.textContent!.includes('No one has answered'), 'the report loaded with the shared token', 15_000);
    expect($(report, '#token'), 'the report no longer asks for the token').to.equal(null);

    buttonNamed(report, 'Forget token')!.click();
    await until(() => $(board, '#token'), 'the board back at its sign-in form', 15_000);
    expect($(report, '#token')).to.exist;
    expect($(board, '#staff-view')).to.equal(null);
    expect(storedToken(), 'the token is no longer kept').to.equal(null);
  });

  it('a token the endpoint refuses (401) on any staff call signs out every element', async () => {
    await serverUp();
    const { board, report } = await staffPage(flakyEndpoint());
    await signInOnBoard(board);
    // Signed in and its first read answered: while that read is still on its way, the refusal below
    // could go to it, and the refresh (which aborts it) would then see no refusal at all.
    const loaded = () => $(report, 'table') || report.shadowRoot!.textContent!.includes('No one has answered');
    await until(() => !$(report, '#token') && buttonNamed(report, 'Refresh results') && loaded(), 'the report signed in, its results read', 15_000);
    // Only the report's refresh is refused: the board's own staff calls meanwhile (its live stream
    // and the reads that follow it) must not take the refusal first.
    await serverFails(1, 401, 'GET', '/v1/clarity');
    buttonNamed(report, 'Refresh results')!.click();
    await until(() => $(board, '#token'), 'the board signed out by the report’s 401');
    await until(() => $(report, '#token'), 'the report signed out');
    expect($(board, '#token-error')?.textContent).to.contain('not accepted');
    expect(storedToken(), 'the token is no longer kept').to.equal(null);
  });
});
