/**
 * Issue 15: the server withholds a role with fewer than `minAnswersToShow` answers from the public
 * and shows staff everything, but `<copro-ladder staff>` read the results with no token, so staff
 * on /admin saw "withheld" too. Signed in, the staff view reads them with the page's one staff
 * session, says which groups the public cannot see yet, and reads again on sign-in and sign-out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@copro/ladder/define';
import type { CoproLadder } from '@copro/ladder';
import { newId, staffSessionFor } from '@copro/core';
import { api, expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, loaded, resultsShown, text } from './support.ts';

const rate = (ladder: string, role: string, now: string) => api('POST', `/v1/ladders/${ladder}/ratings`, { id: newId(), participant: newId(), role, now, aim: 'co-production' });

/** One staff answer and five from people who use the service: the public sees only the staff count. */
async function ladderWithOneStaffAnswer(): Promise<string> {
  const ladder = freshId('ladder-staff');
  await rate(ladder, 'staff', 'informing');
  for (let n = 0; n < 5; n++) await rate(ladder, 'lived-experience', 'consultation');
  return ladder;
}

const PUBLIC_WITHHELD = 'Staff: 1 answer so far. A group’s results show once enough people in it have answered, so that no one’s answer can be picked out.';
const nowColumns = (element: CoproLadder) => $$(element, 'section[aria-labelledby="now-results-heading"] thead th').map(text);
const medians = (element: CoproLadder) => $$(element, 'section[aria-labelledby="now-results-heading"] .medians li').map(text);

describe('<copro-ladder staff>: results as staff see them', () => {
  // Firefox and WebKit reuse one tab for every test file: start signed out whatever another file kept.
  beforeEach(() => staffSessionFor(testEndpoint()).signOut());
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('signed in, staff see the groups withheld from the public, with a note; signing out and in again reads them again', async () => {
    const ladder = await ladderWithOneStaffAnswer();
    const session = staffSessionFor(testEndpoint());
    await session.signIn(staffToken());
    const element = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} results-only staff></copro-ladder>`);
    await loaded(element);
    await resultsShown(element);

    const note = (await until(() => $(element, '.hidden-from-public'), 'the note on groups hidden from the public'))!;
    expect(text(note.querySelector('p'))).to.equal('Hidden from the public until a group has 5 answers. You see them because you are signed in as staff:');
    expect([...note.querySelectorAll('li')].map(text)).to.deep.equal(['Staff: 1 answer so far']);
    expect($(element, '.withheld'), 'not the public wording').to.equal(null);
    expect(nowColumns(element)).to.deep.equal(['Rung', 'People who use the service', 'Staff']);
    expect(medians(element)).to.include('Staff: Informing (1 answer)');
    expect(text($(element, '.gap'))).to.not.contain('Not enough staff');
    await expectAccessible(element);

    // Signed out (here, or on any other staff element of the page): the results read again, as the public sees them.
    session.signOut();
    await until(() => $$(element, '.withheld li').map(text).includes(PUBLIC_WITHHELD), 'the public results after signing out');
    expect($(element, '.hidden-from-public')).to.equal(null);
    expect(nowColumns(element)).to.deep.equal(['Rung', 'People who use the service']);

    await session.signIn(staffToken());
    await until(() => $(element, '.hidden-from-public'), 'the staff results after signing in again');
    expect(nowColumns(element)).to.deep.equal(['Rung', 'People who use the service', 'Staff']);
  });

  it('a ladder without `staff` stays public on a page where staff are signed in', async () => {
    const ladder = await ladderWithOneStaffAnswer();
    await staffSessionFor(testEndpoint()).signIn(staffToken());
    const reader = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} results-only></copro-ladder>`);
    await resultsShown(reader);
    expect($$(reader, '.withheld li').map(text)).to.deep.equal([PUBLIC_WITHHELD]);
    expect($(reader, '.hidden-from-public')).to.equal(null);
  });

  it('signed out, the staff view shows the public results and the sign-in form', async () => {
    const ladder = await ladderWithOneStaffAnswer();
    const element = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} results-only staff></copro-ladder>`);
    await resultsShown(element);
    await until(() => $(element, 'section[part="comments"] form'), 'the sign-in form');
    expect($$(element, '.withheld li').map(text)).to.deep.equal([PUBLIC_WITHHELD]);
    expect($(element, '.hidden-from-public')).to.equal(null);
  });
});
