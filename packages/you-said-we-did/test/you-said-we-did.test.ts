import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@copro/you-said-we-did/define';
import type { CoproYouSaidWeDid } from '@copro/you-said-we-did';
import type { Post } from '@copro/protocol';
import { accessibilityTree, api, findNodes, flakyEndpoint, freshId, serverDown, serverUp, staffToken, testEndpoint, until } from '../../../test/support/index.ts';

const $ = <T extends Element = HTMLElement>(element: CoproYouSaidWeDid, selector: string) => element.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = (element: CoproYouSaidWeDid, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const loaded = (element: CoproYouSaidWeDid) => until(() => $(element, 'table, .error'), 'the record to load');

/** `YYYY-MM-DD`, `days` from today (negative: in the past). */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function post(board: string, body: string): Promise<Post> {
  const answer = await api<Post>('POST', `/v1/boards/${board}/posts`, { id: crypto.randomUUID(), participant: crypto.randomUUID(), body });
  expect(answer.status, JSON.stringify(answer.json)).to.equal(201);
  return answer.json;
}
async function respond(board: string, postId: string, body: Record<string, unknown>) {
  const answer = await api('PUT', `/v1/boards/${board}/posts/${postId}/response`, body, staffToken());
  expect(answer.status, JSON.stringify(answer.json)).to.equal(200);
}

/**
 * A board with one promise kept on time, one kept late, one overdue, one not yet due and one post
 * waiting. Real time: a date in the past makes "late" and "overdue" without a clock.
 */
async function boardWithRecord(): Promise<string> {
  const board = freshId('record');
  const onTime = await post(board, 'Longer library hours');
  const late = await post(board, 'A crossing by the school');
  const overdue = await post(board, 'Repaint the youth club');
  const open = await post(board, 'Free swimming on Sundays');
  await post(board, 'Still waiting for an answer');
  await respond(board, onTime.id, { status: 'planned', message: 'From March.', due: dayFromToday(30) });
  await respond(board, onTime.id, { status: 'done', message: 'Open until 8pm now.' });
  await respond(board, late.id, { status: 'planned', message: 'Next week.', due: dayFromToday(-10) });
  await respond(board, late.id, { status: 'done', message: 'The crossing is in.' });
  await respond(board, overdue.id, { status: 'planned', message: 'In the summer.', due: '2026-01-31' });
  await respond(board, open.id, { status: 'considering', message: 'We decide this month.', due: dayFromToday(20) });
  return board;
}

const recordOf = (board: string, endpoint = testEndpoint()) =>
  fixture<CoproYouSaidWeDid>(html`<copro-you-said-we-did endpoint=${endpoint} board=${board}></copro-you-said-we-did>`);

function tableRows(element: CoproYouSaidWeDid): Record<string, string> {
  return Object.fromEntries($$(element, 'tbody tr').map((row) => [text(row.querySelector('th')), text(row.querySelector('td'))]));
}

describe('<copro-you-said-we-did>', () => {
  it('shows the figures in words and in a table, and the latest pairs with the overdue sentence', async () => {
    const board = await boardWithRecord();
    const element = await recordOf(board);
    await loaded(element);
    expect(text($(element, 'h2'))).to.equal('You said, we did');
    expect(text($(element, '.summary'))).to.contain('4 of 5 posts have an answer. Still waiting for an answer: 1.');
    expect(tableRows(element)).to.deep.equal({
      'Posts with an answer': '4',
      'Posts waiting for an answer': '1',
      'Median days to a first answer': '0',
      'Promises kept on time': '1',
      'Promises kept late': '1',
      'Promises overdue': '1',
      'Promises not yet due': '1',
    });
    expect(text($(element, 'caption'))).to.equal('Our record in numbers');
    const pairs = $$(element, '.pair');
    expect(pairs).to.have.length(4);
    expect(text(pairs[0].querySelector('.said'))).to.equal('You said: Free swimming on Sundays');
    expect(text(pairs[0].querySelector('.did'))).to.equal('We said: Considering. We decide this month.');
    const overdue = pairs.find((pair) => text(pair).includes('Repaint the youth club'))!;
    expect(text(overdue.querySelector('.overdue'))).to.equal('We said we would do this by 31 January 2026. We have not yet said what happened.');
    expect(pairs.filter((pair) => pair.querySelector('.overdue'))).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('says how many answered posts were removed at their authors’ request, and nothing of what they said', async () => {
    const board = await boardWithRecord();
    const participant = crypto.randomUUID();
    const mine = await api<Post>('POST', `/v1/boards/${board}/posts`, { id: crypto.randomUUID(), participant, body: 'Please fix the bus shelter on Mill Lane' });
    await respond(board, mine.json.id, { status: 'heard', message: 'Passed to the transport team.' });
    expect((await api('DELETE', `/v1/participants/${participant}`)).status).to.equal(200);
    const element = await recordOf(board);
    await loaded(element);
    expect(text($(element, '[part="erased"]'))).to.equal('1 answered post was removed, with its answer, at the request of the person who wrote it.');
    expect(text(element.shadowRoot as unknown as Element)).not.to.contain('Mill Lane');
    expect(tableRows(element)['Posts with an answer']).to.equal('4');
    await expect(element).to.be.accessible();
  });

  it('latest="2" shows only the two most recent pairs (a compact record on a long page); the figures still count them all', async () => {
    const board = await boardWithRecord();
    const element = await fixture<CoproYouSaidWeDid>(html`<copro-you-said-we-did endpoint=${testEndpoint()} board=${board} latest="2"></copro-you-said-we-did>`);
    await loaded(element);
    const pairs = $$(element, '.pair');
    expect(pairs).to.have.length(2);
    expect(text(pairs[0].querySelector('.said'))).to.equal('You said: Free swimming on Sundays');
    expect(tableRows(element)['Posts with an answer']).to.equal('4');
  });

  it('the accessibility tree has the headings and the feed link, the table has row and column headers; forced colours keep it readable', async () => {
    const board = await boardWithRecord();
    const element = await recordOf(board);
    await loaded(element);
    const tree = await accessibilityTree();
    if (tree) {
      // Puppeteer's snapshot keeps headings, links and text but drops table and list roles: those are checked in the DOM below.
      expect(findNodes(tree, (node) => node.role === 'heading' && node.name === 'You said, we did').map((node) => node.level)).to.deep.equal([2]);
      expect(findNodes(tree, (node) => node.role === 'heading' && node.name === 'Our latest answers').map((node) => node.level)).to.deep.equal([3]);
      expect(findNodes(tree, (node) => node.role === 'link').map((node) => node.name)).to.include('Follow our answers (Atom feed)');
    }
    expect($$(element, 'tbody th').every((cell) => cell.getAttribute('scope') === 'row')).to.equal(true);
    expect($$(element, 'thead th').every((cell) => cell.getAttribute('scope') === 'col')).to.equal(true);
    expect($(element, 'ol.pairs')!.getAttribute('aria-labelledby')).to.equal('latest');
    // Only Chromium's protocol can switch forced colours on here; the other engines check the rest.
    await emulateMedia({ forcedColors: 'active' } as never).catch(() => {});
    try {
      const overdue = $(element, '.is-overdue')!;
      if (matchMedia('(forced-colors: active)').matches) expect(getComputedStyle(overdue).borderInlineStartWidth).to.equal('4px');
      expect(text(overdue.querySelector('.overdue'))).to.match(/^We said we would do this by/);
      await expect(element).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' } as never).catch(() => {});
    }
  });

  it('the heading level follows heading-level, and an empty board says so plainly', async () => {
    const element = await fixture<CoproYouSaidWeDid>(
      html`<copro-you-said-we-did endpoint=${testEndpoint()} board=${freshId('empty')} heading-level="3"></copro-you-said-we-did>`,
    );
    await loaded(element);
    expect(text($(element, 'h3'))).to.equal('You said, we did');
    expect(text($(element, 'h4'))).to.equal('Our latest answers');
    expect(text($(element, '.summary'))).to.contain('There are no posts yet.');
    expect(text($(element, '.summary'))).to.contain('No post has an answer yet.');
    expect(tableRows(element)['Median days to a first answer']).to.equal('none yet');
    await expect(element).to.be.accessible();
  });

  it('keyboard: when loading fails, "Try again" is reached with Tab and works with Enter; then the feed link', async () => {
    await serverDown();
    const board = freshId('offline');
    let element: CoproYouSaidWeDid;
    try {
      element = await recordOf(board, flakyEndpoint());
      await until(() => $(element, '.error'), 'the error');
    } finally {
      await serverUp();
    }
    expect($(element!, '.error')!.getAttribute('role')).to.equal('alert');
    const before = document.createElement('button');
    before.textContent = 'before';
    element!.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(element!.shadowRoot!.activeElement?.textContent).to.equal('Try again');
    await sendKeys({ press: 'Enter' });
    await until(() => $(element!, 'table'), 'the record after trying again');
    before.focus();
    await sendKeys({ press: 'Tab' });
    const feed = element!.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(feed.textContent?.trim()).to.equal('Follow our answers (Atom feed)');
    expect(feed.href).to.contain(`/v1/boards/${board}/feed.atom`);
    before.remove();
  });

  it('at 320 px nothing scrolls sideways', async () => {
    const board = await boardWithRecord();
    await post(board, 'A-very-long-word-without-spaces-'.repeat(8));
    await executeServerCommand('copro-viewport', { width: 320, height: 640 });
    try {
      await until(() => window.innerWidth <= 500, 'the viewport');
      const element = await recordOf(board);
      await loaded(element);
      const width = document.documentElement.clientWidth;
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(width);
      for (const part of $$(element, '.pair, .table-wrap, .summary')) expect(part.scrollWidth, part.className).to.be.at.most(part.clientWidth + 1);
    } finally {
      await executeServerCommand('copro-viewport', { width: 800, height: 600 });
    }
  });

  it('speaks Welsh inside a lang="cy" page part', async () => {
    const board = await boardWithRecord();
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="cy">
      <copro-you-said-we-did endpoint=${testEndpoint()} board=${board}></copro-you-said-we-did>
    </div>`);
    const element = wrapper.querySelector('copro-you-said-we-did')!;
    await loaded(element);
    expect(text($(element, 'h2'))).to.equal('Dywedoch chi, gwnaethom ni');
    expect(tableRows(element)['Addewidion sy’n hwyr']).to.equal('1');
    const overdue = $$(element, '.overdue');
    // Month names where the engine has Welsh; otherwise the numeric date, never English words.
    const date = Intl.DateTimeFormat.supportedLocalesOf('cy').length ? '31 Ionawr 2026' : '31/01/2026';
    expect(text(overdue[0])).to.equal(`Dywedon ni y byddem yn gwneud hyn erbyn ${date}. Dydym ni ddim wedi dweud eto beth ddigwyddodd.`);
    expect($<HTMLAnchorElement>(element, 'a[part=feed]')!.href).to.contain('lang=cy');
    await expect(element).to.be.accessible();
  });
});
