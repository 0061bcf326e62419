/**
 * Issue 15: ladder comments were stored but no one could read them. Staff see them, newest first,
 * with the rating each came with, and can download them, through the page's one staff sign-in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@copro/ladder/define';
import type { CoproLadder } from '@copro/ladder';
import { newId, staffSessionFor } from '@copro/core';
import { api, expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, loaded, text } from './support.ts';

const rate = (ladder: string, role: string, now: string, aim: string | undefined, comment?: string) =>
  api('POST', `/v1/ladders/${ladder}/ratings`, { id: newId(), participant: newId(), role, now, ...(aim ? { aim } : {}), ...(comment ? { comment } : {}) });

describe('<copro-ladder staff>: comments left with ratings', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('asks for the staff token, then lists the comments newest first with their ratings, and offers the CSV', async () => {
    const ladder = freshId('ladder-comments');
    await rate(ladder, 'staff', 'engagement', 'co-production', 'We decided before we asked');
    await rate(ladder, 'lived-experience', 'informing', undefined);
    await rate(ladder, 'lived-experience', 'consultation', 'co-design', 'Nobody told us what happened next');
    const element = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} results-only staff></copro-ladder>`);
    await loaded(element);
    const form = await until(() => $(element, 'section[part="comments"] form'), 'the comments sign-in');
    expect(text(form)).to.contain('Only staff can read the comments');
    await expectAccessible(element);

    $<HTMLInputElement>(element, '#comments-token')!.value = staffToken();
    $<HTMLButtonElement>(element, 'section[part="comments"] button[type="submit"]')!.click();
    await until(() => $$(element, 'ol.comments li').length === 2, 'the comments');
    const items = $$(element, 'ol.comments li').map(text);
    expect(items[0]).to.contain('Nobody told us what happened next');
    expect(items[0]).to.contain('People who use the service: put it at Consultation. Wants it at Co-design.');
    expect(items[1]).to.contain('We decided before we asked');
    expect(items[1]).to.contain('Staff: put it at Engagement. Wants it at Co-production.');
    expect(text($(element, '#comments-count'))).to.equal('Showing all 2 comments, newest first.');
    expect($$<HTMLButtonElement>(element, 'section[part="comments"] button').map(text)).to.include('Download all comments (CSV)');
    expect(element.shadowRoot!.activeElement?.id).to.equal('comments-heading');
    await expectAccessible(element);
  });

  it('says how a comment staff typed up reached them: a paper form, or the event by name', async () => {
    const ladder = freshId('ladder-comments-channel');
    const typedUp = (channel: string, comment: string, event?: string) =>
      api('POST', `/v1/ladders/${ladder}/ratings`, { id: newId(), participant: newId(), role: 'lived-experience', now: 'informing', comment, channel, ...(event ? { event } : {}) }, staffToken());
    expect((await typedUp('paper', 'Written on the form')).status).to.equal(201);
    expect((await typedUp('event', 'Said at the stall', 'Pizza night')).status).to.equal(201);
    await rate(ladder, 'staff', 'engagement', undefined, 'Typed in the element');
    await staffSessionFor(testEndpoint()).signIn(staffToken());
    const element = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} results-only staff></copro-ladder>`);
    await loaded(element);
    await until(() => $$(element, 'ol.comments li').length === 3, 'the comments');
    const [online, event, paper] = $$(element, 'ol.comments li').map(text);
    expect(online).to.contain('Typed in the element');
    expect(online).not.to.match(/From a|Said at|Passed on/);
    expect(event).to.contain('Said at an event: Pizza night');
    expect(paper).to.contain('From a paper form');
    await expectAccessible(element);
  });

  it('a sign-in elsewhere on the page (the board’s) is enough; without `staff` no comments are shown', async () => {
    const ladder = freshId('ladder-comments');
    await rate(ladder, 'staff', 'engagement', undefined, 'Only staff may read this');
    await staffSessionFor(testEndpoint()).signIn(staffToken());
    const staff = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} results-only staff></copro-ladder>`);
    await until(() => $$(staff, 'ol.comments li').length === 1, 'the comments, with no second sign-in');
    const reader = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} results-only></copro-ladder>`);
    await loaded(reader);
    expect($(reader, 'section[part="comments"]')).to.equal(null);
  });
});
