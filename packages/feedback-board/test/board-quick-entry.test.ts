import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { staffSessionFor } from '@copro/core';
import { expectAccessible, freshId, isWebKit, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, configure, makeBoard, postItem, stored, typeInto, visibleText } from './helpers.ts';
import type { CoproFeedbackBoard } from '../src/index.ts';

async function signIn(element: CoproFeedbackBoard) {
  $<HTMLInputElement>(element, '#token')!.value = staffToken();
  $<HTMLButtonElement>(element, 'section[part="sign-in"] button[type="submit"]')!.click();
  await until(() => $(element, '#staff-view'), 'the staff toolbar');
}

const focused = (element: CoproFeedbackBoard) => element.shadowRoot!.activeElement?.id ?? '';

/**
 * Types into the focused field. WebKit's WebDriver drops and reorders typed characters under load
 * ("Piza ndOpinions"), so there the words go in as an input event; Tab, arrows and Enter stay keys.
 */
async function typeText(element: CoproFeedbackBoard, text: string) {
  if (isWebKit) await typeInto(element.shadowRoot!.activeElement as HTMLInputElement | HTMLTextAreaElement, text);
  else await sendKeys({ type: text });
}

/** Types `text` into whatever has focus, then Tab to "Add" and Enter: no mouse. */
async function typeUp(element: CoproFeedbackBoard, text: string) {
  expect(focused(element)).to.equal('entry-words');
  await typeText(element, text);
  await sendKeys({ press: 'Tab' });
  expect(visibleText(element.shadowRoot!.activeElement!)).to.equal('Add');
  await sendKeys({ press: 'Enter' });
}

describe('<copro-feedback-board mode="moderate">: typing up responses (assisted entry)', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('types up two paper forms in a row with the keyboard: both stored as paper, focus stays in the form, each confirmed', async () => {
    const board = freshId('fb');
    await configure(board, { moderation: 'before', showChannel: true, categories: [{ id: 'parks', label: 'Parks' }] });
    const staff = await makeBoard(board, { mode: 'moderate' });
    await signIn(staff);

    const open = [...staff.shadowRoot!.querySelectorAll('button')].find((each) => visibleText(each) === 'Type up responses') as HTMLButtonElement;
    expect(open, 'the quick-entry button').to.exist;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(staff) === 'entry-channel-paper', 'focus on the channel, paper first');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect($<HTMLInputElement>(staff, '#entry-channel-paper')!.checked).to.equal(true);
    await expectAccessible(staff);

    // The empty form is refused in the GOV.UK pattern: the message by the field, focus on it.
    await sendKeys({ press: 'Tab' }); // the category
    expect(focused(staff)).to.equal('entry-category');
    await sendKeys({ press: 'Tab' }); // the words
    await sendKeys({ press: 'Tab' }); // Add
    await sendKeys({ press: 'Enter' });
    await until(() => $(staff, '#entry-words-error'), 'the error');
    expect($(staff, '#entry-words-error')!.textContent).to.contain('Type the words');
    expect($(staff, '#entry-words')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(staff, '#entry-words')!.closest('.field')!.classList.contains('invalid')).to.equal(true);
    expect(focused(staff)).to.equal('entry-words');
    await expectAccessible(staff);

    await typeUp(staff, 'More benches by the pond');
    await until(() => $(staff, '#entry-confirm')?.textContent!.includes('1 added so far'), 'the first confirmation');
    expect($(staff, '#entry-confirm')!.textContent).to.contain('Added: from a paper form.');
    expect($(staff, '#entry-words-error')).to.equal(null);
    expect($<HTMLTextAreaElement>(staff, '#entry-words')!.value).to.equal('', 'cleared for the next form');
    expect(focused(staff)).to.equal('entry-words', 'focus stays in the form');
    await until(() => $(staff, '[role="status"]')!.textContent!.includes('1 added so far'), 'the announcement');

    await typeUp(staff, 'Longer opening hours at the library');
    await until(() => $(staff, '#entry-confirm')?.textContent!.includes('2 added so far'), 'the second confirmation');
    expect(focused(staff)).to.equal('entry-words');
    expect($(staff, '#entry-form')).to.exist;

    // The staff record counts posts by how they arrived.
    const paperRow = () => [...staff.shadowRoot!.querySelectorAll('table.channels tr')].find((row) => row.querySelector('th')!.textContent!.includes('On a paper form'));
    await until(() => paperRow()?.querySelector('td')!.textContent === '2', 'the record’s channel count');

    const posts = await stored(board);
    const typed = posts.filter((post) => post.body === 'More benches by the pond' || post.body === 'Longer opening hours at the library');
    expect(typed.length).to.equal(2);
    expect(typed.map((post) => post.channel)).to.deep.equal(['paper', 'paper']);
    expect(typed.map((post) => post.visibility)).to.deep.equal(['visible', 'visible']);
    await expectAccessible(staff);

    // Residents see the channel in plain words, because this board says so.
    const reader = await makeBoard(board);
    const item = await until(() => postItem(reader, 'More benches by the pond'), 'the typed-up post');
    expect(item!.textContent).to.contain('From a paper form');
  });

  it('an event: its name goes with each entry; residents see no channel unless the board says so', async () => {
    const board = freshId('fb');
    const staff = await makeBoard(board, { mode: 'moderate' });
    await signIn(staff);
    const open = [...staff.shadowRoot!.querySelectorAll('button')].find((each) => visibleText(each) === 'Type up responses') as HTMLButtonElement;
    open.click();
    await until(() => focused(staff) === 'entry-channel-paper', 'the form');
    expect($(staff, '#entry-event')).to.equal(null, 'the event name only for an event');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(staff)).to.equal('entry-channel-event');
    await until(() => $(staff, '#entry-event'), 'the event name field');
    await sendKeys({ press: 'Tab' });
    expect(focused(staff)).to.equal('entry-event');
    await typeText(staff, 'Pizza and Opinions');
    await sendKeys({ press: 'Tab' });
    await typeUp(staff, 'A skate park please');
    await until(() => $(staff, '#entry-confirm')?.textContent!.includes('1 added so far'), 'the confirmation');
    expect($(staff, '#entry-confirm')!.textContent).to.contain('Added: said at an event.');
    expect($<HTMLInputElement>(staff, '#entry-event')!.value).to.equal('Pizza and Opinions', 'the event stays for the next entry');
    const [post] = (await stored(board)).filter((each) => each.body === 'A skate park please');
    expect(post.channel).to.equal('event');
    expect(post.event).to.equal('Pizza and Opinions');

    const reader = await makeBoard(board);
    const item = await until(() => postItem(reader, 'A skate park please'), 'the post');
    expect(item!.textContent).to.not.contain('Said at an event');
  });
});
