import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@copro/plain-language/define';
import type { CoproClarityQuestion, CoproClarityReport, CoproPlainText } from '@copro/plain-language';
import { outboxFor, resolveEndpoint, staffSessionFor, type OutboxSettledDetail } from '@copro/core';
import { ClarityReport, limits } from '@copro/protocol';
import type { TemplateResult } from 'lit';
import { api, expectAccessible, flakyEndpoint, freshId, serverDown, serverDropsAnswers, serverUp, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { inShadow, mount, text } from './support.ts';

async function reportFor(page: string) {
  const { status, json } = await api('GET', `/v1/clarity?page=${encodeURIComponent(page)}`, undefined, staffToken());
  expect(status).to.equal(200);
  return ClarityReport.parse(json);
}

async function questionIn(host: Element | ShadowRoot): Promise<CoproClarityQuestion> {
  await customElements.whenDefined('copro-clarity-question');
  const question = (await until(() => host.querySelector<CoproClarityQuestion>('copro-clarity-question'), 'the question'))!;
  await question.updateComplete;
  return question;
}

const buttonNamed = (question: Element, name: string) =>
  [...question.shadowRoot!.querySelectorAll('button')].find((button) => text(button) === name)!;

/** A block asking on the flaky endpoint, as a freshly loaded page shows it. */
async function flakyBlock(page: string, block: string) {
  const root = await mount<HTMLDivElement>(html`<div>
    <copro-plain-text block=${block} endpoint=${flakyEndpoint()} page=${page}><p slot="standard">Fees are reviewed annually.</p></copro-plain-text>
  </div>`);
  return { root, question: await questionIn(root.querySelector('copro-plain-text')!.shadowRoot!) };
}

/**
 * Leaves in the outbox, as an earlier page would have, an answer the service refuses when it is
 * finally sent (its comment is over the limit, which a page with the schema check cannot send
 * today), then "reloads": the page's outbox is closed, so the next one starts afresh from IndexedDB.
 */
async function keepRefusableAnswer(page: string, block: string): Promise<string> {
  const id = crypto.randomUUID();
  await serverDown();
  const body = { id, page, block, version: 'standard', clear: false, comment: 'x'.repeat(limits.comment + 1) };
  const kept = await outboxFor(flakyEndpoint()).send({ id, method: 'POST', path: '/v1/clarity', body, kind: 'clarity', meta: { page, block } });
  expect(kept.state).to.equal('queued');
  outboxFor(flakyEndpoint()).close();
  return id;
}

const REFUSED = 'Your answer was not sent. Some of what you entered could not be accepted. Check it and try again. It is still below: you can change it and send it again, or delete it.';

describe('"Was this clear?"', () => {
  afterEach(async () => {
    await serverUp();
  });

  it('asks under a block, by keyboard, and the answer reaches the server once', async () => {
    const page = `/${freshId('page')}`;
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-language endpoint=${testEndpoint()} page=${page}></copro-plain-language>
      <copro-plain-text block="fees"><p slot="standard">Charges are levied per session.</p><p slot="plain">You pay each time.</p></copro-plain-text>
      <copro-plain-text><p slot="standard">A block without an id does not ask.</p></copro-plain-text>
    </div>`);
    const [block, unnamed] = [...root.querySelectorAll<CoproPlainText>('copro-plain-text')];
    const question = await questionIn(block.shadowRoot!);
    await unnamed.updateComplete;
    expect(unnamed.shadowRoot!.querySelector('copro-clarity-question')).to.equal(null);
    expect(text(inShadow(question, '#label'))).to.equal('Was this clear?');
    const no = buttonNamed(question, 'No');
    expect(no.getAttribute('aria-pressed')).to.equal('false');
    await expectAccessible(root);

    // Pressing No saves the answer at once: nothing else to press (a trial lost two answers in three).
    const saving = oneEvent(root, 'copro-clarity-submitted');
    no.focus();
    await sendKeys({ press: ' ' });
    const first = (await saving).detail;
    expect(first.state).to.equal('sent');
    expect(first.clarity).to.include({ page, block: 'fees', clear: false, version: block.shownVersion, excerpt: 'Charges are levied per session.' });
    expect(first.clarity.comment).to.equal(undefined);
    await question.updateComplete;
    expect(no.getAttribute('aria-pressed')).to.equal('true');
    expect(buttonNamed(question, 'Yes').getAttribute('aria-pressed')).to.equal('false');
    expect(text(inShadow(question, '.saved'))).to.equal('Thank you, your answer is saved.');
    await until(() => text(inShadow(question, '[role=status]')) === 'Thank you, your answer is saved.', 'the answer to be announced');
    await outboxFor(testEndpoint()).flush({ force: true });
    expect((await reportFor(page)).blocks, 'saved without pressing anything else').to.deep.equal([
      { block: 'fees', excerpt: 'Charges are levied per session.', clear: 0, unclear: 1, comments: [] },
    ]);
    expect(text(inShadow(question, 'label'))).to.equal('What was hard to understand? (optional)');
    await expectAccessible(root);

    // The comment is an optional follow-up to the same answer.
    await sendKeys({ press: 'Tab' });
    expect(question.shadowRoot!.activeElement?.id).to.equal('comment');
    // One word without doubled letters: WebKit's WebDriver drops spaces and repeated letters when typing.
    await sendKeys({ type: 'Levied?' });
    await sendKeys({ press: 'Tab' });
    expect(text(question.shadowRoot!.activeElement)).to.equal('Send comment');
    const submitted = oneEvent(root, 'copro-clarity-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.state).to.equal('sent');
    expect(detail.clarity).to.include({ id: first.clarity.id, page, block: 'fees', clear: false, comment: 'Levied?' });
    await question.updateComplete;
    const thanks = inShadow(question, '.thanks');
    expect(text(thanks)).to.equal('Thank you. Your answer helps us make this page clearer.');
    // Compared as a boolean: a failed assertion holding an element cannot reach the test runner.
    expect(question.shadowRoot!.activeElement === thanks, 'focus moves to the thanks').to.equal(true);
    await expectAccessible(root);

    await outboxFor(testEndpoint()).flush({ force: true });
    const report = await reportFor(page);
    expect(report.blocks).to.have.length(1);
    expect(report.blocks[0], 'one answer, with its comment').to.include({ block: 'fees', clear: 0, unclear: 1 });
    expect(report.blocks[0].comments.map((comment) => comment.comment)).to.deep.equal(['Levied?']);

    // After a reload the question does not come back for that block; the browser keeps only the block's id.
    expect(JSON.parse(localStorage.getItem(`copro:clarity-answered:${page}`)!)).to.deep.equal(['fees']);
    root.parentElement!.remove();
    outboxFor(testEndpoint()).close();
    const again = await mount<HTMLDivElement>(html`<div>
      <copro-plain-language endpoint=${testEndpoint()} page=${page}></copro-plain-language>
      <copro-plain-text block="fees"><p slot="standard">Charges are levied per session.</p></copro-plain-text>
      <copro-plain-text block="costs"><p slot="standard">Costs are met by the fund.</p></copro-plain-text>
    </div>`);
    const [answered, other] = [...again.querySelectorAll<CoproPlainText>('copro-plain-text')];
    const hidden = await questionIn(answered.shadowRoot!);
    expect(hidden.hidden, 'the answered block does not ask again').to.equal(true);
    expect(hidden.shadowRoot!.querySelector('button')).to.equal(null);
    expect(hidden.getClientRects()).to.have.length(0);
    const asking = await questionIn(other.shadowRoot!);
    expect(asking.hidden).to.equal(false);
    expect(buttonNamed(asking, 'Yes')).to.exist;
    await expectAccessible(again);
  });

  it('stores an answer once when the service stored it but its reply was lost', async () => {
    const page = `/${freshId('page')}`;
    const { root, question } = await flakyBlock(page, 'fees');
    const outbox = outboxFor(flakyEndpoint());
    const settled: OutboxSettledDetail[] = [];
    outbox.addEventListener('settled', (event) => settled.push((event as CustomEvent<OutboxSettledDetail>).detail));
    // Chromium resends a dropped POST by itself, more than once when other tabs leave it several
    // idle connections to the server (it failed so beside other test files): drop enough that the
    // outbox itself sees the loss.
    await serverDropsAnswers(6);
    const submitted = oneEvent(root, 'copro-clarity-submitted');
    buttonNamed(question, 'Yes').click();
    const { detail } = await submitted;
    expect(detail.state, 'the reply was lost, so it is kept to send again').to.equal('queued');

    await until(async () => {
      await outbox.flush({ force: true });
      return settled.some(({ result }) => result.state === 'sent');
    }, 'the answer to be sent again');
    const sent = settled.find(({ result }) => result.state === 'sent')!;
    expect(sent.write.id).to.equal(detail.clarity.id);
    expect(sent.result.state === 'sent' && sent.result.status, 'the server already had it: 200, not 201').to.equal(200);
    expect(await outbox.pending('clarity')).to.have.length(0);
    const report = await reportFor(page);
    expect(report.blocks).to.deep.equal([{ block: 'fees', excerpt: 'Fees are reviewed annually.', clear: 1, unclear: 0, comments: [] }]);
    await question.updateComplete;
    expect(text(inShadow(question, '.saved')), 'no longer says it is waiting').to.equal('Thank you, your answer is saved.');
  });

  it('brings back an answer the service refuses on a later try, to change and send again', async () => {
    const page = `/${freshId('page')}`;
    const id = await keepRefusableAnswer(page, 'fees');
    const { root, question } = await flakyBlock(page, 'fees');
    await until(() => question.shadowRoot!.querySelector('.saved'), 'the kept answer');
    expect(text(inShadow(question, '.saved'))).to.contain('Saved on this device.');
    const errors: string[] = [];
    root.addEventListener('copro-error', (event) => errors.push(event.detail.message));

    await serverUp();
    await outboxFor(flakyEndpoint()).flush({ force: true });
    const problem = await until(() => question.shadowRoot!.querySelector('#problem'), 'the refusal');
    expect(text(problem)).to.equal(REFUSED);
    expect(text(inShadow(question, '[role=status]')), 'announced where the reader is').to.equal(REFUSED);
    expect(errors).to.deep.equal(['Some of what you entered could not be accepted. Check it and try again.']);
    expect(buttonNamed(question, 'No').getAttribute('aria-pressed'), 'the answer is back').to.equal('true');
    const comment = inShadow<HTMLTextAreaElement>(question, 'textarea');
    expect(comment.value).to.have.length(limits.comment + 1);
    expect(buttonNamed(question, 'Send again')).to.exist;
    expect(buttonNamed(question, 'Delete this answer')).to.exist;
    await expectAccessible(root);

    comment.value = 'Shorter';
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    buttonNamed(question, 'Send again').focus();
    const submitted = oneEvent(root, 'copro-clarity-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.state).to.equal('sent');
    expect(detail.clarity, 'the same answer, sent again').to.include({ id, comment: 'Shorter', clear: false });
    const report = await reportFor(page);
    expect(report.blocks).to.have.length(1);
    expect(report.blocks[0].comments.map((each) => each.comment)).to.deep.equal(['Shorter']);
    expect(await outboxFor(flakyEndpoint()).pending('clarity')).to.have.length(0);
  });

  it('shows a refused answer kept from an earlier page, and deletes it when the reader asks', async () => {
    const page = `/${freshId('page')}`;
    await keepRefusableAnswer(page, 'fees');
    await serverUp();
    const { root, question } = await flakyBlock(page, 'fees');
    await until(() => question.shadowRoot!.querySelector('#problem'), 'the refusal');
    expect(text(inShadow(question, '#problem'))).to.equal(REFUSED);

    buttonNamed(question, 'Delete this answer').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => question.shadowRoot!.querySelector('.notice'), 'the deletion to be confirmed');
    const notice = inShadow(question, '.notice');
    expect(text(notice)).to.equal('Your answer was deleted. You can answer again.');
    expect(question.shadowRoot!.activeElement === notice, 'focus moves to the confirmation').to.equal(true);
    expect(question.shadowRoot!.querySelector('#problem, form')).to.equal(null);
    expect(buttonNamed(question, 'No').getAttribute('aria-pressed')).to.equal('false');
    expect(await outboxFor(flakyEndpoint()).pending('clarity')).to.have.length(0);
    expect((await reportFor(page)).blocks).to.have.length(0);
    await expectAccessible(root);
  });

  it('keeps an answer given while the service is down, and sends it once when it is back', async () => {
    const page = `/${freshId('page')}`;
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-text block="next" endpoint=${flakyEndpoint()} page=${page}><p slot="standard">The panel convenes in April.</p></copro-plain-text>
    </div>`);
    const block = root.querySelector<CoproPlainText>('copro-plain-text')!;
    const question = await questionIn(block.shadowRoot!);
    await serverDown();
    const submitted = oneEvent(root, 'copro-clarity-submitted');
    buttonNamed(question, 'Yes').click();
    const { detail } = await submitted;
    expect(detail.state).to.equal('queued');
    await question.updateComplete;
    expect(text(inShadow(question, '.saved'))).to.contain('Saved on this device. It will be sent when you are back online.');
    expect((await reportFor(page)).blocks).to.have.length(0);

    const outbox = outboxFor(flakyEndpoint());
    await serverUp();
    await outbox.flush({ force: true });
    await until(async () => (await reportFor(page)).blocks.length === 1, 'the answer to arrive');
    await outbox.flush({ force: true });
    const report = await reportFor(page);
    expect(report.blocks).to.deep.equal([{ block: 'next', excerpt: 'The panel convenes in April.', clear: 1, unclear: 0, comments: [] }]);
    expect(await outbox.pending('clarity')).to.have.length(0);
  });

  it('asks after marked-up blocks too, filed under their data-copro-block id', async () => {
    const page = `/${freshId('page')}`;
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-language endpoint=${testEndpoint()} page=${page}></copro-plain-language>
      <p data-copro-block="opening-hours" data-copro-standard>The facility is accessible between 09:00 and 17:00.</p>
      <p data-copro-block="opening-hours" data-copro-plain hidden>It is open from 9am to 5pm.</p>
      <p>Next paragraph.</p>
    </div>`);
    const question = await questionIn(root);
    expect(question.previousElementSibling!.getAttribute('data-copro-plain'), 'placed after the block').to.equal('');
    expect(question.getAttribute('block')).to.equal('opening-hours');
    const submitted = oneEvent(root, 'copro-clarity-submitted');
    buttonNamed(question, 'Yes').click();
    expect((await submitted).detail.state).to.equal('sent');
    expect((await reportFor(page)).blocks).to.deep.equal([
      { block: 'opening-hours', excerpt: 'The facility is accessible between 09:00 and 17:00.', clear: 1, unclear: 0, comments: [] },
    ]);
    await expectAccessible(root);
  });

  it('asks in Welsh on a Welsh page', async () => {
    const root = await mount<HTMLDivElement>(html`<div lang="cy">
      <copro-plain-text block="crynodeb" endpoint=${testEndpoint()} page="/cy-test"><p slot="standard">Testun.</p></copro-plain-text>
    </div>`);
    const question = await questionIn(root.querySelector('copro-plain-text')!.shadowRoot!);
    expect(text(inShadow(question, '#label'))).to.equal('Oedd hyn yn glir?');
    expect(buttonNamed(question, 'Nac oedd')).to.exist;
    await expectAccessible(root);
  });
});

/** A report on the page: its code loads once it is there. */
async function reportFixture(template: TemplateResult): Promise<CoproClarityReport> {
  const report = await fixture<CoproClarityReport>(template);
  await customElements.whenDefined('copro-clarity-report');
  await report.updateComplete;
  return report;
}

describe('<copro-clarity-report>', () => {
  // The page's staff session outlives each element, as it does on a real page: sign it out between tests.
  beforeEach(() => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
  });

  it('is loaded only when a report is on the page', async () => {
    // No test before this one puts a report on the page: readers never load the staff code.
    expect(customElements.get('copro-clarity-report')).to.equal(undefined);
    // Added inside a wrapper, as a page's script would add a section.
    const holder = document.createElement('section');
    holder.append(document.createElement('div'));
    holder.firstElementChild!.append(document.createElement('copro-clarity-report'));
    document.body.append(holder);
    try {
      await customElements.whenDefined('copro-clarity-report');
      await until(() => holder.querySelector('copro-clarity-report')!.shadowRoot, 'the report to upgrade');
    } finally {
      holder.remove();
    }
  });

  it('asks for the staff token, keeps it for the tab, and shows counts and comments per block', async () => {
    const page = `/${freshId('page')}`;
    const base = { page, version: 'plain', clear: false };
    await api('POST', '/v1/clarity', { ...base, id: crypto.randomUUID(), block: 'summary', comment: 'Too many long words', excerpt: 'Grants are disbursed quarterly.' });
    await api('POST', '/v1/clarity', { ...base, id: crypto.randomUUID(), block: 'summary', clear: true });
    await api('POST', '/v1/clarity', { ...base, id: crypto.randomUUID(), block: 'next-steps', clear: true });

    const report = await reportFixture(html`<copro-clarity-report endpoint=${testEndpoint()} page=${page}></copro-clarity-report>`);
    const input = inShadow<HTMLInputElement>(report, '#token');
    expect(input.type).to.equal('password');
    expect(text(inShadow(report, 'label'))).to.equal('Staff token');
    await expectAccessible(report);
    input.focus();
    // Pasted, as staff would from the terminal (WebKit's WebDriver drops repeated letters when typing).
    input.value = staffToken();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await sendKeys({ press: 'Enter' });
    await until(() => report.shadowRoot!.querySelector('table'), 'the results table');
    const rows = [...report.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
    expect(rows).to.deep.equal([
      ['next-steps', '1', '0'],
      ['“Grants are disbursed quarterly.” (summary)', '1', '1'],
    ]);
    expect(text(inShadow(report, '[role=heading]')), 'names the words, not only the id').to.equal('Comments on “Grants are disbursed quarterly.” (summary)');
    expect(text(inShadow(report, 'li'))).to.contain('Too many long words');
    expect(text(inShadow(report, 'li .meta'))).to.contain('Found it not clear, plain version');
    expect(text(inShadow(report, '[role=status]'))).to.equal('Results for 2 blocks.');
    expect(report.shadowRoot!.activeElement?.textContent?.trim(), 'focus stays on a control').to.equal('Refresh results');
    await expectAccessible(report);

    const again = await reportFixture(html`<copro-clarity-report endpoint=${testEndpoint()} page=${page}></copro-clarity-report>`);
    await until(() => again.shadowRoot!.querySelector('table'), 'results from the kept token');
    expect(again.shadowRoot!.querySelector('#token')).to.equal(null);
  });

  it('says so when the token is wrong, and forgets it', async () => {
    const report = await reportFixture(html`<copro-clarity-report endpoint=${testEndpoint()} page="/"></copro-clarity-report>`);
    inShadow<HTMLInputElement>(report, '#token').value = 'not-the-token';
    inShadow<HTMLButtonElement>(report, 'button[type=submit]').click();
    // At the field, in the GOV.UK pattern: the message above it, naming it, and focus back in it.
    await until(() => text(report.shadowRoot!.querySelector('#token-error')).includes('not accepted'), 'the error');
    const field = inShadow<HTMLInputElement>(report, '#token');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('token-error');
    await until(() => report.shadowRoot!.activeElement === field, 'focus in the field');
    // Only this endpoint's key: other test files on this origin may keep theirs.
    expect(sessionStorage.getItem(`copro:staff-token:${resolveEndpoint(testEndpoint())}`)).to.equal(null);
    await expectAccessible(report);
  });
});
