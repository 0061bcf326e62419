import { expect } from '@open-wc/testing';
import { expectAccessible, freshId, serverDown, serverUp, until } from '../../../test/support/index.ts';
import { removePersonalData } from '../src/personal-data-remove.ts';
import { $, $$, configure, makeBoard, makeBoardOnFlaky, postItem, seedPost, submit, visibleText } from './helpers.ts';

const panel = (element: Element) => $(element, '[part="confirmation"]');

describe('<copro-feedback-board> after posting, through the real server', () => {
  afterEach(async () => {
    await serverUp();
  });

  it('shows a success panel whose heading takes focus, says what happens next and links to the post', async () => {
    const board = freshId('fb');
    await configure(board, { moderation: 'before' });
    const element = await makeBoard(board);
    await submit(element, 'A skate park by the river');
    const shown = (await until(() => panel(element), 'the confirmation panel', 5000))!;
    const title = shown.querySelector<HTMLElement>('#confirmation-heading')!;
    expect(title.textContent!.trim()).to.equal('Your post was sent');
    await until(() => element.shadowRoot!.activeElement === title, 'focus on the panel heading');
    expect(visibleText(shown)).to.contain('A moderator will check it before everyone can see it');
    // Focus on the heading says it: the live region does not say it again.
    expect($(element, '[role="status"]')!.textContent).not.to.contain('Your post was sent');
    // Once the server has it, the list shows the server's post in place of the one being sent.
    const item = (await until(() => !$(element, 'li.unsent') && postItem(element, 'A skate park by the river'), 'the sent post in the list')) as HTMLElement;
    const link = shown.querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).to.equal(`#${item.id}`);
    link.click();
    await until(() => element.shadowRoot!.activeElement?.id === item.id, 'focus on the post');
    await expectAccessible(element);
  });

  it('says a post is visible at once when the board moderates after', async () => {
    const board = freshId('fb');
    await configure(board, { moderation: 'after' });
    const element = await makeBoard(board);
    await submit(element, 'More benches in the park');
    const shown = (await until(() => panel(element), 'the confirmation panel', 5000))!;
    expect(visibleText(shown)).to.contain('Everyone can see it now');
    expect(visibleText(shown)).not.to.contain('moderator');
  });

  it('says a post is saved on this device when the endpoint cannot be reached', async () => {
    const board = freshId('fb');
    const element = await makeBoardOnFlaky(board);
    await serverDown();
    await submit(element, 'Written on the bus with no signal');
    const shown = (await until(() => panel(element), 'the confirmation panel', 5000))!;
    const title = shown.querySelector<HTMLElement>('#confirmation-heading')!;
    expect(title.textContent!.trim()).to.equal('Your post is saved on this device');
    expect(visibleText(shown)).to.contain('It will be sent when you are back online');
    await until(() => element.shadowRoot!.activeElement === title, 'focus on the panel heading');
    const item = $$(element, 'li.unsent article').find((article) => article.textContent!.includes('Written on the bus'))!;
    expect(shown.querySelector('a')!.getAttribute('href')).to.equal(`#${item.id}`);
  });

  it('does not carry the category chosen for one post over to the next', async () => {
    const board = freshId('fb');
    await configure(board, { categories: [{ id: 'parks', label: 'Parks' }, { id: 'transport', label: 'Transport' }] });
    const element = await makeBoard(board);
    const select = $<HTMLSelectElement>(element, '#category')!;
    select.value = 'parks';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await submit(element, 'A bigger playground');
    await until(() => postItem(element, 'A bigger playground'), 'the post');
    await element.updateComplete;
    expect($<HTMLSelectElement>(element, '#category')!.value).to.equal('');
  });

  it('heads a post without a name in words that say so', async () => {
    const board = freshId('fb');
    await seedPost(board, 'Free swimming in the summer');
    const element = await makeBoard(board);
    const item = (await until(() => postItem(element, 'Free swimming in the summer'), 'the post'))!;
    expect(visibleText(item.querySelector('.post-heading')!)).to.equal('Post from someone who did not give a name');
  });
});

describe('removePersonalData', () => {
  const cases: [string, string][] = [
    ['Email me at a@b.org please', 'Please'],
    ['Fix the lights. Email me at sam@example.org if you want to know more.', 'Fix the lights. If you want to know more.'],
    ['Call me on 07700 900123 about the park', 'About the park'],
    ['My number is 07700 900123.', ''],
    ['Ring 01632 960123 or text me on 07700 900123 any time', 'Any time'],
    ['Contact me: sam@example.org', ''],
    ['We need a crossing (email sam@example.org)', 'We need a crossing'],
    ['Write to sam@example.org about the park', 'About the park'],
    ['Please fix the swings, sam@example.org', 'Please fix the swings'],
    ['The ring road needs a crossing', 'The ring road needs a crossing'],
  ];
  for (const [before, after] of cases) {
    it(`"${before}" becomes "${after}"`, () => {
      expect(removePersonalData(before)).to.equal(after);
    });
  }
});
