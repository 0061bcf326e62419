/**
 * Issue 20: ratings entered on someone's behalf in <copro-ladder staff> (moderators and above),
 * against the real server: keyboard only, each rating stored with its channel (and the event's
 * name), the form staying open for the next one and confirming each; errors in the GOV.UK pattern.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@copro/ladder/define';
import type { CoproLadder } from '@copro/ladder';
import { staffSessionFor } from '@copro/core';
import { api, expectAccessible, flakyEndpoint, freshId, isWebKit, serverFails, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, loaded, summaryOf, text } from './support.ts';

const focused = (element: CoproLadder) => element.shadowRoot!.activeElement;
const focusedId = (element: CoproLadder) => focused(element)?.id ?? '';
type Audit = { items: Array<{ action: string; target: string; changes: { channel?: string; event?: string } }> };

/**
 * Types into the focused field. WebKit's WebDriver drops and reorders typed characters under load
 * (see the board's quick-entry test), so there the words go in as an input event; keys stay keys.
 */
async function typeText(element: CoproLadder, words: string) {
  const field = focused(element) as HTMLInputElement | HTMLTextAreaElement;
  if (!isWebKit) return sendKeys({ type: words });
  field.value = words;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function moderator(): Promise<string> {
  return (await api<{ token: string }>('POST', '/v1/staff', { name: `Ladder Moderator ${freshId('m')}`, role: 'moderator' }, staffToken())).json.token;
}

async function mount(ladder: string, endpoint = testEndpoint()) {
  const element = await fixture<CoproLadder>(html`<copro-ladder lang="en" endpoint=${endpoint} ladder=${ladder} results-only staff></copro-ladder>`);
  await loaded(element);
  return element;
}

describe('<copro-ladder staff>: ratings on someone’s behalf', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('a moderator enters two ratings in a row with the keyboard: each stored with its channel, confirmed, the form kept open', async () => {
    const ladder = freshId('ladder-entry');
    await staffSessionFor(testEndpoint()).signIn(await moderator());
    const element = await mount(ladder);
    const open = (await until(() => $<HTMLButtonElement>(element, '#rate-toggle'), 'the entry button'))!;
    expect(text(open)).to.equal('Enter ratings on someone’s behalf');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(element) === 'rate-channel-paper', 'focus on the channel, paper first');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(element);

    // Nothing chosen: the GOV.UK error summary (focused, linking to each question) and the message at each question.
    await sendKeys({ press: 'Tab' }); // who
    await sendKeys({ press: 'Tab' }); // now
    await sendKeys({ press: 'Tab' }); // aim ("They did not say", checked)
    await sendKeys({ press: 'Tab' }); // comment
    await sendKeys({ press: 'Tab' }); // Add
    expect(text(focused(element))).to.equal('Add');
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(element) === 'rate-error-summary', 'focus on the error summary');
    expect($$(element, '#rate-error-summary a').map(text)).to.deep.equal(['Choose who gave this rating', 'Choose where they put the project now']);
    expect(text($(element, '#rate-role-error'))).to.equal('Error: Choose who gave this rating');
    expect($(element, '#rate-role-group')!.getAttribute('aria-describedby')).to.equal('rate-role-error');
    expect(text($(element, '#rate-now-error'))).to.equal('Error: Choose where they put the project now');
    await expectAccessible(element);
    expect((await summaryOf(ladder)).total).to.equal(0);

    // The summary's first link takes focus to the question; choose with Space and arrows; type a comment; Add.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(element) === 'rate-role-lived-experience', 'focus on the first answer to who');
    await sendKeys({ press: ' ' }); // People who use the service
    await sendKeys({ press: 'Tab' });
    expect(focusedId(element)).to.equal('rate-now-co-production');
    await sendKeys({ press: 'ArrowDown' }); // Co-design
    await sendKeys({ press: 'ArrowDown' }); // Engagement
    await sendKeys({ press: 'ArrowDown' }); // Consultation
    await sendKeys({ press: 'Tab' });
    expect(focusedId(element)).to.equal('rate-aim-none');
    await sendKeys({ press: 'ArrowUp' }); // the rung above "They did not say": the bottom one, Coercion
    expect(focusedId(element)).to.equal('rate-aim-coercion');
    await sendKeys({ press: 'Tab' });
    await typeText(element, 'They asked us after it was all decided');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => text($(element, '#rate-confirm')) === 'Added: from a paper form. 1 added so far.', 'the first confirmation');
    await until(() => focusedId(element) === 'rate-role-lived-experience', 'focus back on the first question');
    expect($(element, '#rate-error-summary')).to.equal(null);
    expect($$<HTMLInputElement>(element, '#rate-role-group input, #rate-now-group input').some((input) => input.checked), 'the rating cleared').to.equal(false);
    expect($<HTMLInputElement>(element, '#rate-aim-none')!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(element, '#rate-comment')!.value).to.equal('');
    expect($<HTMLInputElement>(element, '#rate-channel-paper')!.checked, 'the channel kept').to.equal(true);
    expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('Added: from a paper form. 1 added so far.');

    // The second, from an event: the channel by arrows, the event's name, then the rating.
    $<HTMLInputElement>(element, '#rate-channel-paper')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => $(element, '#rate-event'), 'the event’s name field');
    await sendKeys({ press: 'Tab' });
    expect(focusedId(element)).to.equal('rate-event');
    await typeText(element, 'Pizza and Opinions, 4 December');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // Staff
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // Co-production
    await sendKeys({ press: 'Tab' }); // aim
    await sendKeys({ press: 'Tab' }); // comment
    await sendKeys({ press: 'Tab' }); // Add
    await sendKeys({ press: 'Enter' });
    await until(() => text($(element, '#rate-confirm')) === 'Added: given at an event. 2 added so far.', 'the second confirmation');
    expect($<HTMLInputElement>(element, '#rate-event')!.value, 'the event kept for the next one').to.equal('Pizza and Opinions, 4 December');
    await expectAccessible(element);

    // Stored as two ratings of two people, each with its channel; the results shown follow.
    const summary = await summaryOf(ladder);
    expect(summary.total).to.equal(2);
    expect(summary.byRole['lived-experience'].count).to.equal(1);
    expect(summary.byRole.staff.count).to.equal(1);
    const audit = (await api<Audit>('GET', `/v1/audit?action=rating.assisted&target=${encodeURIComponent(`ladder:${ladder}`)}`, undefined, staffToken())).json;
    expect(audit.items.map((item) => item.changes).reverse()).to.deep.equal([{ channel: 'paper' }, { channel: 'event', event: 'Pizza and Opinions, 4 December' }]);
    const comments = (await api<{ items: Array<{ role: string; now: string; aim: string | null; comment: string }> }>('GET', `/v1/ladders/${ladder}/comments`, undefined, staffToken())).json.items;
    expect(comments.map(({ role, now, aim, comment }) => ({ role, now, aim, comment }))).to.deep.equal([{ role: 'lived-experience', now: 'consultation', aim: 'coercion', comment: 'They asked us after it was all decided' }]);
    await until(() => text($(element, '.results .total')) === '2 people have answered so far.', 'the results read again after each entry');
  });

  it('a refused send keeps the rating to send again, stored once; a viewer gets no entry form', async () => {
    const ladder = freshId('ladder-entry');
    const endpoint = flakyEndpoint();
    await staffSessionFor(endpoint).signIn(await moderator());
    const element = await mount(ladder, endpoint);
    (await until(() => $<HTMLButtonElement>(element, '#rate-toggle'), 'the entry button'))!.click();
    await until(() => $(element, '#rate-form'), 'the form');
    $<HTMLInputElement>(element, '#rate-role-partner')!.click();
    $<HTMLInputElement>(element, '#rate-now-informing')!.click();
    await element.updateComplete;
    await serverFails(1, 500, 'POST'); // the rating's send, not a read the results make meanwhile
    $<HTMLButtonElement>(element, '#rate-form button[type="submit"]')!.click();
    await until(() => focusedId(element) === 'rate-failure', 'focus on why it was not stored');
    expect($<HTMLInputElement>(element, '#rate-role-partner')!.checked, 'the rating kept').to.equal(true);
    $<HTMLButtonElement>(element, '#rate-form button[type="submit"]')!.click();
    await until(() => text($(element, '#rate-confirm')) === 'Added: from a paper form. 1 added so far.', 'stored on the second try');
    expect($(element, '#rate-failure')).to.equal(null);
    expect((await summaryOf(ladder)).total, 'once').to.equal(1);
    staffSessionFor(endpoint).signOut();

    const viewer = (await api<{ token: string }>('POST', '/v1/staff', { name: `Ladder Viewer ${freshId('v')}`, role: 'viewer' }, staffToken())).json.token;
    await staffSessionFor(testEndpoint()).signIn(viewer);
    const read = await mount(ladder);
    await until(() => $$(read, 'ol.comments, .comments-sign-in, section[part="comments"] p').length > 0, 'the staff parts');
    await until(() => staffSessionFor(testEndpoint()).identity?.role === 'viewer', 'the role known');
    await read.updateComplete;
    expect($(read, '#rate-toggle')).to.equal(null);
  });
});
