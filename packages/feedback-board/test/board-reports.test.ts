/**
 * Issue 15: residents report a post (a reason from a short list, no account); reports reach the
 * staff's moderation queue; moderators see posts flagged for personal details and redact them.
 * Against the real test server.
 */
import { expect } from '@open-wc/testing';
import { newId, staffSessionFor } from '@copro/core';
import { PostPage } from '@copro/protocol';
import { api, expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, configure, makeBoard, postBodies, postItem, seedPost, stored, submit, visibleText } from './helpers.ts';
import type { CoproFeedbackBoard } from '../src/index.ts';

const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((each) => visibleText(each) === text) as HTMLButtonElement | undefined;
const focusedId = (element: CoproFeedbackBoard) => element.shadowRoot!.activeElement?.id ?? '';
const reports = async (board: string) => ((await api('GET', `/v1/boards/${board}/reports`, undefined, staffToken())).json as { items: { post: { id: string }; count: number; reasons: { reason: string; count: number }[] }[] }).items;
const report = (board: string, post: string, reason = 'offensive') => api('POST', `/v1/boards/${board}/posts/${post}/reports`, { id: newId(), reason });

async function signIn(element: CoproFeedbackBoard) {
  await until(() => $(element, '#token'), 'the sign-in form');
  $<HTMLInputElement>(element, '#token')!.value = staffToken();
  $<HTMLButtonElement>(element, 'section[part="sign-in"] button[type="submit"]')!.click();
  await until(() => $(element, '#staff-view'), 'the staff toolbar');
}

describe('<copro-feedback-board>: report a post', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('a reader reports a post with a reason from a short list; the thanks takes focus; staff see the report', async () => {
    const board = freshId('fb-report');
    const post = await seedPost(board, 'Everyone at the youth club is an idiot');
    const reader = await makeBoard(board);
    await until(() => postItem(reader, 'Everyone at the youth club is an idiot'), 'the post');
    const item = postItem(reader, 'Everyone at the youth club is an idiot')!;
    const open = button(item, 'Report this post')!;
    expect(open, 'a "Report this post" button').to.exist;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.click();
    await until(() => item.querySelector('form.report-form'), 'the report form');
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const legend = item.querySelector('legend')!;
    expect(legend.textContent).to.contain('Why are you reporting this post?');
    const radios = [...item.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal(['offensive', 'personal-details', 'spam', 'off-topic']);
    await expectAccessible(reader);

    button(item, 'Send report')!.click();
    await until(() => item.querySelector('.report-form .error'), 'the error');
    expect(item.querySelector('.report-form .error')!.textContent).to.contain('Choose why you are reporting this post');
    expect(focusedId(reader)).to.equal(`reason-${post.id}-offensive`);

    radios[0].click();
    await reader.updateComplete;
    button(item, 'Send report')!.click();
    await until(() => focusedId(reader) === `reported-${post.id}`, 'focus on the thanks');
    expect($(reader, `#reported-${CSS.escape(post.id)}`)!.textContent).to.contain('a moderator will look at it');
    expect(button(item, 'Report this post'), 'reported once').to.equal(undefined);
    const open2 = await reports(board);
    expect(open2.map((each) => [each.post.id, each.count])).to.deep.equal([[post.id, 1]]);
    expect(open2[0].reasons).to.deep.equal([{ reason: 'offensive', count: 1 }]);
  });

  it('offers no report on the reader’s own post', async () => {
    const board = freshId('fb-report');
    const reader = await makeBoard(board);
    await submit(reader, 'My own idea');
    await until(() => postItem(reader, 'My own idea')?.textContent?.includes('Your post'), 'my post');
    expect(button(postItem(reader, 'My own idea')!, 'Report this post')).to.equal(undefined);
  });

  it('in Welsh', async () => {
    const board = freshId('fb-report');
    await seedPost(board, 'Syniad');
    const reader = await makeBoard(board, { lang: 'cy' });
    await until(() => postItem(reader, 'Syniad'), 'the post');
    expect(button(postItem(reader, 'Syniad')!, 'Rhoi gwybod am y neges hon')).to.exist;
  });
});

describe('<copro-feedback-board mode="moderate">: reports and personal details', () => {
  afterEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('reports reach the moderation queue: reported posts are listed with their reasons; a decision clears them', async () => {
    const board = freshId('fb-queue');
    await configure(board, { reportsToHide: 2 });
    const hiddenForReview = await seedPost(board, 'Rude words about someone');
    const stillVisible = await seedPost(board, 'Buy cheap trainers at my shop');
    await report(board, hiddenForReview.id, 'offensive');
    await report(board, hiddenForReview.id, 'personal-details');
    await report(board, stillVisible.id, 'spam');
    const staff = await makeBoard(board, { mode: 'moderate' });
    await signIn(staff);

    await until(() => postBodies(staff).includes('Rude words about someone'), 'the hidden-for-review post in the queue');
    const queued = postItem(staff, 'Rude words about someone')!;
    await until(() => queued.querySelector('.reports'), 'its reports');
    expect(visibleText(queued.querySelector('.reports')!)).to.contain('Reported 2 times');
    expect(visibleText(queued.querySelector('.reports')!)).to.contain('It is rude, hateful or offensive (1)');

    const section = (await until(() => $(staff, 'section[part="reported"]'), 'the reported posts section'))!;
    expect(visibleText(section)).to.contain('Buy cheap trainers at my shop');
    expect(visibleText(section)).to.contain('It is spam or advertising (1)');
    await expectAccessible(staff);

    button(section.querySelector(`#reported-item-${CSS.escape(stillVisible.id)}`)!, 'Keep it visible')!.click();
    await until(async () => (await reports(board)).length === 1, 'the kept post’s reports dealt with');
    await until(() => !visibleText($(staff, 'section[part="reported"]') ?? staff).includes('Buy cheap trainers'), 'the section updated');
    expect((await stored(board)).find((each) => each.id === stillVisible.id)!.visibility).to.equal('visible');
  });

  it('flags a post with an email address or phone number and lets a moderator redact it before showing it', async () => {
    const board = freshId('fb-redact');
    await configure(board, { moderation: 'before' });
    const post = await seedPost(board, 'Fix the swings. Email me at jo.bloggs@example.org');
    await seedPost(board, 'A fair point');
    const staff = await makeBoard(board, { mode: 'moderate' });
    await signIn(staff);
    const item = (await until(() => postItem(staff, 'Fix the swings. Email me at jo.bloggs@example.org'), 'the queued post'))!;
    expect(visibleText(item)).to.contain('This post seems to include an email address');
    expect(visibleText(postItem(staff, 'A fair point')!)).to.not.contain('seems to include');

    button(item, 'Remove personal details')!.click();
    const textarea = (await until(() => item.querySelector<HTMLTextAreaElement>(`#redact-text-${CSS.escape(post.id)}`), 'the redaction form'))!;
    expect(textarea.value).to.equal('Fix the swings.');
    expect(focusedId(staff)).to.equal(`redact-text-${post.id}`);
    await expectAccessible(staff);
    button(item, 'Save the changed post')!.click();
    await until(() => postBodies(staff).includes('Fix the swings.'), 'the redacted post');
    expect((await stored(board)).find((each) => each.id === post.id)!.body).to.equal('Fix the swings.');
    const audit = (await api('GET', `/v1/audit?action=post.redact&target=board:${board}`, undefined, staffToken())).json as { items: unknown[] };
    expect(audit.items.length).to.equal(1);
    expect(JSON.stringify(audit)).to.not.contain('jo.bloggs');
    const redacted = postItem(staff, 'Fix the swings.')!;
    expect(visibleText(redacted)).to.not.contain('seems to include');
    button(redacted, 'Make visible')!.click();
    await until(async () => PostPage.parse((await api('GET', `/v1/boards/${board}/posts`)).json).items.some((each) => each.body === 'Fix the swings.'), 'shown to everyone');
    expect($$(staff, 'textarea').length).to.equal(0);
  });
});
