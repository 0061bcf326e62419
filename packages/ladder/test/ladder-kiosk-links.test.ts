/**
 * Issue 20: staff make kiosk links for a ladder from the ladder itself (`<copro-ladder staff>`,
 * moderators and above), against the real server: the same panel as the board's (core), making
 * links for this ladder. Keyboard only; the address is shown once; revoking stops the key at once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@copro/ladder/define';
import type { CoproLadder } from '@copro/ladder';
import { newId, staffSessionFor } from '@copro/core';
import { api, expectAccessible, freshId, isWebKit, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, loaded, text } from './support.ts';

const focused = (element: CoproLadder) => element.shadowRoot!.activeElement;
const focusedId = (element: CoproLadder) => focused(element)?.id ?? '';
const statusSays = (element: CoproLadder, words: string) => $$(element, '[role="status"]').some((region) => region.textContent!.includes(words));

/** Types into the focused field (WebKit's WebDriver drops typed characters under load: there, an input event). */
async function typeText(element: CoproLadder, words: string) {
  const field = focused(element) as HTMLInputElement;
  if (!isWebKit) return sendKeys({ type: words });
  field.value = words;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function staffMember(role: 'moderator' | 'viewer'): Promise<string> {
  return (await api<{ token: string }>('POST', '/v1/staff', { name: `Ladder ${role} ${freshId('s')}`, role }, staffToken())).json.token;
}

async function mount(ladder: string) {
  const element = await fixture<CoproLadder>(html`<copro-ladder lang="en" endpoint=${testEndpoint()} ladder=${ladder} results-only staff></copro-ladder>`);
  await loaded(element);
  return element;
}

/** Moves focus forward with Tab until the control that reads `words` has it (a date field takes a Tab per part). */
async function tabToText(element: CoproLadder, words: string, limit = 8) {
  for (let press = 0; press < limit && text(focused(element)) !== words; press++) await sendKeys({ press: 'Tab' });
  expect(text(focused(element))).to.equal(words);
}

describe('<copro-ladder staff>: kiosk links for events', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('a moderator makes a link for an event with the keyboard, sees its address once, copies it, and stops it', async () => {
    const ladder = freshId('ladder-links');
    await staffSessionFor(testEndpoint()).signIn(await staffMember('moderator'));
    const element = await mount(ladder);
    const open = (await until(() => $<HTMLButtonElement>(element, '#kiosk-toggle'), 'the kiosk links button'))!;
    expect(text(open)).to.equal('Kiosk links for events');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    expect(open.closest('[part~="kiosk-links"]') !== null).to.equal(true);
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(element) === 'kiosk-event', 'focus on the event name');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    await until(() => text($(element, '#kiosk-section')).includes('This ladder has no kiosk links.'), 'the empty list');
    expect(text($(element, '#kiosk-section'))).to.contain('each rating is stored as given at the event');
    await expectAccessible(element);

    // The form's controls in order; no name: the GOV.UK error at the field, focus on it.
    await tabToText(element, 'Make a kiosk link');
    await sendKeys({ press: 'Enter' });
    await until(() => $(element, '#kiosk-event-error'), 'the error');
    expect(text($(element, '#kiosk-event-error'))).to.equal('Error: Enter the name of the event');
    expect($(element, '#kiosk-event')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#kiosk-event')!.getAttribute('aria-describedby')).to.equal('kiosk-event-hint kiosk-event-error');
    await until(() => focusedId(element) === 'kiosk-event', 'focus back on the event name');

    await typeText(element, 'Spring fair');
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(element) === 'kiosk-url', 'focus on the new link');
    expect(statusSays(element, 'Kiosk link made for Spring fair.')).to.equal(true);
    const address = $<HTMLInputElement>(element, '#kiosk-url')!.value;
    const url = new URL(address);
    expect(url.pathname).to.match(new RegExp(`/kiosk/ladders/${ladder}$`));
    const key = decodeURIComponent(url.hash.replace('#copro-key=', ''));
    expect(key).to.match(/^copro_kiosk_/);
    expect($(element, '#kiosk-event')!.getAttribute('aria-invalid') === 'true').to.equal(false);
    await until(() => text($(element, '#kiosk-section ul')).includes('Spring fair'), 'the link listed');
    // The list never shows the address or the key.
    expect(text($(element, '#kiosk-section ul')).includes(key)).to.equal(false);
    await expectAccessible(element);

    // Copy: the clipboard gets the address (recorded, not the system's clipboard).
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    clipboard.writeText = async (words: string) => void copied.push(words);
    try {
      await sendKeys({ press: 'Tab' });
      expect(text(focused(element))).to.equal('Copy the link');
      await sendKeys({ press: 'Enter' });
      await until(() => statusSays(element, 'The link is copied.'), 'the copy confirmed');
    } finally {
      clipboard.writeText = writeText;
    }
    expect(copied).to.deep.equal([address]);

    // The link works for this ladder's ratings, stored as given at the Spring fair.
    const rating = await api<{ channel: string; event: string }>('POST', `/v1/ladders/${ladder}/ratings`, { id: newId(), participant: newId(), role: 'lived-experience', now: 'informing' }, key);
    expect([rating.status, rating.json.channel, rating.json.event]).to.deep.equal([201, 'event', 'Spring fair']);

    // Stop it with the keyboard: gone from the list, the address no longer shown, the key refused.
    const stop = $$<HTMLButtonElement>(element, '#kiosk-section li button').find((each) => text(each) === 'Stop this link: Spring fair')!;
    stop.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text($(element, '#kiosk-section')).includes('This ladder has no kiosk links.'), 'the link gone');
    expect(statusSays(element, 'The kiosk link for Spring fair is stopped.')).to.equal(true);
    expect($(element, '#kiosk-url') === null).to.equal(true);
    const refused = await api('POST', `/v1/ladders/${ladder}/ratings`, { id: newId(), participant: newId(), role: 'staff', now: 'informing' }, key);
    expect(refused.status).to.equal(401);
    await expectAccessible(element);
  });

  it('a link’s address and the list are forgotten on sign-out, for the next moderator, and when the ladder changes', async () => {
    const ladder = freshId('ladder-links');
    const session = staffSessionFor(testEndpoint());
    await session.signIn(await staffMember('moderator'));
    const element = await mount(ladder);
    const open = async () => {
      (await until(() => $<HTMLButtonElement>(element, '#kiosk-toggle'), 'the kiosk links button'))!.click();
      await until(() => $(element, '#kiosk-event'), 'the panel open');
    };
    const make = async (event: string) => {
      const field = $<HTMLInputElement>(element, '#kiosk-event')!;
      field.value = event;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      $<HTMLButtonElement>(element, '#kiosk-section button[type="submit"]')!.click();
      await until(() => $(element, '#kiosk-url'), 'the new link');
      await until(() => text($(element, '#kiosk-section ul')).includes(event), 'the link listed');
    };
    await open();
    await make('Spring fair');

    // Signed out, then the next moderator signs in on the same page: no address, no list, panel closed.
    session.signOut();
    await until(() => $(element, '#kiosk-toggle') === null, 'the panel gone once signed out');
    await session.signIn(await staffMember('moderator'));
    await until(() => $(element, '#kiosk-toggle'), 'the panel back for the next moderator');
    expect($(element, '#kiosk-toggle')!.getAttribute('aria-expanded')).to.equal('false');
    await open();
    await until(() => text($(element, '#kiosk-section ul')).includes('Spring fair'), 'the list read again');
    expect($(element, '#kiosk-url') === null).to.equal(true);
    expect(text($(element, '#kiosk-section')).includes('copro_kiosk_')).to.equal(false);

    // Another ladder: the last ladder's address and list are not shown for it.
    await make('Summer fete');
    element.ladder = freshId('ladder-links-other');
    await until(() => $(element, '#kiosk-url') === null, 'the address gone with the ladder');
    expect(text($(element, '[part~="kiosk-links"]')).includes('Summer fete')).to.equal(false);
  });

  it('a viewer does not see the kiosk links', async () => {
    const ladder = freshId('ladder-links');
    await staffSessionFor(testEndpoint()).signIn(await staffMember('viewer'));
    const element = await mount(ladder);
    await until(() => $$(element, 'ol.comments, section[part="comments"] p').length > 0, 'the staff parts');
    await until(() => staffSessionFor(testEndpoint()).identity?.role === 'viewer', 'the role known');
    await element.updateComplete;
    expect($(element, '#kiosk-toggle') === null).to.equal(true);
    expect($(element, '[part~="kiosk-links"]') === null).to.equal(true);
  });
});
