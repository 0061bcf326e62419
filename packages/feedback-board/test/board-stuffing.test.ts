import { expect } from '@open-wc/testing';
import { newId, staffSessionFor } from '@copro/core';
import { api, expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, makeBoard, postItem, seedPost } from './helpers.ts';

/** Support stuffing (issue 13, finding 5): staff are told when supports come mostly from one address, and that counts are indicative. */
describe('<copro-feedback-board mode="moderate"> support counts', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('flags a post whose supports came mostly from one address, and says counts are indicative, not votes', async () => {
    const board = freshId('fb');
    const stuffed = await seedPost(board, 'Supported from one place');
    await seedPost(board, 'Supported twice');
    // Every request from this test page comes from one address (loopback).
    for (let i = 0; i < 5; i++) expect((await api('PUT', `/v1/boards/${board}/posts/${stuffed.id}/supports/${newId()}`)).status).to.equal(200);
    const staff = await makeBoard(board, { mode: 'moderate' });
    $<HTMLInputElement>(staff, '#token')!.value = staffToken();
    $<HTMLButtonElement>(staff, 'section[part="sign-in"] button[type="submit"]')!.click();
    await until(() => $(staff, '#staff-view'), 'the staff toolbar');
    const view = $<HTMLSelectElement>(staff, '#staff-view')!;
    view.value = 'all';
    view.dispatchEvent(new Event('change'));
    await until(() => postItem(staff, 'Supported from one place') && postItem(staff, 'Supported twice'), 'both posts');
    const flagged = postItem(staff, 'Supported from one place')!;
    await until(() => flagged.querySelector('[part~="one-address"]'), 'the flag');
    expect(flagged.textContent).to.contain('5 people support this');
    expect(flagged.querySelector('[part~="one-address"]')!.textContent).to.contain('Most of these supports came from one internet address on one day.');
    expect(Boolean(postItem(staff, 'Supported twice')!.querySelector('[part~="one-address"]'))).to.equal(false);
    expect($(staff, '.indicative')!.textContent).to.contain('Support counts are indicative, not votes');
    await expectAccessible(staff);
  });
});
