import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@copro/ladder/define';
import '@copro/feedback-board/define';
import type { CoproLadder } from '@copro/ladder';
import { participantId } from '@copro/core';
import { api, expectAccessible, flakyEndpoint, freshId, staffToken, serverUp, until } from '../../../test/support/index.ts';
import { $, $$, loaded, rateWith, summaryOf, text } from './support.ts';

/** Shared computers (issue 13, finding 6): the next person must not see or change the last person's rating. */
describe('<copro-ladder> "Forget me on this device"', () => {
  // This page's own endpoint: forgetting on the shared test endpoint would change the participant of test files running beside it.
  before(() => serverUp());

  it('forgets "You said this project is at …", deletes the rating when asked, and every element of the endpoint on the page forgets too', async () => {
    const ladder = freshId('ladder');
    const board = freshId('fb');
    await api('PUT', `/v1/ladders/${ladder}`, { minAnswersToShow: 1 }, staffToken());
    await api('PUT', `/v1/boards/${board}`, { moderation: 'before' }, staffToken());
    const page = await fixture<HTMLElement>(html`<div>
      <copro-ladder endpoint=${flakyEndpoint()} ladder=${ladder}></copro-ladder>
    </div>`);
    const element = page.querySelector('copro-ladder') as CoproLadder;
    await loaded(element);
    const sent = oneEvent(element, 'copro-rating-submitted');
    await rateWith(element, { role: 'other', now: 'consultation' });
    await sent;
    await until(() => text($(element, '.thanks')).includes('You said this project is at Consultation.'), 'my answer shown');
    // The same person posted on the board: pending, shown only to them.
    const me = participantId(flakyEndpoint());
    await api('POST', `/v1/boards/${board}/posts`, { id: crypto.randomUUID(), participant: me, body: 'My pending post' });
    const boardElement = Object.assign(document.createElement('copro-feedback-board'), { endpoint: flakyEndpoint(), board });
    page.append(boardElement);
    await until(() => boardElement.shadowRoot!.textContent!.includes('My pending post'), 'my pending post on the board');

    $<HTMLButtonElement>(element, '#copro-forget-toggle')!.click();
    await until(() => element.shadowRoot!.activeElement?.classList.contains('forget-heading'), 'focus on the panel');
    $<HTMLInputElement>(element, '#copro-forget-erase')!.click();
    await element.updateComplete;
    await expectAccessible(element);
    const forgotten = oneEvent(element, 'copro-forgotten');
    $$<HTMLButtonElement>(element, 'button').find((button) => text(button) === 'Delete what I posted and forget me')!.click();
    expect((await forgotten).detail.erased).to.deep.equal({ posts: 1, supports: 0, ratings: 1, clarity: 0 });
    await until(() => text($(element, '.forget-status')).includes('ratings 1'), 'the counts announced');
    await until(() => $(element, 'form') && !$(element, '.thanks'), 'a clean form for the next person');
    // This ladder's keys only: another test file, running beside this one on the same origin, keeps its own.
    expect(Object.keys(localStorage).some((key) => key.startsWith('copro:ladder:') && key.includes(`:${ladder}:`))).to.equal(false);
    expect((await summaryOf(ladder)).total).to.equal(0);
    await until(() => !boardElement.shadowRoot!.textContent!.includes('My pending post'), 'the board forgot too');
    expect(participantId(flakyEndpoint())).to.not.equal(me);
  });
});
