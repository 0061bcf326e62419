import { expect } from '@open-wc/testing';
import { api, expectAccessible, freshId, staffToken, until } from '../../../test/support/index.ts';
import { $$, configure, makeBoard, postItem, seedPost } from './helpers.ts';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function respond(board: string, post: string, body: Record<string, unknown>) {
  const { status, json } = await api('PUT', `/v1/boards/${board}/posts/${post}/response`, body, staffToken());
  expect(status, JSON.stringify(json)).to.equal(200);
}

describe('<copro-feedback-board> promises: dates, overdue and the history of an answer', () => {
  it('shows the date promised, the overdue sentence, and every answer as a short timeline', async () => {
    const board = freshId('promises');
    const overdue = await seedPost(board, 'Repaint the youth club');
    const promised = await seedPost(board, 'Free swimming on Sundays');
    const once = await seedPost(board, 'More bins in the park');
    await respond(board, overdue.id, { status: 'heard', message: 'Thank you.' });
    await respond(board, overdue.id, { status: 'planned', message: 'In the summer.', due: '2026-01-31' });
    await respond(board, overdue.id, { status: 'planned', message: 'The painters are booked.' });
    await respond(board, promised.id, { status: 'considering', message: 'We decide soon.', due: dayFromToday(20) });
    await respond(board, once.id, { status: 'done', message: 'Three new bins.' });

    const element = await makeBoard(board);
    await until(() => postItem(element, 'Repaint the youth club'), 'the posts');
    const late = postItem(element, 'Repaint the youth club')!;
    expect(text(late.querySelector('.overdue'))).to.equal('We said we would do this by 31 January 2026. We have not yet said what happened.');
    const steps = [...late.querySelectorAll('.history li')].map(text);
    expect(steps).to.have.length(3);
    expect(steps[0]).to.match(/^Heard on .+: Thank you\.$/);
    expect(steps[1]).to.match(/^Planned on .+: In the summer\.$/);
    expect(steps[2]).to.match(/^Planned on .+: The painters are booked\.$/);
    expect(late.querySelector('.history')!.getAttribute('aria-labelledby')).to.be.a('string');

    const open = postItem(element, 'Free swimming on Sundays')!;
    expect(open.querySelector('.overdue')).to.equal(null);
    expect(text(open.querySelector('.due'))).to.match(/^We said we would decide by \d+ \w+ \d{4}\.$/);
    expect(open.querySelector('.history'), 'one answer: no timeline').to.equal(null);
    expect(postItem(element, 'More bins in the park')!.querySelector('.overdue, .due, .history')).to.equal(null);
    expect($$(element, '.overdue')).to.have.length(1);
    await expectAccessible(element);
  });

  it('in Welsh', async () => {
    const board = freshId('promises');
    const overdue = await seedPost(board, 'Repaint the youth club');
    await respond(board, overdue.id, { status: 'planned', message: 'In the summer.', due: '2026-01-31' });
    await configure(board, { title: 'Promises' });
    const element = await makeBoard(board, { lang: 'cy' });
    await until(() => postItem(element, 'Repaint the youth club'), 'the posts');
    const date = Intl.DateTimeFormat.supportedLocalesOf('cy').length ? '31 Ionawr 2026' : '31/01/2026';
    expect(text(postItem(element, 'Repaint the youth club')!.querySelector('.overdue'))).to.equal(
      `Dywedon ni y byddem yn gwneud hyn erbyn ${date}. Dydym ni ddim wedi dweud eto beth ddigwyddodd.`,
    );
  });
});
