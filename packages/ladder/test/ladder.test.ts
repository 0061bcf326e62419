import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@copro/ladder/define';
import type { CoproLadder } from '@copro/ladder';
import { outboxFor, type OutboxResult, type OutboxSettledDetail } from '@copro/core';
import { defaultPrinciples, defaultRungs, ladderCredit } from '@copro/protocol';
import {
  accessibilityTree,
  findNodes,
  api,
  expectAccessible,
  flakyEndpoint,
  freshId,
  serverDown,
  serverDropsAnswers,
  serverUp,
  staffToken,
  testEndpoint,
  until,
} from '../../../test/support/index.ts';
import { $, $$, loaded, rateWith, resultsShown, someone, summaryOf, text } from './support.ts';

/**
 * Resizes the page (every engine, through the runner's viewport command) and waits for the layout,
 * without waiting for an animation frame: a page the runner keeps in a background tab gets none.
 */
async function viewport(width: number, height: number): Promise<void> {
  await executeServerCommand('copro-viewport', { width, height });
  // WebKit's window has a minimum width, so a narrow request may give up to 500 px.
  await until(() => width > 500 || window.innerWidth <= 500, 'the viewport');
}

const ladderOn = (ladder: string, participant = someone(), endpoint = testEndpoint()) =>
  fixture<CoproLadder>(html`<copro-ladder endpoint=${endpoint} ladder=${ladder} participant=${participant}></copro-ladder>`);

/**
 * A new ladder whose results show from the first answer, so a test with two or three ratings sees
 * charts (the default `minAnswersToShow` of 5 is tested below and on the server).
 */
async function ladderShowingEveryAnswer(): Promise<string> {
  const ladder = freshId('ladder');
  await api('PUT', `/v1/ladders/${ladder}`, { minAnswersToShow: 1 }, staffToken());
  return ladder;
}

describe('<copro-ladder>', () => {
  it('first visit: role, "now" and "aim" are native radio groups, the ladder top rung first with its descriptions, and the credit', async () => {
    const element = await ladderOn(await ladderShowingEveryAnswer());
    await loaded(element);
    const groups = $$<HTMLFieldSetElement>(element, 'fieldset');
    expect(groups.map((group) => text(group.querySelector('legend')))).to.deep.equal([
      'Which of these describes you?',
      'Where is this project on the ladder now?',
      'Where should this project be? (optional)',
    ]);
    const now = $$<HTMLInputElement>(element, 'input[name=now]');
    expect(now.map((radio) => radio.value)).to.deep.equal(defaultRungs.map((rung) => rung.id).reverse());
    for (const radio of now) {
      const rung = defaultRungs.find((each) => each.id === radio.value)!;
      expect(text($(element, `#${radio.getAttribute('aria-labelledby')}`))).to.equal(rung.label.en);
      const description = $(element, `#${radio.getAttribute('aria-describedby')}`)!;
      expect(text(description)).to.equal(rung.description.en);
      expect(description.getBoundingClientRect().height, 'descriptions are visible').to.be.greaterThan(0);
    }
    expect($$<HTMLInputElement>(element, 'input[name=aim]').map((radio) => radio.value)).to.have.length(8);
    expect($<HTMLInputElement>(element, '#aim-unsure')!.checked).to.equal(true);
    expect($(element, '.principles'), 'principles only when asked').to.equal(null);
    expect($(element, '.results'), 'no results before rating').to.equal(null);
    const credit = $<HTMLAnchorElement>(element, '.credit a')!;
    expect(credit.href).to.equal(ladderCredit.href);
    expect(text(credit)).to.contain('Think Local Act Personal and the National Co-production Advisory Group');

    // Groups: Puppeteer's snapshot leaves out fieldsets ("uninteresting"), so check them in the DOM.
    expect($$<HTMLLegendElement>(element, 'fieldset > legend').map((legend) => text(legend))).to.include.members([
      'Which of these describes you?',
      'Where is this project on the ladder now?',
    ]);
    const tree = await accessibilityTree();
    if (tree) {
      const radios = findNodes(tree, (node) => node.role === 'radio').map((node) => node.name);
      expect(radios).to.include.members(['I work for the organisation', 'Co-production', 'Coercion', 'I am not sure']);
    }
    await expectAccessible(element);
  });

  it('the form shows each rung’s description once: the second question is a compact list of the rung names', async () => {
    const element = await ladderOn(freshId('ladder'));
    await loaded(element);
    const descriptions = $$(element, '.rung-description').map(text);
    expect(descriptions, 'each description once').to.deep.equal(defaultRungs.map((rung) => rung.description.en).reverse());
    const aim = $(element, '#aim-group')!;
    const choices = [...aim.querySelectorAll<HTMLInputElement>('input[name=aim]')];
    expect(choices.map((radio) => radio.value)).to.deep.equal([...defaultRungs.map((rung) => rung.id).reverse(), '']);
    for (const radio of choices.slice(0, -1)) {
      const rung = defaultRungs.find((each) => each.id === radio.value)!;
      expect(text(aim.querySelector(`label[for="${radio.id}"]`))).to.equal(rung.label.en);
      // Screen readers still hear what each rung means, from the description shown in the first question.
      expect(text($(element, `#${radio.getAttribute('aria-describedby')}`))).to.equal(rung.description.en);
    }
    const nowHeight = $(element, '#now-group')!.getBoundingClientRect().height;
    expect(aim.getBoundingClientRect().height, 'the second question is compact').to.be.lessThan(nowHeight * 0.6);
    await expectAccessible(element);
  });

  it('keyboard only: Tab to the groups, arrow keys choose, Enter sends; the choice is checked in the tree and the server has it', async () => {
    const ladder = await ladderShowingEveryAnswer();
    const participant = someone();
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <copro-ladder endpoint=${testEndpoint()} ladder=${ladder} participant=${participant}></copro-ladder>
    </div>`);
    const element = wrapper.querySelector('copro-ladder')!;
    await loaded(element);
    const focused = () => element.shadowRoot!.activeElement as HTMLElement | null;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('name')).to.equal('role');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.id).to.equal('role-staff');
    expect($<HTMLInputElement>(element, '#role-staff')!.checked).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(focused()?.id, 'Tab enters the ladder at its top rung').to.equal('now-co-production');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.id).to.equal('now-engagement');
    expect($<HTMLInputElement>(element, '#now-engagement')!.checked).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>(element, '#now-engagement')!.checked).to.equal(true);

    const tree = await accessibilityTree();
    if (tree) {
      const checked = findNodes(tree, (node) => node.role === 'radio' && node.checked === true).map((node) => node.name);
      expect(checked).to.deep.equal(['I work for the organisation', 'Engagement', 'I am not sure']);
    }

    await sendKeys({ press: 'Tab' });
    expect(focused()?.id, 'the "aim" group is entered at its chosen option').to.equal('aim-unsure');
    await sendKeys({ press: 'ArrowUp' });
    expect($<HTMLInputElement>(element, '#aim-coercion')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('comment');
    // One word: WebDriver in WebKit drops some typed spaces.
    await sendKeys({ type: 'Tokenistic' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('type')).to.equal('submit');
    const submitted = oneEvent(element, 'copro-rating-submitted');
    await sendKeys({ press: 'Enter' });
    await until(() => $(element, '.thanks'), 'Enter on the send button to send the answer');
    const { detail } = await submitted;
    expect(detail.ladder).to.equal(ladder);
    expect(detail.rating).to.include({ role: 'staff', now: 'engagement', aim: 'coercion', comment: 'Tokenistic' });

    const summary = await summaryOf(ladder);
    expect(summary.total).to.equal(1);
    expect(summary.byRole.staff.now.engagement).to.equal(1);
    await until(() => focused()?.id === 'thanks-heading', 'focus on the thanks heading');
    await until(() => text($(element, '[role=status]')).includes('Your answer has been sent.'), 'the announcement');
  });

  it('rate, see results; a second participant with another role changes the gap; the chart numbers are in the table', async () => {
    const ladder = await ladderShowingEveryAnswer();
    const staff = await ladderOn(ladder);
    await loaded(staff);
    const sent = oneEvent(staff, 'copro-rating-submitted');
    await rateWith(staff, { role: 'staff', now: 'engagement', aim: 'co-design' });
    await sent;
    await resultsShown(staff);
    expect(text($(staff, '.thanks'))).to.contain('You said this project is at Engagement. You said it should be at Co-design.');
    expect(text($(staff, '.total'))).to.equal('1 person has answered so far.');
    expect(text($(staff, '.gap'))).to.equal(
      'There are no answers from people who use the service yet, so there is no gap between staff and people who use the service to show.',
    );
    await expectAccessible(staff);

    const lived = await ladderOn(ladder);
    await loaded(lived);
    const livedSent = oneEvent(lived, 'copro-rating-submitted');
    await rateWith(lived, { role: 'lived-experience', now: 'consultation', aim: 'co-production' });
    await livedSent;
    await until(() => text($(lived, '.total')) === '2 people have answered so far.', 'two answers');
    const gaps = $$(lived, '.gap').map(text);
    expect(gaps).to.deep.equal([
      'Staff put this at Engagement; people who use the service put it at Consultation, 1 rung lower.',
      'Staff want it at Co-design; people who use the service want it at Co-production, 1 rung higher.',
    ]);
    expect($$(lived, '#now-results-heading ~ .medians li').map(text)).to.deep.equal([
      'People who use the service: Consultation (1 answer)',
      'Staff: Engagement (1 answer)',
    ]);

    // The first person's results change when they update them.
    $<HTMLButtonElement>(staff, '.results > button')!.click();
    await until(() => text($(staff, '.gap')).startsWith('Staff put this at Engagement; people who use the service put it at Consultation'), 'the gap');
    await until(() => text($(staff, '[role=status]')).includes('Results updated.'), 'announced');

    for (const question of ['now', 'aim']) {
      const section = $(lived, `section[aria-labelledby="${question}-results-heading"]`)!;
      const chart = section.querySelector('svg[role=img]')!;
      expect(chart.getAttribute('aria-label')).to.match(/^Bar chart: where people/);
      const drawn = [...chart.querySelectorAll('text.count')].map(text);
      const tabled = [...section.querySelectorAll('tbody tr')].flatMap((row) => [...row.querySelectorAll('td')].map(text));
      expect(drawn, `${question}: the chart's numbers are the table's`).to.deep.equal(tabled);
      expect(drawn).to.have.length(14);
      const headers = [...section.querySelectorAll('thead th')].map(text);
      expect(headers).to.deep.equal(['Rung', 'People who use the service', 'Staff']);
      expect([...section.querySelectorAll('tbody th')].map(text)[0]).to.equal('Co-production');
    }
    await expectAccessible(lived);
  });

  it('results: roles are self-declared, a group under minAnswersToShow shows only its count, and the table sits in a disclosure', async () => {
    const ladder = freshId('ladder');
    for (let n = 0; n < 5; n++) {
      await api('POST', `/v1/ladders/${ladder}/ratings`, { id: crypto.randomUUID(), participant: someone(), role: 'lived-experience', now: 'consultation', aim: 'co-production' });
    }
    const element = await ladderOn(ladder);
    await loaded(element);
    const sent = oneEvent(element, 'copro-rating-submitted');
    await rateWith(element, { role: 'staff', now: 'co-design', aim: 'co-production' });
    await sent;
    await resultsShown(element);
    expect(text($(element, '.self-declared'))).to.equal('Each group is what people said about themselves when they answered: no one checks it.');
    expect($$(element, '.withheld li').map(text)).to.deep.equal([
      'Staff: 1 answer so far. A group’s results show once enough people in it have answered, so that no one’s answer can be picked out.',
    ]);
    expect(text($(element, '.gap')), 'the headline says why there is no gap yet').to.equal(
      'Not enough staff have answered yet to compare staff and people who use the service.',
    );
    const section = $(element, 'section[aria-labelledby="now-results-heading"]')!;
    expect([...section.querySelectorAll('thead th')].map(text), 'no column for one person').to.deep.equal(['Rung', 'People who use the service']);
    const heading = section.querySelector('#now-results-heading')!;
    expect(heading.nextElementSibling!.classList.contains('gap'), 'the gap sentence straight under the heading').to.equal(true);
    const gapSize = parseFloat(getComputedStyle($(element, '.gap')!).fontSize);
    expect(gapSize, 'at body size').to.equal(parseFloat(getComputedStyle($(element, '.total')!).fontSize));
    const details = section.querySelector<HTMLDetailsElement>('details.numbers')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('table')).to.exist;
    expect(text(details.querySelector('summary'))).to.equal('Show the numbers as a table');
    await expectAccessible(element);
  });

  it('rating again replaces the earlier rating: the form comes back filled in, and the total stays 1', async () => {
    const ladder = await ladderShowingEveryAnswer();
    const element = await ladderOn(ladder);
    await loaded(element);
    let sent = oneEvent(element, 'copro-rating-submitted');
    await rateWith(element, { role: 'partner', now: 'informing' });
    await sent;
    $<HTMLButtonElement>(element, '.thanks button')!.click();
    await until(() => $(element, 'form'), 'the form again');
    expect($<HTMLInputElement>(element, '#role-partner')!.checked).to.equal(true);
    expect($<HTMLInputElement>(element, '#now-informing')!.checked).to.equal(true);
    expect(element.shadowRoot!.activeElement?.id, 'focus on the chosen role').to.equal('role-partner');
    expect(text($(element, '#replace-hint'))).to.equal('Sending again replaces your earlier answer.');
    await expectAccessible(element);
    sent = oneEvent(element, 'copro-rating-submitted');
    $<HTMLInputElement>(element, '#now-co-design')!.click();
    $<HTMLButtonElement>(element, 'button[type=submit]')!.click();
    await sent;
    const summary = await summaryOf(ladder);
    expect(summary.total).to.equal(1);
    expect(summary.byRole.partner.now).to.include({ informing: 0, 'co-design': 1 });
  });

  it('remembers this browser’s own rating on a later visit (the participant id from localStorage)', async () => {
    const ladder = await ladderShowingEveryAnswer();
    const first = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder}></copro-ladder>`);
    await loaded(first);
    const sent = oneEvent(first, 'copro-rating-submitted');
    await rateWith(first, { role: 'other', now: 'consultation', comment: 'Kept private' });
    await sent;
    // A later visit is a new page: a fresh outbox that opens IndexedDB again.
    outboxFor(testEndpoint()).close();
    first.remove();
    const again = await fixture<CoproLadder>(html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder}></copro-ladder>`);
    await until(() => $(again, '.thanks'), 'the earlier answer');
    expect(text($(again, '.thanks'))).to.contain('You said this project is at Consultation.');
    await resultsShown(again);
    expect(JSON.stringify(localStorage), 'the comment is not kept on the device').not.to.contain('Kept private');
  });

  it('says what is missing when sent incomplete, and takes the person to it', async () => {
    const element = await ladderOn(await ladderShowingEveryAnswer());
    await loaded(element);
    $<HTMLButtonElement>(element, 'button[type=submit]')!.click();
    await until(() => element.shadowRoot!.activeElement?.classList.contains('error-summary'), 'focus on the error summary');
    const summary = $(element, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Choose which of these describes you',
      'Choose where this project is on the ladder now',
    ]);
    expect($(element, '#now-group')!.getAttribute('aria-describedby')).to.equal('now-hint now-error');
    await expectAccessible(element);
    summary.querySelectorAll('a')[1].click();
    expect(element.shadowRoot!.activeElement?.id).to.equal('now-co-production');
    $<HTMLInputElement>(element, '#now-educating')!.click();
    await element.updateComplete;
    expect($(element, '#now-error')).to.equal(null);
  });

  describe('offline', () => {
    afterEach(async () => {
      await serverDropsAnswers(0);
      await serverUp();
    });

    it('a rating stored while its answers were lost is saved on the device, sent again and answered as a replay: stored once, under its id', async () => {
      const ladder = await ladderShowingEveryAnswer();
      const endpoint = flakyEndpoint();
      const element = await ladderOn(ladder, someone(), endpoint);
      await loaded(element);
      const outbox = outboxFor(endpoint);
      const settled: OutboxResult[] = [];
      const record = (event: Event) => settled.push((event as CustomEvent<OutboxSettledDetail>).detail.result);
      outbox.addEventListener('settled', record);
      try {
        await serverDropsAnswers(6); // Chromium resends a dropped POST by itself, sometimes more than once
        const queued = oneEvent(element, 'copro-rating-queued');
        await rateWith(element, { role: 'lived-experience', now: 'informing', aim: 'co-design' });
        const rating = (await queued).detail.rating;
        expect(rating).to.include({ role: 'lived-experience', now: 'informing', aim: 'co-design' });
        expect(text($(element, '.thanks .delivery'))).to.equal('Saved on this device. It will be sent when you are back online.');
        expect(text($(element, '[role=status]'))).to.contain('Saved on this device.');
        expect((await summaryOf(ladder)).total, 'the server stored it though the page saw a failure').to.equal(1);
        await expectAccessible(element);

        const submitted = oneEvent(element, 'copro-rating-submitted');
        // "online" makes the outbox retry now instead of after its backoff.
        const sent = (await until(
          () => settled.find((result) => result.state === 'sent') ?? void window.dispatchEvent(new Event('online')),
          'the retry to be answered',
          15000,
        ))!;
        expect(sent.state === 'sent' && sent.status, 'the retry is answered as a replay, not stored anew').to.equal(200);
        expect(sent.state === 'sent' && (sent.response as { id: string }).id).to.equal(rating.id);
        expect(settled.filter((result) => result.state !== 'queued').length, 'one answer reached the page').to.equal(1);
        expect((await submitted).detail.rating.id).to.equal(rating.id);
        await until(() => text($(element, '.thanks .delivery')) === 'Your answer has been sent.', 'sent');
        await until(async () => (await outbox.pending()).length === 0, 'the outbox to be empty');

        const summary = await summaryOf(ladder);
        expect(summary.total).to.equal(1);
        expect(summary.byRole['lived-experience'].now.informing).to.equal(1);
        const again = await api<{ id: string }>('POST', `/v1/ladders/${ladder}/ratings`, rating);
        expect(again.status, 'a rating with that id is already stored').to.equal(200);
        expect(again.json.id).to.equal(rating.id);
      } finally {
        outbox.removeEventListener('settled', record);
      }
    });

    it('a saved rating refused when sent after a reload comes back in the form, comment and all, and is forgotten', async () => {
      const ladder = await ladderShowingEveryAnswer();
      const participant = someone();
      const endpoint = flakyEndpoint();
      const first = await ladderOn(ladder, participant, endpoint);
      await loaded(first);
      await serverDown();
      const queued = oneEvent(first, 'copro-rating-queued');
      await rateWith(first, { role: 'staff', now: 'informing', aim: 'co-design', comment: 'Decided before asking' });
      await queued;
      // Staff change the roles meanwhile: "staff" is no longer one of them.
      await api('PUT', `/v1/ladders/${ladder}`, { roles: [{ id: 'resident', label: 'Resident' }] }, staffToken());
      // A reload: this page stops sending, and the next page's outbox sends what is stored.
      outboxFor(endpoint).close();
      first.remove();
      await serverUp();

      const failed = new Promise<CustomEvent>((resolve) => document.addEventListener('copro-error', resolve as EventListener, { once: true }));
      const element = await ladderOn(ladder, participant, endpoint);
      expect((await failed).detail.code).to.equal('validation_failed');
      await until(() => $(element, '#send-error'), 'the reason');
      expect(text($(element, '#send-error'))).to.contain('could not be accepted');
      expect($<HTMLTextAreaElement>(element, '#comment')!.value, 'the comment is kept').to.equal('Decided before asking');
      expect($<HTMLInputElement>(element, '#now-informing')!.checked).to.equal(true);
      expect($<HTMLInputElement>(element, '#aim-co-design')!.checked).to.equal(true);
      expect($(element, '.thanks') === null, 'no thanks panel').to.equal(true);
      expect(await outboxFor(endpoint).pending(), 'the refused write is gone').to.have.length(0);
      expect((await summaryOf(ladder)).total).to.equal(0);
      await expectAccessible(element);

      outboxFor(endpoint).close();
      element.remove();
      const later = await ladderOn(ladder, participant, endpoint);
      await loaded(later);
      expect($(later, '.thanks') === null, 'a refused rating is not shown as sent on a later visit').to.equal(true);
    });
  });

  it('a rating the server refuses is not kept: copro-error, the reason, and the form again', async () => {
    const ladder = await ladderShowingEveryAnswer();
    const element = await ladderOn(ladder);
    await loaded(element);
    // Staff change the roles after the page loaded: "staff" is no longer one of them.
    await api('PUT', `/v1/ladders/${ladder}`, { roles: [{ id: 'resident', label: 'Resident' }] }, staffToken());
    const failed = oneEvent(element, 'copro-error');
    await rateWith(element, { role: 'staff', now: 'consultation' });
    expect((await failed).detail.code).to.equal('validation_failed');
    await until(() => $(element, 'form'), 'the form again');
    expect(text($(element, 'p.error[role=alert]'))).to.contain('could not be accepted');
    await until(() => element.shadowRoot!.activeElement?.id === 'send-error', 'focus on the reason, not lost to the page');
    expect($<HTMLInputElement>(element, '#now-consultation')!.checked, 'the answer is still filled in').to.equal(true);
    expect((await summaryOf(ladder)).total).to.equal(0);
    await expectAccessible(element);
  });

  it('heading-level sets the title level and the sub-headings follow it', async () => {
    const ladder = await ladderShowingEveryAnswer();
    await api('POST', `/v1/ladders/${ladder}/ratings`, { id: someone(), participant: someone(), role: 'staff', now: 'engagement' });
    const element = await fixture<CoproLadder>(
      html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} participant=${someone()} heading-level="3" principles show-results></copro-ladder>`,
    );
    await resultsShown(element);
    const tag = (selector: string) => $(element, selector)?.tagName;
    expect([tag('[part=title]'), tag('#principles-heading'), tag('#results-heading'), tag('#now-results-heading')]).to.deep.equal(['H3', 'H4', 'H4', 'H5']);
    $<HTMLButtonElement>(element, 'button[type=submit]')!.click();
    await until(() => $(element, '#error-summary-title'), 'the error summary');
    expect(tag('#error-summary-title')).to.equal('H4');
    await rateWith(element, { role: 'partner', now: 'co-design' });
    await until(() => element.shadowRoot!.activeElement?.id === 'thanks-heading', 'focus on the thanks heading');
    expect(tag('#thanks-heading')).to.equal('H4');
    element.headingLevel = 2;
    await element.updateComplete;
    expect([tag('[part=title]'), tag('#thanks-heading'), tag('#results-heading'), tag('#now-results-heading')]).to.deep.equal(['H2', 'H3', 'H3', 'H4']);
    await expectAccessible(element);
  });

  it('principles: a 1 to 5 score per principle with the audit’s words; the means show by role', async () => {
    const ladder = await ladderShowingEveryAnswer();
    const element = await fixture<CoproLadder>(
      html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} participant=${someone()} principles></copro-ladder>`,
    );
    await loaded(element);
    const legends = $$(element, '.principle legend').map(text);
    expect(legends).to.deep.equal(defaultPrinciples.map((principle) => principle.label.en));
    expect($$(element, '#principle-assets-group, .principle:first-of-type label').map(text)).to.deep.equal([
      '1: No action yet',
      '2: Made a start',
      '3: Progress on several fronts',
      '4: Strong in some areas',
      '5: Strong throughout',
      'Not sure',
    ]);
    await expectAccessible(element);
    const sent = oneEvent(element, 'copro-rating-submitted');
    await rateWith(element, { role: 'staff', now: 'co-design', principles: { assets: 4, networks: 2 } });
    expect((await sent).detail.rating.principles).to.deep.equal({ assets: 4, networks: 2 });
    await resultsShown(element);
    const table = (await until(() => $(element, 'caption#principles-results-heading')?.closest('table'), 'the principles table'))!;
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    expect(rows[0]).to.deep.equal(['People as assets', '4']);
    expect(rows[1]).to.deep.equal(['Building on capabilities', 'no scores']);
    expect(rows[3]).to.deep.equal(['Peer support networks', '2']);
  });

  it('Welsh: its own words, the default rungs, roles and principles in Welsh, and Welsh plural forms', async () => {
    const ladder = await ladderShowingEveryAnswer();
    await api('POST', `/v1/ladders/${ladder}/ratings`, { id: someone(), participant: someone(), role: 'staff', now: 'engagement' });
    await api('POST', `/v1/ladders/${ladder}/ratings`, { id: someone(), participant: someone(), role: 'lived-experience', now: 'informing' });
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="cy">
      <copro-ladder endpoint=${testEndpoint()} ladder=${ladder} participant=${someone()} principles show-results></copro-ladder>
    </div>`);
    const element = wrapper.querySelector('copro-ladder')!;
    await loaded(element);
    await until(() => $(element, '.gap'), 'results');
    expect(text($(element, '#role-group legend'))).to.equal('Pa un o’r rhain sy’n eich disgrifio chi?');
    expect(text($(element, 'label[for=role-staff]'))).to.equal('Rwy’n gweithio i’r sefydliad');
    expect(text($(element, '#now-engagement-label'))).to.equal('Ymgysylltu');
    expect(text($(element, '#now-engagement-description'))).to.equal(defaultRungs[4].description.cy);
    expect(text($(element, '.principle legend'))).to.equal('Pobl fel asedau');
    expect(text($(element, '.total'))).to.equal('Mae 2 berson wedi ateb hyd yma.');
    expect(text($(element, '.gap'))).to.equal('Mae staff yn rhoi hwn ar Ymgysylltu; mae pobl sy’n defnyddio’r gwasanaeth yn ei roi ar Hysbysu, 2 ris yn is.');
    expect(text($(element, '.credit a'))).to.contain('Ysgol cydgynhyrchu');
    await expectAccessible(element);
  });

  it("an organisation's own rungs and roles (Arnstein's eight), bottom to top, with the gap between the roles it names", async () => {
    const ladder = await ladderShowingEveryAnswer();
    const { arnsteinRungs } = await import('../../../stories/ladder.stories.ts');
    await api(
      'PUT',
      `/v1/ladders/${ladder}`,
      { title: 'Library review', rungs: arnsteinRungs, roles: [{ id: 'resident', label: 'Resident' }, { id: 'officer', label: 'Council officer' }] },
      staffToken(),
    );
    const element = await fixture<CoproLadder>(html`<copro-ladder
      endpoint=${testEndpoint()}
      ladder=${ladder}
      participant=${someone()}
      staff-role="officer"
      lived-role="resident"
      lang="cy"
    ></copro-ladder>`);
    await loaded(element);
    expect(text($(element, 'h2'))).to.equal('Library review');
    expect($$<HTMLInputElement>(element, 'input[name=now]').map((radio) => radio.value)).to.deep.equal(arnsteinRungs.map((rung) => rung.id).reverse());
    expect(text($(element, '#now-placation-label')), 'an organisation’s own words are kept, even in Welsh').to.equal('Placation');
    expect(text($(element, '#now-informing-description'))).to.equal(arnsteinRungs[2].description);
    expect(text($(element, '#now-informing-label')), 'a default rung in its default words is in Welsh').to.equal('Hysbysu');
    await api('POST', `/v1/ladders/${ladder}/ratings`, { id: someone(), participant: someone(), role: 'officer', now: 'partnership' });
    element.removeAttribute('lang');
    const sent = oneEvent(element, 'copro-rating-submitted');
    await rateWith(element, { role: 'resident', now: 'informing' });
    await sent;
    await until(() => $(element, '.gap'), 'the gap');
    expect(text($(element, '.gap'))).to.equal('Council officer put this at Partnership; Resident put it at Informing, 3 rungs lower.');
    await expectAccessible(element);
  });

  describe('layout', () => {
    afterEach(async () => {
      await viewport(800, 600).catch(() => {});
      await emulateMedia({ forcedColors: 'none' } as never).catch(() => {});
    });

    it('at 320 px nothing scrolls sideways and the chart is drawn at the width it has', async () => {
      const ladder = await ladderShowingEveryAnswer();
      await api('POST', `/v1/ladders/${ladder}/ratings`, { id: someone(), participant: someone(), role: 'partner', now: 'co-production' });
      await viewport(320, 640);
      const element = await fixture<CoproLadder>(
        html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} participant=${someone()} show-results principles></copro-ladder>`,
      );
      await until(() => $(element, 'svg[role=img]'), 'a chart');
      await until(() => Number($(element, 'svg[role=img]')!.getAttribute('width')) <= element.clientWidth, 'the chart to fit');
      // WebKit's window has a minimum width: measure what the page was given.
      const width = document.documentElement.clientWidth;
      expect(width).to.be.at.most(500);
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(width);
      for (const part of $$(element, 'form, .results, .rung, .chart, table, .legend')) {
        expect(part.scrollWidth, part.className || part.tagName).to.be.at.most(part.clientWidth + 1);
        expect(part.getBoundingClientRect().right).to.be.at.most(width);
      }
      await expectAccessible(element);
    });

    it('in forced colours the bars and text take the system colours, told apart by pattern', async () => {
      const ladder = await ladderShowingEveryAnswer();
      await api('POST', `/v1/ladders/${ladder}/ratings`, { id: someone(), participant: someone(), role: 'staff', now: 'co-design' });
      await api('POST', `/v1/ladders/${ladder}/ratings`, { id: someone(), participant: someone(), role: 'lived-experience', now: 'informing' });
      const element = await fixture<CoproLadder>(
        html`<copro-ladder endpoint=${testEndpoint()} ladder=${ladder} participant=${someone()} results-only></copro-ladder>`,
      );
      await until(() => $(element, 'svg[role=img] rect.bar.series-1'), 'bars');
      expect($(element, 'form'), 'results-only has no form').to.equal(null);
      expect($(element, 'svg[role=img] rect.bar.series-1')!.getAttribute('fill'), 'the second role is hatched').to.match(/^url\(#now-chart-hatch\)$/);
      expect($(element, '#now-chart-hatch'), 'the pattern is in the same shadow root').to.not.equal(null);
      // The test runner cannot switch forced colours on in every engine, so read the rules the
      // element would apply, then check them applied where the engine can emulate it.
      const rules = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const forced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
      const css = forced.flatMap((media) => [...media.cssRules].map((rule) => rule.cssText)).join('\n');
      if (CSS.supports('forced-color-adjust', 'none')) expect(css).to.match(/svg \{ forced-color-adjust: none; \}/);
      expect(css).to.match(/\.series-3 \{ color: canvastext; \}/i);
      expect(css).to.match(/svg text \{ fill: canvastext; \}/i);
      await emulateMedia({ forcedColors: 'active' } as never).catch(() => {});
      if (matchMedia('(forced-colors: active)').matches) {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        expect(getComputedStyle($(element, 'svg[role=img] rect.bar.series-0')!).fill).to.equal(getComputedStyle(probe).color);
        probe.remove();
      }
      await expectAccessible(element);
    });
  });
});
