// Strict pages: the demo's Content-Security-Policy has no 'unsafe-inline' or 'unsafe-eval' and
// requires Trusted Types for every script sink. Under it, in Chromium, every element renders and
// works (a post is made, plain language switched on, a term's definition opened, author mode's
// its chunk loaded) with no console error and no `securitypolicyviolation` event.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, startDemoServer, type DemoServer } from '../fixtures/demo-server.ts';

const STAFF = { authorization: 'Bearer demo-test-staff-token-0123456789abcdefghij' };

/** The policy of a page's `<meta http-equiv="Content-Security-Policy">`. */
function metaPolicy(page: string): Map<string, string[]> {
  const content = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(content, 'the page carries its policy in a meta tag');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the demo under a strict Content-Security-Policy with Trusted Types', { timeout: 90_000 }, () => {
  let demo: DemoServer;
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    [demo, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path} console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path} page error: ${String(error)}`));
    // Violations inside shadow roots bubble out (composed), so one listener on the window sees them all.
    await page.exposeFunction('reportViolation', (text: string) => problems.push(`${path} violation: ${text}`));
    // Strings, not functions: tsx's helpers (`__name`) do not exist in the page.
    await page.evaluateOnNewDocument(`window.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(event.violatedDirective + ' ' + event.blockedURI + ' at ' + event.sourceFile + ':' + event.lineNumber), true);`);
    await page.goto(`${demo.base}${path}`, { waitUntil: 'networkidle2' });
    return page;
  }

  it('has a policy without unsafe-inline or unsafe-eval, requiring Trusted Types', async () => {
    for (const path of ['/', '/admin']) {
      const policy = metaPolicy(await (await fetch(`${demo.base}${path}`)).text());
      const values = [...policy.values()].flat();
      assert.ok(!values.includes("'unsafe-inline'") && !values.includes("'unsafe-eval'"), `${path}: ${[...policy]}`);
      assert.deepEqual(policy.get('script-src'), ["'self'"]);
      assert.deepEqual(policy.get('style-src'), ["'self'"]);
      assert.deepEqual(policy.get('require-trusted-types-for'), ["'script'"]);
    }
  });

  it('renders every element and makes a post, with no console error or policy violation', async () => {
    const page = await open('/');
    // Every element has rendered its own interface in its shadow root.
    const rendered = (tag: string, selector: string) => `!!document.querySelector('${tag}')?.shadowRoot?.querySelector('${selector}')`;
    await page.waitForFunction(
      [
        rendered('copro-feedback-board', 'textarea'),
        rendered('copro-room-checklist', '.public-list li'), // read-only on the public page: the compact summary
        rendered('copro-ladder', 'input[type="radio"]'),
        rendered('copro-plain-language', '[role="switch"]'),
        rendered('copro-plain-text', 'slot'),
        rendered('copro-term', 'button'),
      ].join(' && '),
      { timeout: 20_000 },
    );

    const idea = `Late-night bus home from the youth club ${Date.now()}`;
    await page.locator('copro-feedback-board >>> textarea').fill(idea);
    await page.locator('copro-feedback-board >>> button[type="submit"]').click();
    let stored = false;
    for (let tries = 0; tries < 50 && !stored; tries++) {
      const answer = await fetch(`${demo.base}/v1/boards/youth-fund-2026/posts?sort=newest`, { headers: STAFF });
      stored = ((await answer.json()) as { items: { body: string }[] }).items.some((item) => item.body === idea);
      if (!stored) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(stored, 'the post reached the server');

    // A term's definition opens in its pop-over (Floating UI places it through the CSSOM).
    await page.locator('copro-term >>> button').click();
    await page.waitForFunction(() => document.querySelector('copro-term')?.shadowRoot?.querySelector('button')?.getAttribute('aria-expanded') === 'true');
    // Plain language on: the plain wording shows (the summary's terms are in its standard wording, so after the term).
    await page.locator('copro-plain-language >>> [role="switch"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.coproReading === 'plain');
    // Author mode loads its chunk from beside copro.js.
    await page.evaluate(() => document.querySelector('copro-plain-language')!.setAttribute('author', ''));
    await page.waitForFunction(() => !!document.querySelector('copro-author-notes')?.shadowRoot?.textContent?.trim(), { timeout: 10_000 });

    assert.deepEqual(problems, []);
  });

  it('loads the staff page with no console error or policy violation', async () => {
    const page = await open('/admin');
    await page.waitForFunction(`[...document.querySelectorAll('*')].some((element) => element.localName.startsWith('copro-') && element.shadowRoot?.childElementCount)`);
    // The staff element loads its chunk and, signed in as an admin, renders the staff and audit screens.
    await page.locator('copro-staff-admin >>> #token').fill(STAFF.authorization.slice('Bearer '.length));
    await page.locator('copro-staff-admin >>> form button[type="submit"]').click();
    // Polled on a timer: a locator's wait can miss changes made only inside a shadow root.
    await page.waitForFunction(
      () => ['audit-filters', 'staff-screen', 'waiting'].every((part) => document.querySelector('copro-staff-admin')?.shadowRoot?.querySelector(`[part="${part}"]`)),
      { timeout: 30_000, polling: 100 },
    );
    // The poster loads the QR code's chunk from beside copro.js; printing adopts a page stylesheet (no inline style).
    await page.locator('copro-staff-admin >>> #poster-address').fill('https://www.aldermoor.example/have-your-say');
    await page.waitForFunction(() => document.querySelector('copro-staff-admin')?.shadowRoot?.querySelector('[part="qr"] path'), { timeout: 30_000, polling: 100 });
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.locator('copro-staff-admin >>> #print-poster').click();
    await page.waitForFunction(() => document.querySelector('copro-staff-admin')?.getAttribute('data-copro-print') === 'poster', { timeout: 10_000, polling: 100 });
    assert.deepEqual(problems, []);
  });
});
