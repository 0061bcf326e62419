import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { outboxFor, participantId } from '@copro/core';
import { api, expectAccessible, flakyEndpoint, freshId, serverDown, serverDropsAnswers, serverUp, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, configure, makeBoard, makeBoardOnFlaky, postBodies, postItem, reloadBoard, seedPost, stored, submit, visibleText } from './helpers.ts';

const supportOf = async (board: string, postId: string, endpoint = testEndpoint()) => {
  const { json } = await api<{ items: { id: string; supported: boolean; supportCount: number }[] }>(
    'GET',
    `/v1/boards/${board}/posts?participant=${participantId(endpoint)}&limit=100`,
  );
  return json.items.find((post) => post.id === postId)!;
};

describe('<copro-feedback-board> writes: outbox, supports and failures', () => {
  afterEach(async () => {
    await serverUp();
  });

  it('a post written while the endpoint is down shows as saved on this device, then arrives exactly once', async () => {
    const board = freshId('fb');
    const element = await makeBoardOnFlaky(board);
    await serverDown();
    const queued = new Promise<CustomEvent>((resolve) => element.addEventListener('copro-post-queued', resolve as EventListener, { once: true }));
    await submit(element, 'Written while offline');
    expect((await queued).detail.body).to.equal('Written while offline');
    const item = (await until(() => $$(element, 'li.unsent').find((li) => li.textContent!.includes('Written while offline')), 'the unsent post'))!;
    await until(() => item.textContent!.includes('Saved on this device. It will be sent when you are back online.'), 'the queued words');
    await until(() => element.shadowRoot!.activeElement?.textContent?.includes('Your post is saved on this device'), 'focus on the confirmation');
    expect($<HTMLTextAreaElement>(element, '#body')!.value).to.equal('');
    expect((await outboxFor(flakyEndpoint()).pending('post')).map((write) => (write.body as { body: string }).body)).to.include('Written while offline');
    await expectAccessible(element);
    expect(await stored(board)).to.have.length(0);

    const submitted = new Promise<CustomEvent>((resolve) => element.addEventListener('copro-post-submitted', resolve as EventListener, { once: true }));
    await serverUp();
    expect((await submitted).detail.post.body).to.equal('Written while offline');
    await until(() => !$(element, 'li.unsent') && postItem(element, 'Written while offline'), 'the sent post in the list');
    await outboxFor(flakyEndpoint()).flush({ force: true });
    const posts = await stored(board);
    expect(posts.map((post) => post.body)).to.deep.equal(['Written while offline']);
    expect(postBodies(element).filter((body) => body === 'Written while offline')).to.have.length(1);
  });

  it('a post the server stored but whose answer was lost shows as sent once it lands, and is listed once', async () => {
    const board = freshId('fb');
    const element = await makeBoardOnFlaky(board);
    const submitted: CustomEvent[] = [];
    element.addEventListener('copro-post-submitted', (event) => submitted.push(event as CustomEvent));
    const queued = new Promise<CustomEvent>((resolve) => element.addEventListener('copro-post-queued', resolve as EventListener, { once: true }));
    // Chromium resends a dropped POST by itself, more than once when other tabs leave it several
    // idle connections: drop enough that the outbox itself sees the loss (it failed so in a full run).
    await serverDropsAnswers(6);
    await submit(element, 'Stored, but the answer was lost');
    const { id } = (await queued).detail;
    // The server has it already; the widget cannot know that yet.
    await until(async () => (await stored(board)).length === 1, 'the server to store the first try');
    await until(() => postItem(element, 'Stored, but the answer was lost')?.closest('li.unsent'), 'the post shown as not sent yet');
    const outbox = outboxFor(flakyEndpoint());
    // Each retry is a replay of the same id (the "online" event forces one, as here).
    await until(async () => {
      if (!submitted.length) await outbox.flush({ force: true });
      return submitted.length > 0;
    }, 'the retry to land', 15000);
    await until(() => !$(element, 'li.unsent'), 'the post no longer unsent');
    await until(() => $(element, '[role="status"]')!.textContent!.includes('Your post was sent'), 'the sent announcement');
    expect(submitted).to.have.length(1);
    expect(submitted[0].detail.post.id).to.equal(id);
    expect(postBodies(element).filter((body) => body === 'Stored, but the answer was lost')).to.have.length(1);
    expect((await stored(board)).map((post) => post.id)).to.deep.equal([id]);
    expect(await outbox.pending('post')).to.have.length(0);
    // And when the list comes from the server again, still once.
    const again = await reloadBoard(element);
    expect(postBodies(again)).to.deep.equal(['Stored, but the answer was lost']);
  });

  it('a post refused after being saved on this device says why in plain words and can go back in the text box', async () => {
    const board = freshId('fb');
    const body = 'Written offline, and longer than the board now takes';
    const element = await makeBoardOnFlaky(board);
    await serverDown();
    await submit(element, body);
    await until(() => $(element, 'li.unsent')?.textContent!.includes('Saved on this device'), 'the queued post');
    await configure(board, { maxLength: 20 });
    // The next page load sends it, and the server refuses it (too long, in the server's English).
    const errors: CustomEvent[] = [];
    const again = await reloadBoard(element);
    again.addEventListener('copro-error', (event) => errors.push(event as CustomEvent));
    const item = (await until(() => $$(again, 'li.unsent').find((li) => li.textContent!.includes('could not be sent')), 'the refused post', 10000))!;
    expect(visibleText(item.querySelector('.badge')!)).to.equal('This could not be sent: Some of what you entered could not be accepted. Check it and try again.');
    expect(item.textContent).to.not.contain('too long');
    await expectAccessible(again);
    const putBack = [...item.querySelectorAll('button')].find((each) => visibleText(each) === 'Put it back in the text box')!;
    expect(putBack.textContent!.trim()).to.equal('Put it back in the text box: Written offline, and longer than the board now…');
    putBack.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => again.shadowRoot!.activeElement?.id === 'body', 'focus in the text box');
    expect($<HTMLTextAreaElement>(again, '#body')!.value).to.equal(body);
    expect($(again, 'li.unsent')).to.equal(null);
    expect(await outboxFor(flakyEndpoint()).pending('post')).to.have.length(0);
    await until(() => $(again, '[role="status"]')!.textContent!.includes('back in the text box'), 'the announcement');
    expect($(again, '.count')!.textContent).to.contain('too many');
    expect(await stored(board)).to.have.length(0);
    await expectAccessible(again);
  });

  it('a post the server refuses goes back into the text box with the reason in plain words', async () => {
    const board = freshId('fb');
    const element = await makeBoard(board);
    await configure(board, { open: false });
    const errors: CustomEvent[] = [];
    element.addEventListener('copro-error', (event) => errors.push(event as CustomEvent));
    await submit(element, 'Too late for the closed board');
    const notice = (await until(() => $(element, '.error-notice[role="alert"]'), 'the notice'))!;
    expect(notice.textContent).to.contain('could not be sent');
    expect(notice.textContent).to.contain('closed');
    expect($<HTMLTextAreaElement>(element, '#body')!.value).to.equal('Too late for the closed board');
    expect($(element, 'li.unsent')).to.equal(null);
    expect(errors[0].detail.code).to.equal('closed');
    expect(await stored(board)).to.have.length(0);
  });

  it('supports and withdraws with a toggle button, one support per participant', async () => {
    const board = freshId('fb');
    const post = await seedPost(board, 'Free bus travel to college');
    const element = await makeBoard(board);
    const button = () => postItem(element, 'Free bus travel to college')!.querySelector<HTMLButtonElement>('button.support')!;
    const changes: CustomEvent[] = [];
    element.addEventListener('copro-support-changed', (event) => changes.push(event as CustomEvent));
    button().click();
    await element.updateComplete;
    expect(button().getAttribute('aria-pressed')).to.equal('true');
    expect(postItem(element, 'Free bus travel to college')!.textContent).to.contain('1 person supports this');
    await until(() => changes.length === 1, 'the support event');
    expect(changes[0].detail).to.deep.equal({ post: post.id, supported: true, supportCount: 1 });
    expect(await supportOf(board, post.id)).to.include({ supported: true, supportCount: 1 });

    button().click();
    await until(() => changes.length === 2, 'the withdraw event');
    // (A live re-read started before the withdraw that answers after it keeps the withdraw:
    // board-live.test.ts.)
    await until(() => button().getAttribute('aria-pressed') === 'false', 'the button to show the withdraw');
    expect(changes[1].detail).to.deep.equal({ post: post.id, supported: false, supportCount: 0 });
    expect(await supportOf(board, post.id)).to.include({ supported: false, supportCount: 0 });
    await expectAccessible(element);
  });

  it('rolls a support back, with a message, when the server refuses it', async () => {
    const board = freshId('fb');
    const post = await seedPost(board, 'A post about to be hidden');
    const element = await makeBoard(board);
    await api('PUT', `/v1/boards/${board}/posts/${post.id}/visibility`, { visibility: 'hidden' }, staffToken());
    const button = postItem(element, 'A post about to be hidden')!.querySelector<HTMLButtonElement>('button.support')!;
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    await until(() => button.getAttribute('aria-pressed') === 'false', 'the roll-back');
    const item = postItem(element, 'A post about to be hidden')!;
    expect(item.querySelector('.error')!.textContent).to.contain('could not be saved, so it was undone');
    expect(item.textContent).to.contain('0 people support this');
    await until(() => $(element, '[role="status"]')!.textContent!.includes('could not be saved'), 'the announcement');
    expect((await outboxFor(testEndpoint()).pending('support')).length).to.equal(0);
    await expectAccessible(element);
  });

  it('keeps a support made while the endpoint is down and sends it once when it is back', async () => {
    const board = freshId('fb');
    const post = await seedPost(board, 'Longer opening hours at the library');
    const element = await makeBoardOnFlaky(board);
    await serverDown();
    const button = postItem(element, 'Longer opening hours at the library')!.querySelector<HTMLButtonElement>('button.support')!;
    button.click();
    await until(() => postItem(element, 'Longer opening hours at the library')!.textContent!.includes('Your support is saved on this device'), 'the queued message');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const changed = new Promise<CustomEvent>((resolve) => element.addEventListener('copro-support-changed', resolve as EventListener, { once: true }));
    await serverUp();
    expect((await changed).detail).to.include({ supported: true, supportCount: 1 });
    expect(await supportOf(board, post.id, flakyEndpoint())).to.include({ supported: true, supportCount: 1 });
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });
});
