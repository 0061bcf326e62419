/**
 * Kiosk mode (issue 20): a shared tablet passed round a room at an event, through the real server.
 * Two people in a row on one tab leave nothing of each other's behind; their posts are stored with
 * the event channel and the kiosk link's event; the idle countdown shows, can be extended, and
 * starts clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { newId } from '@copro/core';
import { api, expectAccessible, freshId, isWebKit, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { staffSessionFor } from '@copro/core';
import { $, $$, configure, makeBoard, postItem, stored, typeInto, visibleText } from './helpers.ts';
import type { CoproFeedbackBoard } from '../src/index.ts';

/** Every write the page sends, as sent (passed through to the real server, only recorded). */
function recordWrites() {
  const original = window.fetch;
  const sent: { method: string; path: string; participant: string; authorization: string }[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method !== 'GET') {
      const body = request.method === 'POST' ? await request.clone().text() : '';
      const participant = request.headers.get('Copro-Participant') ?? (body ? (JSON.parse(body).participant as string) : '');
      sent.push({ method: request.method, path: new URL(request.url).pathname, participant, authorization: request.headers.get('Authorization') ?? '' });
    }
    return original(input, init);
  };
  return { sent, restore: () => (window.fetch = original) };
}

async function kioskLink(board: string, event: string): Promise<{ id: string; key: string; url: string }> {
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const { status, json } = await api<{ id: string; key: string; url: string }>('POST', `/v1/boards/${board}/kiosk-links`, { event, expiresAt }, staffToken());
  if (status !== 201) throw new Error(`kiosk link: ${status} ${JSON.stringify(json)}`);
  return json;
}

/** A post typed up by staff: visible at once, even on a board moderated before posts show. */
async function paperPost(board: string, body: string) {
  const { status } = await api('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: newId(), body, channel: 'paper' }, staffToken());
  if (status !== 201) throw new Error(`seeding failed: ${status}`);
}

/** The kiosk on this test page, opened as a kiosk link opens it: the key in the address's fragment. */
async function openKiosk(board: string, options: { key?: string; idle?: number } = {}) {
  if (options.key) history.replaceState(history.state, '', `${location.pathname}${location.search}#copro-key=${encodeURIComponent(options.key)}`);
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <copro-feedback-board endpoint=${testEndpoint()} board=${board} kiosk idle=${options.idle ?? 120}></copro-feedback-board>
  </div>`);
  const element = wrapper.querySelector('copro-feedback-board') as CoproFeedbackBoard;
  await until(() => $(element, '#posts-count'), 'the kiosk to load', 10000);
  return element;
}

const focusedId = (element: CoproFeedbackBoard) => element.shadowRoot!.activeElement?.id ?? '';
const button = (element: CoproFeedbackBoard, words: string) => $$<HTMLButtonElement>(element, 'button').find((each) => visibleText(each) === words);

/**
 * What copro keeps in this tab's and this browser's storage, by key: the kiosk key and the outbox's
 * tab id (`copro:tab`, which names the tab, not a person: the same for everyone at the tablet) aside.
 */
function storedKeys(): string[] {
  const keys: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      if (key.startsWith('copro:') && !key.startsWith('copro:kiosk-key:') && key !== 'copro:tab') keys.push(key);
    }
  }
  return keys;
}

async function write(element: CoproFeedbackBoard, words: string, name = '') {
  await typeInto($<HTMLTextAreaElement>(element, '#body')!, words);
  if (name) await typeInto($<HTMLInputElement>(element, '#name')!, name);
  await element.updateComplete;
  $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
  await until(() => $(element, '[part="kiosk-thanks"]'), 'the thank-you screen');
}

describe('<copro-feedback-board kiosk>: a shared tablet at an event', () => {
  let recorder: ReturnType<typeof recordWrites> | undefined;
  afterEach(() => {
    recorder?.restore();
    recorder = undefined;
    sessionStorage.clear();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('two people in a row on one tab leave nothing of each other’s behind; both posts are stored with the event channel and the event’s name', async () => {
    const board = freshId('kiosk');
    await configure(board, { moderation: 'before', categories: [{ id: 'parks', label: 'Parks' }] });
    await paperPost(board, 'Shade over the playground');
    const link = await kioskLink(board, 'Spring fair');
    const before = storedKeys();
    // Test files run side by side in other tabs of this browser, sharing its localStorage: their
    // boards may store participant ids (of this endpoint or others) meanwhile. What matters is that
    // no stored participant id is one the kiosk sent, and that the kiosk adds no other key.
    const isParticipantKey = (key: string) => key.startsWith('copro:participant:');
    const storedParticipants = () => Object.keys(localStorage).filter(isParticipantKey).map((key) => localStorage.getItem(key));
    recorder = recordWrites();
    const element = await openKiosk(board, { key: link.key });

    // The key left the address at once, and is kept for this tab only.
    expect(location.hash).to.equal('');
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('copro:kiosk-key:') && key.endsWith(`:${board}`) && sessionStorage.getItem(key) === link.key)).to.equal(true);
    expect(visibleText(element.shadowRoot!.firstElementChild ?? element)).to.not.contain('Forget me');

    // Person 1 supports a post, picks a category, writes with a name, and posts.
    postItem(element, 'Shade over the playground')!.querySelector<HTMLButtonElement>('button.support')!.click();
    await until(() => recorder!.sent.some((each) => each.path.endsWith('/support')), 'the support to be sent');
    await until(() => postItem(element, 'Shade over the playground')!.querySelector('button.support')!.getAttribute('aria-pressed') === 'true', 'supported');
    const select = $<HTMLSelectElement>(element, '#category')!;
    select.value = 'parks';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await write(element, 'Person one: a water fountain by the swings', 'Ann');
    const thanks = $(element, '[part="kiosk-thanks"]')!;
    expect(visibleText(thanks)).to.contain('Thank you');
    expect(visibleText(thanks)).to.contain('Someone checks each idea');
    await until(() => focusedId(element) === 'confirmation-heading', 'focus on the thank-you heading');
    await expectAccessible(element);

    // Nothing of the person is kept in storage: no participant id, no draft.
    expect(storedKeys().filter((key) => !before.includes(key) && !isParticipantKey(key)).join(' ')).to.equal('');
    expect(recorder.sent.some((write) => storedParticipants().includes(write.participant))).to.equal(false, 'no participant id the kiosk sent is kept');
    expect(recorder.sent.every((write) => write.participant)).to.equal(true);

    // The next person.
    button(element, 'Start again for the next person')!.click();
    await until(() => $(element, '#body') && !$(element, '[part="kiosk-thanks"]'), 'a clean form');
    await until(() => postItem(element, 'Shade over the playground')?.querySelector('button.support')?.getAttribute('aria-pressed') === 'false', 'the last person’s support gone');
    await until(() => !visibleText(element.shadowRoot!.querySelector('ul.posts') ?? element).includes('Person one'), 'the last person’s waiting post gone from the list');
    expect($<HTMLTextAreaElement>(element, '#body')!.value).to.equal('');
    expect($<HTMLInputElement>(element, '#name')!.value).to.equal('');
    expect($<HTMLSelectElement>(element, '#category')!.value).to.equal('');
    expect($$(element, '.badge').map((badge) => badge.textContent)).to.deep.equal([]);
    expect(focusedId(element)).to.equal('kiosk-start');
    const text = element.shadowRoot!.textContent!;
    expect(text.includes('Person one') || text.includes('Ann')).to.equal(false);

    await write(element, 'Person two: more bins in the park');
    button(element, 'Start again for the next person')!.click();
    await until(() => $(element, '#body'), 'a clean form again');

    // Stored as said at the event, each post from its own participant, none from the device's.
    const posts = await stored(board);
    const one = posts.find((post) => post.body.startsWith('Person one'))!;
    const two = posts.find((post) => post.body.startsWith('Person two'))!;
    expect([one.channel, one.event, one.visibility, one.category, one.displayName]).to.deep.equal(['event', 'Spring fair', 'pending', 'parks', 'Ann']);
    expect([two.channel, two.event, two.category]).to.deep.equal(['event', 'Spring fair', null]);
    const writes = recorder.sent.filter((each) => each.path.startsWith(`/v1/boards/${board}/posts`));
    const support = writes.find((each) => each.path.endsWith('/support'))!;
    const [first, second] = writes.filter((each) => each.method === 'POST');
    expect(first.participant).to.equal(support.participant);
    expect(second.participant).to.match(/^[0-9a-f-]{36}$/);
    expect(second.participant).to.not.equal(first.participant);
    expect(writes.filter((each) => each.authorization !== `Bearer ${link.key}`).map((each) => `${each.method} ${each.path} ${each.authorization.slice(0, 20)}`)).to.deep.equal([]);
    expect(storedKeys().filter((key) => !before.includes(key) && !isParticipantKey(key))).to.deep.equal([]);
    expect(writes.some((write) => storedParticipants().includes(write.participant))).to.equal(false, 'no participant the kiosk sent is kept');
  });

  it('the idle countdown shows after a quiet spell, “I need more time” keeps everything, and at zero the screen starts clean', async () => {
    const board = freshId('kiosk');
    const element = await openKiosk(board, { idle: 2 });
    expect($(element, '[part="kiosk-countdown"]') === null).to.equal(true);
    // Nobody has used it: no countdown, however long it stays quiet.
    await new Promise((resolve) => setTimeout(resolve, 2600));
    expect($(element, '[part="kiosk-countdown"]') === null).to.equal(true);

    await typeInto($<HTMLTextAreaElement>(element, '#body')!, 'Half an idea');
    await until(() => $(element, '[part="kiosk-countdown"]'), 'the countdown', 6000);
    const countdown = $(element, '[part="kiosk-countdown"]')!;
    expect(visibleText(countdown)).to.contain('Are you still there?');
    expect(visibleText(countdown)).to.match(/cleared for the next person in [12] seconds?/);
    await until(() => $(element, '[role="status"]')?.textContent?.includes('Are you still there?') || [...element.shadowRoot!.querySelectorAll('[role="status"]')].some((region) => region.textContent!.includes('Are you still there?')), 'the countdown announced');
    await expectAccessible(element);
    const more = button(element, 'I need more time')!;
    expect(more.getBoundingClientRect().height).to.be.at.least(44);
    more.click();
    await until(() => !$(element, '[part="kiosk-countdown"]'), 'the countdown gone');
    expect($<HTMLTextAreaElement>(element, '#body')!.value).to.equal('Half an idea');

    // Quiet again: the countdown comes back and runs out.
    await until(() => $(element, '[part="kiosk-countdown"]'), 'the countdown again', 6000);
    await until(() => !$(element, '[part="kiosk-countdown"]'), 'the countdown to run out', 6000);
    expect($<HTMLTextAreaElement>(element, '#body')!.value).to.equal('');
    expect(focusedId(element)).to.equal('kiosk-start');
    expect([...element.shadowRoot!.querySelectorAll('[role="status"]')].some((region) => region.textContent!.includes('ready for the next person'))).to.equal(true);
    expect(storedKeys().some((key) => key.includes(board))).to.equal(false);
    // The clean start is no one's use: no countdown follows until someone touches it again.
    await new Promise((resolve) => setTimeout(resolve, 2600));
    expect($(element, '[part="kiosk-countdown"]') === null).to.equal(true);
  });

  it('works by keyboard alone; without a kiosk key it writes as online', async () => {
    const board = freshId('kiosk');
    const element = await openKiosk(board);
    $<HTMLTextAreaElement>(element, '#body')!.focus();
    if (isWebKit) await typeInto($<HTMLTextAreaElement>(element, '#body')!, 'Typed by keyboard');
    else await sendKeys({ type: 'Typed by keyboard' });
    // Tab past the name to the submit button, then Enter.
    for (let i = 0; i < 5 && visibleText(element.shadowRoot!.activeElement ?? element) !== 'Post'; i++) await sendKeys({ press: 'Tab' });
    const submit = $<HTMLButtonElement>(element, 'button[type="submit"]')!;
    expect(element.shadowRoot!.activeElement === submit).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(element) === 'confirmation-heading', 'focus on the thank-you heading');
    await sendKeys({ press: 'Tab' });
    expect(visibleText(element.shadowRoot!.activeElement!)).to.equal('Start again for the next person');
    expect(element.shadowRoot!.activeElement!.getBoundingClientRect().height).to.be.at.least(44);
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(element) === 'kiosk-start', 'a clean start');
    await expectAccessible(element);
    const [post] = await stored(board);
    expect([post.body, post.channel, post.event]).to.deep.equal(['Typed by keyboard', 'online', null]);
  });

  it('a revoked kiosk link: the post is refused, the words stay in the box, and the tablet says to ask staff for a new link', async () => {
    const board = freshId('kiosk');
    const link = await kioskLink(board, 'Evening fair');
    const element = await openKiosk(board, { key: link.key });
    expect((await api('DELETE', `/v1/boards/${board}/kiosk-links/${link.id}`, undefined, staffToken())).status).to.equal(200);
    await typeInto($<HTMLTextAreaElement>(element, '#body')!, 'Words that must not be lost');
    await element.updateComplete;
    $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await until(() => $(element, '[part="kiosk-expired"]'), 'the expired-link notice');
    expect(visibleText($(element, '[part="kiosk-expired"]')!)).to.contain('ask a member of staff for a new kiosk link');
    expect($(element, '[part="kiosk-thanks"]') === null).to.equal(true);
    await until(() => $<HTMLTextAreaElement>(element, '#body')!.value === 'Words that must not be lost', 'the words back in the box');
    expect(await stored(board)).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('staff make a kiosk link in the board’s staff view (event, last day), copy its address, and stop it', async () => {
    const board = freshId('kiosk');
    const staff = await makeBoard(board, { mode: 'moderate' });
    $<HTMLInputElement>(staff, '#token')!.value = staffToken();
    $<HTMLButtonElement>(staff, 'section[part="sign-in"] button[type="submit"]')!.click();
    await until(() => $(staff, '#staff-view'), 'the staff toolbar');
    try {
      const open = button(staff, 'Kiosk links for events')!;
      expect(open.getAttribute('aria-expanded')).to.equal('false');
      open.click();
      await until(() => focusedId(staff) === 'kiosk-event', 'focus on the event name');
      await until(() => $(staff, '#kiosk-section')?.textContent?.includes('This board has no kiosk links.'), 'the empty list');
      // Refused without an event name: the GOV.UK error by the field, focus on it.
      button(staff, 'Make a kiosk link')!.click();
      await until(() => $(staff, '#kiosk-event-error'), 'the error');
      expect($(staff, '#kiosk-event')!.getAttribute('aria-invalid')).to.equal('true');
      await expectAccessible(staff);

      await typeInto($<HTMLInputElement>(staff, '#kiosk-event')!, 'Coffee morning');
      await staff.updateComplete;
      button(staff, 'Make a kiosk link')!.click();
      await until(() => focusedId(staff) === 'kiosk-url', 'focus on the new link');
      const url = new URL($<HTMLInputElement>(staff, '#kiosk-url')!.value);
      expect(url.pathname).to.match(new RegExp(`/kiosk/boards/${board}$`));
      const key = decodeURIComponent(url.hash.replace('#copro-key=', ''));
      expect(key).to.match(/^copro_kiosk_/);
      await until(() => $(staff, '#kiosk-section ul')?.textContent?.includes('Coffee morning'), 'the link listed');
      await expectAccessible(staff);

      // The link works for this board's posts, stored as said at the coffee morning.
      const post = await api<{ channel: string; event: string }>('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: newId(), body: 'From the coffee morning' }, key);
      expect([post.status, post.json.channel, post.json.event]).to.deep.equal([201, 'event', 'Coffee morning']);

      const stop = $$<HTMLButtonElement>(staff, '#kiosk-section li button').find((each) => each.textContent!.replace(/\s+/g, ' ').trim() === 'Stop this link: Coffee morning')!;
      expect(visibleText(stop)).to.equal('Stop this link');
      stop.click();
      await until(() => $(staff, '#kiosk-section')?.textContent?.includes('This board has no kiosk links.'), 'the link gone');
      expect($(staff, '#kiosk-url') === null).to.equal(true);
      const refused = await api('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: newId(), body: 'Too late' }, key);
      expect(refused.status).to.equal(401);
    } finally {
      staffSessionFor(testEndpoint()).signOut();
    }
  });
});
