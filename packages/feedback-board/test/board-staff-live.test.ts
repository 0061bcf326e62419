import { expect } from '@open-wc/testing';
import { staffSessionFor } from '@copro/core';
import { api, expectAccessible, freshId, holdReads, openStreams, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, configure, makeBoard, postBodies, postItem, seedPost, settledLiveBoard, visibleText } from './helpers.ts';
import type { CoproFeedbackBoard } from '../src/index.ts';

async function signIn(element: CoproFeedbackBoard) {
  $<HTMLInputElement>(element, '#token')!.value = staffToken();
  $<HTMLButtonElement>(element, 'section[part="sign-in"] button[type="submit"]')!.click();
}

const newButton = (element: Element) => $<HTMLButtonElement>(element, '#new-posts') ?? undefined;
const status = (element: Element) => $(element, '[role="status"]')!.textContent!.trim();
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((each) => visibleText(each) === text) as HTMLButtonElement | undefined;

/**
 * A signed-in moderator's board on a pre-moderated board with one post waiting, its staff stream
 * open and the read its first connection asks for answered.
 */
async function moderating(board: string) {
  await configure(board, { moderation: 'before' });
  await seedPost(board, 'An older idea waiting');
  return settledLiveBoard(board, async (id) => {
    const staff = await makeBoard(id, { mode: 'moderate' });
    await signIn(staff);
    await until(() => postBodies(staff).includes('An older idea waiting'), 'the queue');
    return staff;
  });
}

describe('<copro-feedback-board mode="moderate">: live updates (the staff stream)', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('a post a resident makes is offered in the moderation queue within a second or two, announced, never moving the list or focus; signing out closes the stream', async function () {
    this.timeout(20000);
    const board = freshId('live-staff');
    const staff = await moderating(board);
    const makeVisible = button(postItem(staff, 'An older idea waiting')!, 'Make visible')!;
    makeVisible.focus();

    const started = performance.now();
    await seedPost(board, 'Dropped kerbs on Mill Lane');
    await until(() => newButton(staff)?.textContent?.trim() === '1 new post to moderate: show it', 'the new post offered', 2000);
    console.log(`pending post by a resident to the moderator's queue offering it: ${Math.round(performance.now() - started)} ms`);
    await until(() => status(staff).includes('1 new post to moderate'), 'announced politely');
    expect(postBodies(staff)).to.deep.equal(['An older idea waiting']); // not inserted under the moderator
    expect(staff.shadowRoot!.activeElement === makeVisible).to.equal(true);
    await expectAccessible(staff);

    await seedPost(board, 'A crossing by the school');
    await until(() => newButton(staff)?.textContent?.trim() === '2 new posts to moderate: show them', 'the count to grow', 2000);
    newButton(staff)!.click();
    await until(() => postBodies(staff).length === 3, 'the new posts shown');
    expect(postBodies(staff)).to.deep.equal(['A crossing by the school', 'Dropped kerbs on Mill Lane', 'An older idea waiting']);
    expect(postItem(staff, 'Dropped kerbs on Mill Lane')!.textContent).to.contain('Waiting for moderation');
    await until(() => staff.shadowRoot!.activeElement === postItem(staff, 'A crossing by the school'), 'focus on the first new post');
    expect(newButton(staff)).to.equal(undefined);

    staffSessionFor(testEndpoint()).signOut();
    await until(async () => (await openStreams('board', board)) === 0, 'the staff stream to close once signed out');
  });

  it('a waiting post another moderator approves or hides is no longer offered; nor, once the view changes, one of the old view', async function () {
    this.timeout(20000);
    const board = freshId('live-staff-gone');
    const staff = await moderating(board);

    // Another moderator approves the waiting post (through the API): it has left the queue.
    const approved = await seedPost(board, 'Approved elsewhere');
    await until(() => newButton(staff)?.textContent?.trim() === '1 new post to moderate: show it', 'the new post offered', 2000);
    expect((await api('PUT', `/v1/boards/${board}/posts/${approved.id}/visibility`, { visibility: 'visible' }, staffToken())).status).to.equal(200);
    await until(() => newButton(staff) === undefined, 'the approved post no longer offered', 2000);

    // Two waiting, one hidden elsewhere: the count goes down and is said again.
    const hidden = await seedPost(board, 'Hidden elsewhere');
    await seedPost(board, 'Still waiting');
    await until(() => newButton(staff)?.textContent?.trim() === '2 new posts to moderate: show them', 'two offered', 2000);
    expect((await api('PUT', `/v1/boards/${board}/posts/${hidden.id}/visibility`, { visibility: 'hidden' }, staffToken())).status).to.equal(200);
    await until(() => newButton(staff)?.textContent?.trim() === '1 new post to moderate: show it', 'the hidden post no longer counted', 2000);
    await until(() => status(staff).includes('1 new post to moderate'), 'the new count announced');
    expect(postBodies(staff)).to.deep.equal(['An older idea waiting']);

    // Another view (hidden posts): the queue's waiting post is not offered there.
    const view = $<HTMLSelectElement>(staff, '#staff-view')!;
    view.value = 'hidden';
    view.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => postBodies(staff).join() === 'Hidden elsewhere', 'the hidden posts');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(newButton(staff) === undefined).to.equal(true);
    expect(postBodies(staff)).to.deep.equal(['Hidden elsewhere']);
  });

  it('a staff re-read still on its way when the moderator signs out is dropped: nothing about the queue is said after', async function () {
    this.timeout(20000);
    const board = freshId('live-staff-out');
    const staff = await moderating(board);
    // The live re-read of the queue (a staff read of the posts, with the token), held on its way back.
    const reads = holdReads((url, headers) => new URL(url).pathname.endsWith(`/boards/${board}/posts`) && headers.has('authorization'));
    try {
      await seedPost(board, 'Posted as the moderator leaves');
      await until(() => reads.held() >= 1, 'the staff re-read, in flight');
      staffSessionFor(testEndpoint()).signOut();
      await until(async () => (await openStreams('board', board)) === 0, 'the staff stream to close once signed out');
      reads.release();
      // Long enough for the held read to be applied, had it been kept.
      await new Promise((resolve) => setTimeout(resolve, 800));
    } finally {
      reads.restore();
    }
    expect(status(staff)).not.to.contain('to moderate');
  });

  it('a reader’s board on the same page never hears of the pending post: its stream is not the staff one', async function () {
    this.timeout(20000);
    const board = freshId('live-staff-reader');
    await configure(board, { moderation: 'before' });
    const reader = await makeBoard(board);
    const staff = await makeBoard(board, { mode: 'moderate' });
    await signIn(staff);
    await until(() => $(staff, '#posts-count'), 'the queue');
    await until(async () => (await openStreams('board', board)) >= 2, 'both streams to open', 5000);
    await seedPost(board, 'Seen by the moderator only');
    await until(() => newButton(staff)?.textContent?.trim() === '1 new post to moderate: show it', 'the new post offered to staff', 2000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(newButton(reader)).to.equal(undefined);
    expect(reader.shadowRoot!.textContent).not.to.contain('Seen by the moderator only');
  });
});
