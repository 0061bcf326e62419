import { expect } from '@open-wc/testing';
import { ForgetMe, HOLD_AFTER_MS, IndexedDbOutboxStore, newId, outboxFor, participantId, type StoredWrite } from '@copro/core';
import { api, expectAccessible, flakyEndpoint, freshId, serverDown, serverUp, setTestViewport, staffToken, until } from '../../../test/support/index.ts';
import { $, $$, configure, makeBoard, makeBoardOnFlaky, postItem, seedPost, stored, submit, typeInto } from './helpers.ts';

/**
 * Shared computers (issue 13, finding 6): the next person must not see or change the last person's posts.
 * Every test here uses this page's own endpoint on the flaky listener: forgetting on the shared
 * test endpoint would change the participant id of test files running beside it in other tabs.
 */
const button = (element: Element, text: string) => $$<HTMLButtonElement>(element, 'button').find((each) => each.textContent!.trim() === text);
const status = (element: Element) => $(element, '.forget-status')!.textContent!.trim();

async function openForget(element: HTMLElement) {
  $<HTMLButtonElement>(element, '#copro-forget-toggle')!.click();
  await until(() => $(element, '.forget-panel:not([hidden]) .forget-heading'), 'the panel to open');
  await until(() => element.shadowRoot!.activeElement?.classList.contains('forget-heading'), 'focus on the panel heading');
}

describe('<copro-feedback-board> "Forget me on this device"', () => {
  afterEach(async () => {
    await serverUp();
    localStorage.removeItem('copro:shared-device');
    document.querySelector('meta[name="copro-participant"]')?.remove();
  });

  it('forgets the last person on a shared computer and, when asked, deletes what they posted, announcing the counts', async () => {
    const board = freshId('fb');
    await configure(board, { moderation: 'before' });
    const other = await seedPost(board, 'Someone else’s idea');
    await api('PUT', `/v1/boards/${board}/posts/${other.id}/visibility`, { visibility: 'visible' }, staffToken());
    const element = await makeBoard(board, { endpoint: flakyEndpoint() });
    const before = participantId(flakyEndpoint());
    await submit(element, 'My private worry about the youth club');
    await until(() => element.shadowRoot!.activeElement?.id === 'confirmation-heading', 'focus on the confirmation');
    await until(() => postItem(element, 'My private worry about the youth club')?.textContent?.includes('Waiting to be checked'), 'my post waiting to be checked');
    await until(() => postItem(element, 'Someone else’s idea'), 'the other post');
    postItem(element, 'Someone else’s idea')!.querySelector<HTMLButtonElement>('[part~="support-button"]')!.click();
    await until(async () => (await stored(board)).find((post) => post.id === other.id)?.supportCount === 1, 'my support stored');
    await typeInto($<HTMLTextAreaElement>(element, '#body')!, 'A half-written second post');

    await openForget(element);
    expect(button(element, 'Forget me on this device')!.getAttribute('aria-expanded')).to.equal('true');
    $<HTMLInputElement>(element, '#copro-forget-erase')!.click();
    await element.updateComplete;
    const confirm = button(element, 'Delete what I posted and forget me')!;
    expect(Boolean(confirm)).to.equal(true);
    await expectAccessible(element);
    const forgotten = new Promise<CustomEvent>((resolve) => element.addEventListener('copro-forgotten', resolve as EventListener, { once: true }));
    confirm.click();
    expect((await forgotten).detail.erased).to.deep.equal({ posts: 1, supports: 1, ratings: 0, clarity: 0 });

    await until(() => status(element).includes('Deleted from the service: posts 1, supports 1, ratings 0, answers 0.'), 'the counts announced');
    expect($$(element, '[role="status"]').some((region) => region.textContent!.includes('Deleted from the service: posts 1')), 'announced in the live region').to.equal(true);
    await until(() => !postItem(element, 'My private worry about the youth club'), 'my pending post gone from the list');
    expect($<HTMLTextAreaElement>(element, '#body')!.value).to.equal('', 'the draft is forgotten');
    expect(participantId(flakyEndpoint())).to.not.equal(before, 'a new participant');
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('copro:draft:'))).to.equal(false);
    await until(() => element.shadowRoot!.activeElement === button(element, 'Forget me on this device'), 'focus back on the button');
    const left = await stored(board);
    expect(left.map((post) => post.body)).to.deep.equal(['Someone else’s idea']);
    expect(left[0].supportCount).to.equal(0);
  });

  it('says what would be lost: a post saved on this device is discarded, never sent, and the server is asked nothing', async () => {
    const board = freshId('fb');
    const element = await makeBoardOnFlaky(board);
    await serverDown();
    await submit(element, 'Queued on the library computer');
    await until(() => $$(element, 'li.unsent').length === 1, 'the unsent post');
    await until(() => element.shadowRoot!.activeElement?.textContent?.includes('Your post is saved on this device'), 'focus on the confirmation');
    await openForget(element);
    await until(() => $(element, '.forget-warning')?.textContent?.includes('1 thing you wrote here has not been sent yet'), 'the warning');
    button(element, 'Cancel')!.click();
    await until(() => element.shadowRoot!.activeElement === button(element, 'Forget me on this device'), 'focus back after Cancel');
    expect(Boolean($(element, '.forget-panel[hidden]'))).to.equal(true);
    await openForget(element);
    button(element, 'Forget me')!.click();
    await until(() => status(element) === 'Done: this device has forgotten you.', 'done');
    await until(() => $$(element, 'li.unsent').length === 0, 'the unsent post gone');
    expect(await outboxFor(flakyEndpoint()).pending()).to.have.length(0);
    await serverUp();
    await outboxFor(flakyEndpoint()).flush({ force: true });
    expect(await stored(board)).to.have.length(0);
  });

  it('when deleting fails, nothing is forgotten and the person is told', async () => {
    const board = freshId('fb');
    const element = await makeBoardOnFlaky(board);
    const before = participantId(flakyEndpoint());
    await serverDown();
    await submit(element, 'Kept because deleting failed');
    await until(() => $$(element, 'li.unsent').length === 1, 'the unsent post');
    // The send gives up and says the post is kept on this device, moving focus to that news: only
    // then does the person turn to the forget-me panel (earlier, that focus move would take focus from it).
    await until(() => element.shadowRoot!.activeElement?.id === 'confirmation-heading', 'the post kept on this device', 15_000);
    await openForget(element);
    $<HTMLInputElement>(element, '#copro-forget-erase')!.click();
    await element.updateComplete;
    button(element, 'Delete what I posted and forget me')!.click();
    await until(() => $(element, '.forget-me [role="alert"]')?.textContent?.startsWith('Nothing was deleted or forgotten.'), 'the failure');
    expect(participantId(flakyEndpoint())).to.equal(before);
    const kept = (await outboxFor(flakyEndpoint()).pending('post')).filter((write) => write.meta?.board === board);
    expect(kept.map((write) => (write.body as { body: string }).body)).to.deep.equal(['Kept because deleting failed']);
    await outboxFor(flakyEndpoint()).forget();
  });

  it('downloads what is stored about the person as JSON', async () => {
    const board = freshId('fb');
    const element = await makeBoard(board, { endpoint: flakyEndpoint() });
    await submit(element, 'Download me');
    // Sent, the board moves focus to its confirmation; only then does the person turn to "Forget me".
    await until(() => element.shadowRoot!.activeElement?.id === 'confirmation-heading', 'focus on the confirmation');
    await until(async () => (await stored(board)).length === 1, 'the post stored');
    const saved: { name: string; text: string }[] = [];
    const save = ForgetMe.save;
    ForgetMe.save = (name, text) => saved.push({ name, text });
    try {
      await openForget(element);
      button(element, 'Download what is stored about me')!.click();
      await until(() => saved.length === 1, 'a file saved');
    } finally {
      ForgetMe.save = save;
    }
    expect(saved[0].name).to.match(/^copro-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(saved[0].text);
    expect(data.participant).to.equal(participantId(flakyEndpoint()));
    expect(data.posts.filter((post: { board: string }) => post.board === board).map((post: { body: string }) => post.body)).to.deep.equal(['Download me']);
    await until(() => status(element).startsWith('Downloaded what is stored about you'), 'announced');
  });

  it('a write unsent for more than a day is held, not sent by itself, and offered back: Send now or Discard', async () => {
    const board = freshId('fb');
    const endpoint = flakyEndpoint();
    const participant = participantId(endpoint);
    const old = Date.now() - HOLD_AFTER_MS - 60_000;
    const outbox = outboxFor(endpoint);
    const write = (body: string): StoredWrite => {
      const id = newId();
      return { id, endpoint: outbox.endpoint, method: 'POST', path: `/v1/boards/${board}/posts`, body: { id, participant, body }, kind: 'post', meta: { board }, createdAt: old, attempts: 3, nextAttemptAt: old, state: 'waiting' };
    };
    // As an earlier session left them in IndexedDB.
    const db = new IndexedDbOutboxStore();
    await db.put(write('Held one'));
    await db.put(write('Held two'));
    await outbox.flush({ force: true });
    const mine = async () => (await outbox.pending('post')).filter((each) => each.meta?.board === board);
    expect((await mine()).length).to.equal(2, 'a forced flush does not send held writes');
    const element = await makeBoard(board, { endpoint: flakyEndpoint() });
    await until(() => $(element, '[part~="held-writes"]')?.textContent?.includes('2 things written on this device since'), 'the held writes offered');
    await expectAccessible(element);
    button(element, 'Send now')!.click();
    await until(async () => (await stored(board)).length === 2, 'both sent');
    await until(() => !$(element, '[part~="held-writes"]'), 'the notice gone');

    await db.put(write('Held three'));
    element.parentElement!.remove();
    const next = await makeBoard(board, { endpoint: flakyEndpoint() });
    await until(() => $(next, '[part~="held-writes"]')?.textContent?.includes('1 thing written on this device on'), 'offered on the next load');
    button(next, 'Discard')!.click();
    await until(() => status(next) === '1 thing discarded.', 'discarded, and said');
    expect(await mine()).to.have.length(0);
    expect(await stored(board)).to.have.length(2);
  });

  it('"shared computer" keeps the participant for the tab only, as <meta name="copro-participant" content="session"> does', async () => {
    const board = freshId('fb');
    const element = await makeBoard(board, { endpoint: flakyEndpoint() });
    const key = `copro:participant:${outboxFor(flakyEndpoint()).endpoint}`;
    participantId(flakyEndpoint());
    expect(localStorage.getItem(key)).to.match(/^[0-9a-f-]{36}$/);
    await openForget(element);
    $<HTMLInputElement>(element, '#copro-forget-session')!.click();
    button(element, 'Forget me')!.click();
    await until(() => status(element) === 'Done: this device has forgotten you.', 'done');
    const id = participantId(flakyEndpoint());
    expect(localStorage.getItem(key)).to.equal(null);
    expect(sessionStorage.getItem(key)).to.equal(id);

    localStorage.removeItem('copro:shared-device');
    sessionStorage.removeItem(key);
    const meta = Object.assign(document.createElement('meta'), { name: 'copro-participant', content: 'session' });
    document.head.append(meta);
    const kiosk = participantId(flakyEndpoint());
    expect(localStorage.getItem(key)).to.equal(null);
    expect(sessionStorage.getItem(key)).to.equal(kiosk);
  });

  it('fits 320 px with 44 px targets, and speaks Welsh', async () => {
    await setTestViewport(320, 640);
    try {
      const element = await makeBoard(freshId('fb'), { lang: 'cy', endpoint: flakyEndpoint(), width: 'min(320px, 100%)' });
      const left = element.getBoundingClientRect().left;
      const toggle = button(element, 'Anghofio fi ar y ddyfais hon')!;
      expect(Boolean(toggle)).to.equal(true);
      await openForget(element);
      for (const control of $$<HTMLElement>(element, '.forget-me button')) {
        const box = control.getBoundingClientRect();
        expect(box.height >= 44 && box.width >= 44, `${control.textContent} is ${box.width}×${box.height}`).to.equal(true);
        expect(box.right - left <= 320 + 1, `${control.textContent} ends at ${box.right - left}`).to.equal(true);
      }
      expect(Boolean(button(element, 'Anghofio fi'))).to.equal(true);
      expect(element.scrollWidth <= 320).to.equal(true);
    } finally {
      await setTestViewport(800, 600);
    }
  });

  it('the display-name field does not invite the browser to store it', async () => {
    const element = await makeBoard(freshId('fb'));
    expect($(element, '#name')!.getAttribute('autocomplete')).to.equal('off');
  });
});
