import { expect } from '@open-wc/testing';
import { newId, participantId } from '@copro/core';
import { api, freshId, testEndpoint, until } from '../../../test/support/index.ts';
import { $, configure, makeBoard, postItem, reloadBoard, seedPost, typeInto } from './helpers.ts';

/** Every request the page makes, as sent (passed through to the real server, only recorded). */
function recordRequests() {
  const original = window.fetch;
  const sent: { method: string; url: string; participant: string | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ method: request.method, url: request.url, participant: request.headers.get('Copro-Participant') });
    return original(input, init);
  };
  return { sent, restore: () => (window.fetch = original) };
}

/** This reader's part of the board, asked the way the board asks it. */
async function mine(board: string): Promise<{ supported: string[]; pending: { id: string }[]; posted: string[] }> {
  const response = await fetch(new URL(`v1/boards/${board}/mine`, testEndpoint().replace(/\/?$/, '/')), {
    headers: { 'Copro-Participant': participantId(testEndpoint()) },
  });
  return response.json();
}

describe('<copro-feedback-board> keeps the participant id out of addresses', () => {
  let recorder: ReturnType<typeof recordRequests> | undefined;
  afterEach(() => recorder?.restore());

  it('supports through the Copro-Participant header, reads its own part from /mine, and no address carries the id', async () => {
    const board = freshId('fb');
    const post = await seedPost(board, 'Shade over the playground');
    const me = participantId(testEndpoint());
    recorder = recordRequests();
    const element = await makeBoard(board);
    const button = () => postItem(element, 'Shade over the playground')!.querySelector<HTMLButtonElement>('button.support')!;
    button().click();
    await until(async () => (await mine(board)).supported.includes(post.id), 'the support to reach the server');
    expect(button().getAttribute('aria-pressed')).to.equal('true');

    const support = recorder.sent.find((request) => request.method === 'PUT' && request.url.endsWith(`/posts/${post.id}/support`));
    expect(support, 'a PUT to .../support').to.not.equal(undefined);
    expect(support!.participant).to.equal(me);
    expect(recorder.sent.some((request) => request.url.endsWith(`/v1/boards/${board}/mine`) && request.participant === me), 'the per-reader read').to.equal(true);
    expect(recorder.sent.filter((request) => request.url.toLowerCase().includes(me.toLowerCase())).map((request) => request.url)).to.deep.equal([]);

    // After a reload the board knows the support from /mine, not from an address with the id in it.
    const again = await reloadBoard(element);
    const reloaded = () => postItem(again, 'Shade over the playground')!.querySelector<HTMLButtonElement>('button.support')!;
    expect(reloaded().getAttribute('aria-pressed')).to.equal('true');
    reloaded().click();
    await until(async () => !(await mine(board)).supported.includes(post.id), 'the withdrawal to reach the server');
    expect(recorder.sent.filter((request) => request.url.toLowerCase().includes(me.toLowerCase())).map((request) => request.url)).to.deep.equal([]);
  });

  it('searches for similar posts with the reader in the Copro-Participant header, not in the address', async () => {
    const board = freshId('fb');
    await seedPost(board, 'Open the youth club on Saturday evenings');
    const me = participantId(testEndpoint());
    recorder = recordRequests();
    const element = await makeBoard(board);
    await typeInto($<HTMLTextAreaElement>(element, '#body')!, 'youth club saturdays please');
    await until(() => $(element, '[part="similar"]'), 'similar posts', 5000);
    const search = recorder.sent.find((request) => request.url.includes(`/v1/boards/${board}/similar`));
    expect(search, 'a similar-post search').to.not.equal(undefined);
    expect(search!.participant).to.equal(me);
    expect(recorder.sent.filter((request) => request.url.toLowerCase().includes(me.toLowerCase())).map((request) => request.url)).to.deep.equal([]);
  });

  it("shows the reader's own post waiting for moderation, from /mine, to them only", async () => {
    const board = freshId('fb');
    await configure(board, { moderation: 'before' });
    await api('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: participantId(testEndpoint()), body: 'My idea, waiting' });
    await api('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: newId(), body: 'Someone else, waiting' });
    recorder = recordRequests();
    const element = await makeBoard(board);
    await until(() => postItem(element, 'My idea, waiting') !== undefined, 'my pending post');
    expect(postItem(element, 'Someone else, waiting')).to.equal(undefined);
    expect(recorder.sent.some((request) => /[?&]participant=/.test(request.url))).to.equal(false);
  });
});
