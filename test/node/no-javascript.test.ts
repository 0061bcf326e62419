// Works without JavaScript: the demo page in Chromium with JavaScript turned off shows every
// element's light-DOM fallback (the standard wording, the ladder's and the checklist's
// explanation and link, the board's plain form), and the board's form posts to the reference
// server, which stores the post and sends the browser back to the page's thank-you.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';

const STAFF = { authorization: 'Bearer demo-test-staff-token-0123456789abcdefghij' };

describe('the demo page without JavaScript', { timeout: 90_000 }, () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    [demo, browser] = await Promise.all([startDemoServer(), launchChromium()]);
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${demo.base}/`, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  /** The visible text of the first element matching `selector` ('' when hidden or missing). */
  const shown = (selector: string) =>
    page.evaluate((s) => {
      const element = document.querySelector<HTMLElement>(s);
      return element && element.checkVisibility() ? element.innerText.replace(/\s+/g, ' ').trim() : '';
    }, selector);

  it('runs no script: no element is upgraded', async () => {
    const upgraded = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('copro-') && element.shadowRoot).map((element) => element.localName),
    );
    assert.deepEqual(upgraded, []);
  });

  it('shows the standard wording of every plain-language block, not the plain one, and the words of terms', async () => {
    assert.match(await shown('copro-plain-text[block="summary"] [slot="standard"]'), /participatory budgeting/);
    assert.equal(await shown('copro-plain-text[block="summary"] [slot="plain"]'), '');
    assert.match(await shown('[data-copro-block="about-support"][data-copro-standard]'), /youth participation team/);
    assert.equal(await shown('[data-copro-block="about-support"][data-copro-plain]'), '');
    assert.equal(await shown('copro-term'), 'participatory budgeting');
  });

  it('explains the ladder and the room checklist, with another way to take part', async () => {
    // On the demo both sit in a disclosure (compact until used), which opens without script too.
    assert.equal(await shown('copro-ladder > p'), '', 'closed until opened');
    for (const summary of await page.$$('details.disclosure > summary')) await summary.click();
    assert.match(await shown('copro-ladder > p'), /ladder of co-production.*email us/);
    assert.match(await shown('copro-room-checklist > p'), /young carers.*email the youth participation team/);
    const links = await page.$$eval('copro-ladder a[href^="mailto:"], copro-room-checklist a[href^="mailto:"]', (found) => found.length);
    assert.equal(links, 2);
  });

  it('offers the board as a plain, labelled form, with its messages hidden until the server answers', async () => {
    assert.match(await shown('copro-feedback-board form'), /Post an idea/);
    assert.equal(await shown('#copro-thanks'), '');
    assert.equal(await shown('#copro-not-sent'), '');
    const tree = JSON.stringify(await page.accessibility.snapshot());
    assert.match(tree, /"role":"textbox","name":"Your idea"/);
    assert.match(tree, /"role":"button","name":"Send my idea"/);
    assert.doesNotMatch(tree, /Leave this empty/, 'the honeypot is hidden from assistive technology');
  });

  it('posts through the fallback form: the server stores it and the page thanks the person', async () => {
    const idea = `A bike repair café on Saturdays ${Date.now()}`;
    await page.type('#fallback-body', idea);
    await page.type('#fallback-name', 'Ri');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('copro-feedback-board button[type="submit"]')]);

    assert.equal(new URL(page.url()).hash, '#copro-thanks', `${page.url()}: ${(await page.content()).slice(0, 400)}`);
    assert.match(await shown('#copro-thanks'), /Thank you: your idea was sent/);
    assert.equal(await shown('#copro-not-sent'), '');

    const answer = await fetch(`${demo.base}/v1/boards/youth-fund-2026/posts?sort=newest`, { headers: STAFF });
    const { items } = (await answer.json()) as { items: { body: string; displayName: string | null }[] };
    const post = items.find((item) => item.body === idea);
    assert.ok(post, `the post is stored: ${JSON.stringify(items.map((item) => item.body))}`);
    assert.equal(post.displayName, 'Ri');
  });
});
