import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { staffSessionFor } from '@copro/core';
import { PostPage } from '@copro/protocol';
import { api, expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, configure, makeBoard, postBodies, postItem, reloadBoard, seedPost, stored, submit, visibleText } from './helpers.ts';
import type { CoproFeedbackBoard } from '../src/index.ts';

const publicPosts = async (board: string) => PostPage.parse((await api('GET', `/v1/boards/${board}/posts?limit=100`)).json).items;

async function signIn(element: CoproFeedbackBoard, token = staffToken()) {
  const input = $<HTMLInputElement>(element, '#token')!;
  input.value = token;
  $<HTMLButtonElement>(element, 'section[part="sign-in"] button[type="submit"]')!.click();
}

/** The button whose visible words are `text` (its name goes on to say which post). */
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((each) => visibleText(each) === text) as HTMLButtonElement | undefined;

describe('<copro-feedback-board mode="moderate">', () => {
  // The page's staff session outlives each element, as it does on a real page: sign it out between tests.
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('moderation before: the author sees their post as waiting; staff make it visible; then everyone sees it', async () => {
    const board = freshId('fb');
    await configure(board, { moderation: 'before' });
    const reader = await makeBoard(board);
    await submit(reader, 'A quiet room to study after school');
    await until(() => postItem(reader, 'A quiet room to study after school')?.textContent!.includes('Waiting to be checked. Only you can see it'), 'the pending badge');
    expect(await publicPosts(board)).to.have.length(0);
    await expectAccessible(reader);

    const staff = await makeBoard(board, { mode: 'moderate' });
    expect($(staff, '#token')!.getAttribute('type')).to.equal('password');
    await expectAccessible(staff);
    await signIn(staff, 'not-the-token');
    await until(() => $(staff, '#token-error'), 'the wrong-token error');
    expect($(staff, '#token-error')!.textContent).to.contain('not accepted');
    expect($(staff, '#token')!.getAttribute('aria-invalid')).to.equal('true');
    await signIn(staff);
    await until(() => postBodies(staff).includes('A quiet room to study after school'), 'the queue');
    expect(sessionStorage.getItem(`copro:staff-token:${new URL('/', testEndpoint()).href}`)).to.equal(staffToken());
    expect(JSON.stringify({ ...localStorage })).to.not.contain(staffToken());
    const queued = postItem(staff, 'A quiet room to study after school')!;
    expect(queued.textContent).to.contain('Waiting for moderation');
    await expectAccessible(staff);
    expect(button(queued, 'Make visible')!.textContent!.trim()).to.equal('Make visible: A quiet room to study after school');
    button(queued, 'Make visible')!.click();
    await until(() => $(staff, '#posts-count')?.textContent!.includes('Nothing is waiting for moderation'), 'the empty queue');
    await until(() => $(staff, '[role="status"]')!.textContent!.includes('now visible'), 'the announcement');
    expect((await publicPosts(board)).map((post) => post.body)).to.deep.equal(['A quiet room to study after school']);

    const again = await reloadBoard(reader);
    const shown = (await until(() => postItem(again, 'A quiet room to study after school'), 'the visible post'))!;
    expect(shown.textContent).to.not.contain('Waiting to be checked');
  });

  it('moderation after: posts show at once; staff can hide one from everyone', async () => {
    const board = freshId('fb');
    const post = await seedPost(board, 'Something rude');
    await seedPost(board, 'Something kind');
    expect((await publicPosts(board)).length).to.equal(2);
    const staff = await makeBoard(board, { mode: 'moderate' });
    await signIn(staff);
    await until(() => $(staff, '#staff-view'), 'the staff toolbar');
    const view = $<HTMLSelectElement>(staff, '#staff-view')!;
    view.value = 'visible';
    view.dispatchEvent(new Event('change'));
    await until(() => postBodies(staff).length === 2, 'the visible posts');
    button(postItem(staff, 'Something rude')!, 'Hide')!.click();
    await until(() => !postBodies(staff).includes('Something rude'), 'the post leaves the visible list');
    expect((await publicPosts(board)).map((each) => each.body)).to.deep.equal(['Something kind']);
    expect((await stored(board)).find((each) => each.id === post.id)!.visibility).to.equal('hidden');
    const reader = await makeBoard(board);
    expect(postBodies(reader)).to.deep.equal(['Something kind']);
  });

  it('writes an answer by keyboard ("not doing" needs a reason) and readers see it with how long it waited', async () => {
    const board = freshId('fb');
    const post = await seedPost(board, 'A skate park in the town centre');
    const staff = await makeBoard(board, { mode: 'moderate' });
    const root = staff.shadowRoot!;
    const token = $<HTMLInputElement>(staff, '#token')!;
    token.focus();
    // As if pasted (the usual way in): WebKit's WebDriver mangles typed punctuation.
    token.value = staffToken();
    await sendKeys({ press: 'Enter' });
    await until(() => root.activeElement?.id === 'staff-view', `focus on the view choice, not ${root.activeElement?.id} (${$(staff, '#token-error')?.textContent})`);
    const view = $<HTMLSelectElement>(staff, '#staff-view')!;
    view.value = 'all';
    view.dispatchEvent(new Event('change'));
    await until(() => postBodies(staff).length === 1, 'the post');
    const respond = button(postItem(staff, 'A skate park in the town centre')!, 'Write an answer')!;
    expect(respond.getAttribute('aria-expanded')).to.equal('false');
    respond.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root.activeElement?.id === `status-${post.id}`, `focus in the answer form, not ${root.activeElement?.outerHTML.slice(60, 200)} ${$(staff, 'form.response-form') ? 'open' : 'closed'}`);
    expect(respond.getAttribute('aria-expanded')).to.equal('true');
    const status = $<HTMLSelectElement>(staff, `#status-${post.id}`)!;
    status.value = 'not-doing';
    status.dispatchEvent(new Event('change'));
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal(`message-${post.id}`);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const error = (await until(() => $(staff, `#error-${post.id}`), 'the reason error'))!;
    expect(error.textContent).to.contain('Say why you are not doing this');
    expect(root.activeElement?.id).to.equal(`message-${post.id}`);
    await expectAccessible(staff);
    expect((await stored(board))[0].response).to.equal(null);

    await sendKeys({ type: 'No site in the centre is big enough. We are looking at the old depot instead.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => root.activeElement?.id === `respond-${post.id}`, 'focus back on the answer button');
    expect(visibleText(root.activeElement!)).to.equal('Change the answer');
    expect((await stored(board))[0].response?.status).to.equal('not-doing');

    const reader = await makeBoard(board);
    const item = postItem(reader, 'A skate park in the town centre')!;
    expect(item.querySelector('.status')!.textContent).to.equal('Not doing');
    expect(item.querySelector('.response .message')!.textContent).to.contain('depot');
    expect(item.querySelector('.response')!.textContent).to.contain('Answered within a day');
    await expectAccessible(reader);
    const filter = $<HTMLSelectElement>(reader, '#status-filter')!;
    filter.value = 'planned';
    filter.dispatchEvent(new Event('change'));
    await until(() => $(reader, '#posts-count')?.textContent!.includes('No posts match'), 'filtered out');
  });

  it('downloads every post as CSV with the token, and signs out', async () => {
    const board = freshId('fb');
    await seedPost(board, 'Export me, "quoted"');
    const staff = await makeBoard(board, { mode: 'moderate' });
    await signIn(staff);
    await until(() => $(staff, '#staff-view'), 'signed in');
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      button(staff.shadowRoot!.firstElementChild!.parentNode as unknown as Element, 'Download all posts (CSV)')!.click();
      await until(() => created.length === 1, 'the download');
    } finally {
      URL.createObjectURL = original;
    }
    expect(await created[0].text()).to.contain('"Export me, ""quoted"""');
    button(staff.shadowRoot as unknown as Element, 'Sign out')!.click();
    await until(() => $(staff, '#token'), 'the sign-in form again');
    expect(sessionStorage.length).to.equal(0);
    expect($$(staff, 'ul.posts')).to.have.length(0);
  });
});
