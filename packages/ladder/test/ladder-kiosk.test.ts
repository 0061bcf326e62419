/**
 * <copro-ladder kiosk> (issue 20): a shared tablet at an event where people rate the project one
 * after another, through the real server. Two people in a row on one tab leave nothing of each
 * other's behind; their ratings are stored with the event channel and the kiosk link's event; the
 * idle countdown shows, can be extended, and starts clean; a refused link says to ask staff.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@copro/ladder/define';
import type { CoproLadder } from '@copro/ladder';
import { participantId } from '@copro/core';
import { api, expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, rateWith, summaryOf, text } from './support.ts';

type Sent = { path: string; participant: string; authorization: string; status: number; answer: { channel?: string; event?: string | null } };

/** Every rating the page sends and the server's answer (passed through to the real server, only recorded). */
function recordRatings() {
  const original = window.fetch;
  const sent: Sent[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await original(input, init);
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/ratings')) {
      const body = JSON.parse(await request.clone().text()) as { participant: string };
      const answer = response.headers.get('content-type')?.includes('json') ? await response.clone().json() : {};
      sent.push({ path: new URL(request.url).pathname, participant: body.participant, authorization: request.headers.get('Authorization') ?? '', status: response.status, answer });
    }
    return response;
  };
  return { sent, restore: () => (window.fetch = original) };
}

async function kioskLink(ladder: string, event: string): Promise<{ id: string; key: string; url: string }> {
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  const { status, json } = await api<{ id: string; key: string; url: string }>('POST', `/v1/ladders/${ladder}/kiosk-links`, { event, expiresAt }, staffToken());
  if (status !== 201) throw new Error(`kiosk link: ${status} ${JSON.stringify(json)}`);
  return json;
}

/** The kiosk on this test page, opened as a kiosk link opens it: the key in the address's fragment. */
async function openKiosk(ladder: string, options: { key?: string; idle?: number } = {}) {
  if (options.key) history.replaceState(history.state, '', `${location.pathname}${location.search}#copro-key=${encodeURIComponent(options.key)}`);
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">
    <copro-ladder endpoint=${testEndpoint()} ladder=${ladder} kiosk idle=${options.idle ?? 120}></copro-ladder>
  </div>`);
  const element = wrapper.querySelector('copro-ladder') as CoproLadder;
  await until(() => $(element, '#kiosk-start form'), 'the kiosk to load', 10000);
  return element;
}

const focusedId = (element: CoproLadder) => element.shadowRoot!.activeElement?.id ?? '';
const button = (element: CoproLadder, words: string) => $$<HTMLButtonElement>(element, 'button').find((each) => text(each) === words);
/** The person's choices: the role and the rungs (the aim's "not sure", checked in an empty form, aside). */
const checked = (element: CoproLadder) => $$<HTMLInputElement>(element, 'input:checked').map((input) => input.id).filter((id) => id !== 'aim-unsure');
const statusSays = (element: CoproLadder, words: string) => $$(element, '[role="status"]').some((region) => region.textContent!.includes(words));

/**
 * What this tab and this browser keep of the ladder or of these people: keys naming the ladder (the
 * kiosk key aside) and anything holding one of their participant ids. (Not "every new key": other
 * test files share this origin's storage while they run.)
 */
function traces(ladder: string, participants: string[]): string[] {
  const found: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      if (key.startsWith('copro:ladder-key:')) continue;
      const value = storage.getItem(key) ?? '';
      if (key.includes(ladder) || participants.some((id) => key.includes(id) || value.includes(id))) found.push(key);
    }
  }
  return found;
}

describe('<copro-ladder kiosk>: a shared tablet at an event', () => {
  let recorder: ReturnType<typeof recordRatings> | undefined;
  afterEach(() => {
    recorder?.restore();
    recorder = undefined;
    sessionStorage.clear();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('two people in a row on one tab leave nothing of each other’s behind; both ratings are stored with the event channel and the event’s name', async () => {
    const ladder = freshId('ladder-kiosk');
    const link = await kioskLink(ladder, 'Pizza and Opinions');
    recorder = recordRatings();
    const element = await openKiosk(ladder, { key: link.key });

    // The key left the address at once, and is kept for this tab only.
    expect(location.hash).to.equal('');
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('copro:ladder-key:') && key.endsWith(`:${ladder}`) && sessionStorage.getItem(key) === link.key)).to.equal(true);
    expect($(element, '[part~="forget-me"]')?.getBoundingClientRect().height ?? 0).to.equal(0);

    // Large targets: each answer's row (its label) and the send button.
    for (const selector of ['label[for="role-lived-experience"]', 'label[for="aim-informing"]', 'button[type="submit"]']) {
      expect($(element, selector)!.getBoundingClientRect().height, selector).to.be.at.least(44);
    }

    // Person 1 rates, with a comment.
    await rateWith(element, { role: 'lived-experience', now: 'informing', aim: 'co-production', comment: 'Person one: they listen but nothing changes' });
    await until(() => $(element, '[part="kiosk-thanks"]'), 'the thank-you screen');
    await until(() => text($(element, '[part="kiosk-thanks"]')).includes('Your answer has been sent.'), 'sent');
    const thanks = text($(element, '[part="kiosk-thanks"]'));
    expect(thanks).to.contain('Thank you');
    expect(thanks).to.contain('Please pass the tablet to the next person.');
    expect(thanks.includes('informing') || thanks.includes('Informing') || thanks.includes('Person one')).to.equal(false);
    await until(() => focusedId(element) === 'confirmation-heading', 'focus on the thank-you heading');
    const next = button(element, 'Start again for the next person')!;
    expect(next.getBoundingClientRect().height).to.be.at.least(44);
    await expectAccessible(element);
    // Nothing of the person is kept in storage: no participant id, no remembered rating.
    await until(() => recorder!.sent.length === 1, 'the rating recorded');
    expect(traces(ladder, [recorder.sent[0].participant])).to.deep.equal([]);

    // The next person.
    next.click();
    await until(() => $(element, '#kiosk-start form') && !$(element, '[part="kiosk-thanks"]'), 'a clean form');
    await until(() => focusedId(element) === 'kiosk-start', 'focus at the start');
    expect(checked(element)).to.deep.equal([]);
    expect($<HTMLTextAreaElement>(element, '#comment')!.value).to.equal('');
    expect(element.shadowRoot!.textContent!.includes('Person one')).to.equal(false);
    expect(statusSays(element, 'Your answer has been sent')).to.equal(false);
    expect(statusSays(element, 'ready for the next person')).to.equal(true);
    await expectAccessible(element);

    await rateWith(element, { role: 'staff', now: 'consultation' });
    await until(() => text($(element, '[part="kiosk-thanks"]')).includes('Your answer has been sent.'), 'the second thank-you screen');
    button(element, 'Start again for the next person')!.click();
    await until(() => $(element, '#kiosk-start form'), 'a clean form again');

    // Sent with the kiosk key, each as its own participant made in memory (never the device's), and
    // stored (the server's answers) with the event channel and the event's name.
    const [one, two] = recorder.sent;
    expect(recorder.sent.length).to.equal(2);
    expect(recorder.sent.map((each) => [each.path, each.status, each.authorization === `Bearer ${link.key}`, each.answer.channel, each.answer.event])).to.deep.equal([
      [`/v1/ladders/${ladder}/ratings`, 201, true, 'event', 'Pizza and Opinions'],
      [`/v1/ladders/${ladder}/ratings`, 201, true, 'event', 'Pizza and Opinions'],
    ]);
    expect(one.participant).to.match(/^[0-9a-f-]{36}$/);
    expect(two.participant).to.not.equal(one.participant);
    expect(traces(ladder, [one.participant, two.participant])).to.deep.equal([]);
    // Read by staff: two people (the second did not replace the first), the first one's comment.
    const summary = await summaryOf(ladder);
    expect([summary.total, summary.byRole['lived-experience']?.count, summary.byRole.staff?.count]).to.deep.equal([2, 1, 1]);
    const comments = (await api<{ items: Array<{ role: string; comment: string }> }>('GET', `/v1/ladders/${ladder}/comments`, undefined, staffToken())).json.items;
    expect(comments.map(({ role, comment }) => [role, comment])).to.deep.equal([['lived-experience', 'Person one: they listen but nothing changes']]);
    // The device's own participant id (a reader's ladder on another page) was never used.
    expect(recorder.sent.some((each) => each.participant === participantId(testEndpoint()))).to.equal(false);
  });

  it('the idle countdown shows after a quiet spell, “I need more time” keeps the choices, and at zero the screen starts clean', async () => {
    const ladder = freshId('ladder-kiosk');
    const element = await openKiosk(ladder, { idle: 2 });
    // Nobody has used it: no countdown, however long it stays quiet.
    await new Promise((resolve) => setTimeout(resolve, 2600));
    expect($(element, '[part="kiosk-countdown"]') === null).to.equal(true);

    $<HTMLInputElement>(element, '#role-lived-experience')!.click();
    await until(() => $(element, '[part="kiosk-countdown"]'), 'the countdown', 6000);
    expect(text($(element, '[part="kiosk-countdown"]'))).to.match(/Are you still there\?.*cleared for the next person in [12] seconds?/);
    await expectAccessible(element);
    const more = button(element, 'I need more time')!;
    expect(more.getBoundingClientRect().height).to.be.at.least(44);
    more.click();
    await until(() => !$(element, '[part="kiosk-countdown"]'), 'the countdown gone');
    expect(checked(element)).to.deep.equal(['role-lived-experience']);

    // Quiet again: the countdown comes back and runs out.
    await until(() => $(element, '[part="kiosk-countdown"]'), 'the countdown again', 6000);
    await until(() => !$(element, '[part="kiosk-countdown"]'), 'the countdown to run out', 6000);
    await until(() => checked(element).length === 0, 'the choices cleared');
    expect(focusedId(element)).to.equal('kiosk-start');
    expect(statusSays(element, 'ready for the next person')).to.equal(true);
    expect(traces(ladder, [])).to.deep.equal([]);
  });

  it('a revoked kiosk link: the rating is refused, the choices stay, and the tablet says to ask staff for a new link', async () => {
    const ladder = freshId('ladder-kiosk');
    const link = await kioskLink(ladder, 'Evening fair');
    const element = await openKiosk(ladder, { key: link.key });
    expect((await api('DELETE', `/v1/ladders/${ladder}/kiosk-links/${link.id}`, undefined, staffToken())).status).to.equal(200);
    await rateWith(element, { role: 'lived-experience', now: 'informing' });
    await until(() => $(element, '[part="kiosk-expired"]'), 'the expired-link notice');
    expect(text($(element, '[part="kiosk-expired"]'))).to.contain('ask a member of staff for a new kiosk link');
    expect($(element, '[part="kiosk-thanks"]') === null).to.equal(true);
    await until(() => checked(element).join() === 'role-lived-experience,now-informing', 'the choices back in the form');
    expect((await summaryOf(ladder)).total).to.equal(0);
    await expectAccessible(element);
  });
});
