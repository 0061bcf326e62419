import { expect } from '@open-wc/testing';
import { staffSessionFor } from '@copro/core';
import { api, expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, makeBoard, postBodies, postItem, seedPost, stored, visibleText } from './helpers.ts';
import type { CoproFeedbackBoard } from '../src/index.ts';

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((each) => visibleText(each) === text) as HTMLButtonElement | undefined;

async function signedIn(board: string): Promise<CoproFeedbackBoard> {
  const staff = await makeBoard(board, { mode: 'moderate' });
  $<HTMLInputElement>(staff, '#token')!.value = staffToken();
  $<HTMLButtonElement>(staff, 'section[part="sign-in"] button[type="submit"]')!.click();
  await until(() => $(staff, '#staff-view'), 'the staff toolbar');
  return staff;
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<copro-feedback-board mode="moderate"> promises', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('the answer form takes a date for "planned" (GOV.UK errors), and staff post updates that keep it', async () => {
    const board = freshId('staff-due');
    const post = await seedPost(board, 'Fix the lights on the towpath');
    const staff = await signedIn(board);
    choose($<HTMLSelectElement>(staff, '#staff-view')!, 'all');
    await until(() => postBodies(staff).length === 1, 'the post');
    button(postItem(staff, 'Fix the lights on the towpath')!, 'Write an answer')!.click();
    await until(() => $(staff, `#status-${post.id}`), 'the answer form');
    expect($(staff, `#due-${post.id}`), 'no date with "heard"').to.equal(null);
    choose($<HTMLSelectElement>(staff, `#status-${post.id}`)!, 'planned');
    const due = (await until(() => $<HTMLInputElement>(staff, `#due-${post.id}`), 'the date field'))!;
    expect(due.type).to.equal('date');
    expect(visibleText($(staff, `label[for="due-${post.id}"]`)!)).to.equal('Date we will do this by (optional)');
    expect(due.getAttribute('aria-describedby')).to.equal(`due-hint-${post.id}`);
    expect(visibleText($(staff, `#due-hint-${post.id}`)!)).to.contain('overdue');

    due.value = '2020-01-31';
    due.dispatchEvent(new Event('input'));
    const message = $<HTMLTextAreaElement>(staff, `#message-${post.id}`)!;
    message.value = 'New lights by the spring.';
    message.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(staff, `#editor-${post.id} button[type="submit"]`)!.click();
    const error = (await until(() => $(staff, `#due-error-${post.id}`), 'the date error'))!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: The date must be today or later');
    const field = $<HTMLInputElement>(staff, `#due-${post.id}`)!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal(`due-hint-${post.id} due-error-${post.id}`);
    expect(staff.shadowRoot!.activeElement === field).to.equal(true);
    await expectAccessible(staff);
    expect((await stored(board))[0].response).to.equal(null);

    const promised = dayFromToday(60);
    field.value = promised;
    field.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(staff, `#editor-${post.id} button[type="submit"]`)!.click();
    await until(async () => (await stored(board))[0].response?.due === promised, 'the promise stored with its date');

    const update = (await until(() => button(postItem(staff, 'Fix the lights on the towpath')!, 'Post an update'), 'the update button'))!;
    update.click();
    const updateMessage = (await until(() => $<HTMLTextAreaElement>(staff, `#message-${post.id}`), 'the update form'))!;
    expect(updateMessage.value, 'an update starts empty').to.equal('');
    expect(visibleText($(staff, `label[for="message-${post.id}"]`)!)).to.equal('What has happened since');
    expect($<HTMLSelectElement>(staff, `#status-${post.id}`)!.value).to.equal('planned');
    expect($<HTMLInputElement>(staff, `#due-${post.id}`)!.value).to.equal(promised);
    updateMessage.value = 'The contractor is booked.';
    updateMessage.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(staff, `#editor-${post.id} button[type="submit"]`)!.click();
    await until(async () => (await stored(board))[0].response?.history.length === 2, 'the update in the history');
    const response = (await stored(board))[0].response!;
    expect(response.message).to.equal('The contractor is booked.');
    expect(response.due).to.equal(promised);
  });

  it('"considering" asks for a decision date; the form is in Welsh', async () => {
    const board = freshId('staff-due');
    const post = await seedPost(board, 'A bench by the bus stop');
    const staff = await makeBoard(board, { mode: 'moderate', lang: 'cy' });
    $<HTMLInputElement>(staff, '#token')!.value = staffToken();
    $<HTMLButtonElement>(staff, 'section[part="sign-in"] button[type="submit"]')!.click();
    await until(() => $(staff, '#staff-view'), 'the staff toolbar');
    choose($<HTMLSelectElement>(staff, '#staff-view')!, 'all');
    await until(() => postBodies(staff).length === 1, 'the post');
    $<HTMLButtonElement>(staff, `#respond-${post.id}`)!.click();
    await until(() => $(staff, `#status-${post.id}`), 'the answer form');
    choose($<HTMLSelectElement>(staff, `#status-${post.id}`)!, 'considering');
    await until(() => $(staff, `#due-${post.id}`), 'the date field');
    expect(visibleText($(staff, `label[for="due-${post.id}"]`)!)).to.equal('Dyddiad y byddwn yn penderfynu erbyn (dewisol)');
  });

  it('marks overdue promises in plain words and filters the queue to them', async () => {
    const board = freshId('staff-overdue');
    const late = await seedPost(board, 'Repaint the youth club');
    const open = await seedPost(board, 'Free swimming on Sundays');
    await seedPost(board, 'More bins in the park');
    const respond = async (id: string, body: Record<string, unknown>) =>
      expect((await api('PUT', `/v1/boards/${board}/posts/${id}/response`, body, staffToken())).status).to.equal(200);
    await respond(late.id, { status: 'planned', message: 'In the summer.', due: '2026-01-31' });
    await respond(open.id, { status: 'planned', message: 'Next year.', due: dayFromToday(200) });

    const staff = await signedIn(board);
    const view = $<HTMLSelectElement>(staff, '#staff-view')!;
    expect([...view.options].map((option) => option.text)).to.include('Overdue promises');
    choose(view, 'all');
    await until(() => postBodies(staff).length === 3, 'every post');
    const flag = postItem(staff, 'Repaint the youth club')!.querySelector('.overdue-flag');
    expect(visibleText(flag!)).to.equal('Overdue: the date promised, 31 January 2026, has passed. Post an update, give a new date, or say it is done.');
    expect($$(staff, '.overdue-flag')).to.have.length(1);

    choose(view, 'overdue');
    await until(() => postBodies(staff).length === 1, 'only the overdue promise');
    expect(postBodies(staff)).to.deep.equal(['Repaint the youth club']);
    await expectAccessible(staff);

    await respond(late.id, { status: 'done', message: 'Painted.' });
    choose(view, 'all');
    await until(() => postBodies(staff).length === 3, 'every post');
    choose(view, 'overdue');
    await until(() => $(staff, '#posts-count')?.textContent!.includes('No promise is overdue'), 'the empty overdue queue');
  });
});

describe('<copro-feedback-board mode="moderate"> the record for staff', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('shows the board’s figures and new voices, and leads to the overdue promises', async () => {
    const board = freshId('staff-record');
    const late = await seedPost(board, 'Repaint the youth club');
    await seedPost(board, 'More bins in the park');
    expect((await api('PUT', `/v1/boards/${board}/posts/${late.id}/response`, { status: 'planned', message: 'Soon.', due: '2026-01-31' }, staffToken())).status).to.equal(200);

    const staff = await signedIn(board);
    const record = (await until(() => $(staff, '[part="staff-record"] table'), 'the record'))!;
    const rows = Object.fromEntries([...record.querySelectorAll('tr')].map((row) => [visibleText(row.querySelector('th')!), visibleText(row.querySelector('td') ?? row)]));
    expect(rows['Answered']).to.equal('1');
    expect(rows['Waiting for an answer']).to.equal('1');
    expect(rows['Promises overdue']).to.equal('1');
    const voices = $(staff, '[part="staff-record"] table.new-voices')!;
    const month = new Date().toISOString().slice(0, 7);
    const cells = [...voices.querySelectorAll('tbody tr')[0].querySelectorAll('th, td')].map(visibleText);
    expect(cells[0]).to.contain(new Date().getFullYear().toString());
    expect(cells.slice(1, 3)).to.deep.equal(['2', '2 (100%)']);
    expect(month).to.be.a('string');
    await expectAccessible(staff);

    button($(staff, '[part="staff-record"]')!, 'Show the overdue promises')!.click();
    await until(() => $<HTMLSelectElement>(staff, '#staff-view')!.value === 'overdue' && postBodies(staff).length === 1, 'the overdue view');
    expect(postBodies(staff)).to.deep.equal(['Repaint the youth club']);
  });
});
