import { expect, html, oneEvent } from '@open-wc/testing';
import '@copro/plain-language/define';
import type { CoproClarityQuestion } from '@copro/plain-language';
import { participantId } from '@copro/core';
import { api, expectAccessible, flakyEndpoint, freshId, staffToken, serverUp, until } from '../../../test/support/index.ts';
import { mount, text } from './support.ts';

/** Shared computers (issue 13, finding 6): after answering "Was this clear?", the reader can forget themselves and delete the answer. */
describe('<copro-clarity-question> "Forget me on this device"', () => {
  // This page's own endpoint: forgetting on the shared test endpoint would change the participant of test files running beside it.
  before(() => serverUp());

  it('is offered once answered; it deletes the answer when asked and the question comes back for the next person', async () => {
    const page = freshId('page');
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-text block="fees" endpoint=${flakyEndpoint()} page=${page}><p slot="standard">Fees are reviewed annually.</p></copro-plain-text>
    </div>`);
    await customElements.whenDefined('copro-clarity-question');
    const question = (await until(() => root.querySelector('copro-plain-text')!.shadowRoot!.querySelector<CoproClarityQuestion>('copro-clarity-question'), 'the question'))!;
    await question.updateComplete;
    const button = (name: string) => [...question.shadowRoot!.querySelectorAll('button')].find((each) => text(each) === name);
    expect(Boolean(button('Forget me on this device'))).to.equal(false, 'not before answering');
    button('No')!.click();
    await until(async () => (await api<{ blocks: unknown[] }>('GET', `/v1/clarity?page=${page}`, undefined, staffToken())).json.blocks.length === 1, 'the answer stored');
    await until(() => button('Forget me on this device'), 'offered after answering');
    const before = participantId(flakyEndpoint());
    button('Forget me on this device')!.click();
    await until(() => question.shadowRoot!.activeElement?.classList.contains('forget-heading'), 'focus on the panel');
    (question.shadowRoot!.querySelector('#copro-forget-erase') as HTMLInputElement).click();
    await question.updateComplete;
    await expectAccessible(question);
    const forgotten = oneEvent(question, 'copro-forgotten');
    button('Delete what I posted and forget me')!.click();
    expect((await forgotten).detail.erased).to.include({ clarity: 1 });
    await until(() => button('No')?.getAttribute('aria-pressed') === 'false' && !button('Forget me on this device'), 'a clean question');
    expect(participantId(flakyEndpoint())).to.not.equal(before);
    expect(Object.keys(localStorage).some((key) => key.startsWith('copro:clarity-answered:'))).to.equal(false);
    const report = (await api<{ blocks: unknown[] }>('GET', `/v1/clarity?page=${page}`, undefined, staffToken())).json;
    expect(report.blocks).to.have.length(0);
  });
});
