// Screenshots for issue 20 (paper forms, poster, ladder entry). Not part of the repo.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle } from './packages/copro/build/bundle.mjs';
import { startServer } from './packages/server/src/index.ts';
import { launchChromium, root } from './test/fixtures/demo-server.ts';

const out = '/work/notes/shots/i20paper';
mkdirSync(out, { recursive: true });
const pages = mkdtempSync(join(tmpdir(), 'i20-pages-'));
const dataDir = mkdtempSync(join(tmpdir(), 'i20-data-'));
const token = 'i20paper-screenshots-staff-token-0123456789';
ensureBundle();
const server = await startServer({ port: 0, dataDir, adminToken: token, publicDir: pages, extraStatic: { '/copro/': join(root, 'packages/copro/dist') }, log: () => {} });
const base = server.url;
const put = (path, body) => fetch(`${base}${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then((r) => r.json());
await put('/v1/boards/youth-fund', {
  title: 'What should the youth fund pay for?',
  categories: [{ id: 'parks', label: 'Parks and play' }, { id: 'transport', label: 'Getting about' }, { id: 'clubs', label: 'Clubs and activities' }, { id: 'other', label: 'Something else' }],
  moderation: 'before',
  showChannel: true,
  pageUrl: 'https://www.aldermoor.example/have-your-say/youth-fund',
});
writeFileSync(join(pages, 'page.css'), `body{font-family:system-ui,sans-serif;margin:0;padding:16px;background:#fff;color:#0b0c0c}@media (prefers-color-scheme: dark){body{background:#121212;color:#eee}}`);
const html = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${title}</title><link rel="stylesheet" href="/page.css"><script type="module" src="/copro/copro.js"></script></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
writeFileSync(join(pages, 'staff.html'), html('Staff page', `<copro-staff-admin endpoint="/" board="youth-fund" heading-level="2"></copro-staff-admin>`));
writeFileSync(join(pages, 'ladder.html'), html('Ladder, staff view', `<copro-ladder endpoint="/" ladder="youth-ladder" results-only staff heading-level="2"></copro-ladder>`));

const browser = await launchChromium();
const shadowClick = (tag, selector) => (document.querySelector(tag).shadowRoot.querySelector(selector)).click();
try {
  // The paper form and the poster, as they print (print media, an A4-wide viewport).
  for (const sheet of ['form', 'poster']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 1200 });
    await page.goto(`${base}/staff.html`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => document.querySelector('copro-staff-admin')?.shadowRoot?.querySelector('#token'));
    await page.evaluate((t) => {
      const r = document.querySelector('copro-staff-admin').shadowRoot;
      r.querySelector('#token').value = t;
      r.querySelector('form button[type="submit"]').click();
    }, token);
    await page.waitForFunction(() => document.querySelector('copro-staff-admin')?.shadowRoot?.querySelector('[part="qr"]'), { timeout: 15000 });
    await page.evaluate(() => {
      const input = document.querySelector('copro-staff-admin').shadowRoot.querySelector('#return-to');
      input.value = 'The box at Aldermoor Library’s front desk';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      window.print = () => {};
    });
    if (sheet === 'form') await page.screenshot({ path: join(out, 'staff-print-screen-1000.png'), fullPage: true });
    await page.evaluate(shadowClick, 'copro-staff-admin', `#print-${sheet}`);
    await page.waitForFunction((s) => document.querySelector('copro-staff-admin').getAttribute('data-copro-print') === s, {}, sheet);
    await page.setViewport({ width: 794, height: 1123 });
    await page.emulateMediaType('print');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: join(out, `${sheet === 'form' ? 'paper-form' : 'poster'}-print.png`), fullPage: true });
    await page.pdf({ path: join(out, `${sheet === 'form' ? 'paper-form' : 'poster'}.pdf`), preferCSSPageSize: true });
    await page.close();
  }
  // The ladder's entry form: 1280 and 320 px, light and dark.
  for (const scheme of ['light', 'dark']) {
    for (const width of [1280, 320]) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width, height: 1400 });
      await page.goto(`${base}/ladder.html`, { waitUntil: 'networkidle2' });
      await page.waitForFunction(() => document.querySelector('copro-ladder')?.shadowRoot?.querySelector('#comments-token'), { timeout: 15000 });
      await page.evaluate((t) => {
        const r = document.querySelector('copro-ladder').shadowRoot;
        r.querySelector('#comments-token').value = t;
        r.querySelector('section[part="comments"] button[type="submit"]').click();
      }, token);
      await page.waitForFunction(() => document.querySelector('copro-ladder')?.shadowRoot?.querySelector('#rate-toggle'), { timeout: 15000 });
      await page.evaluate(shadowClick, 'copro-ladder', '#rate-toggle');
      await page.waitForFunction(() => document.querySelector('copro-ladder')?.shadowRoot?.querySelector('#rate-form'));
      // One rating added (confirmed), then an empty Add: the error summary.
      await page.evaluate(() => {
        const r = document.querySelector('copro-ladder').shadowRoot;
        r.querySelector('#rate-channel-event').click();
      });
      await page.waitForFunction(() => document.querySelector('copro-ladder').shadowRoot.querySelector('#rate-event'));
      await page.evaluate(() => {
        const r = document.querySelector('copro-ladder').shadowRoot;
        const ev = r.querySelector('#rate-event');
        ev.value = 'Pizza and Opinions, 4 December';
        ev.dispatchEvent(new Event('input'));
        r.querySelector('#rate-role-lived-experience').click();
        r.querySelector('#rate-now-consultation').click();
        r.querySelector('#rate-form button[type="submit"]').click();
      });
      await page.waitForFunction(() => document.querySelector('copro-ladder').shadowRoot.querySelector('#rate-confirm'), { timeout: 15000 });
      await page.evaluate(shadowClick, 'copro-ladder', '#rate-form button[type="submit"]');
      await page.waitForFunction(() => document.querySelector('copro-ladder').shadowRoot.querySelector('#rate-error-summary'));
      await new Promise((r) => setTimeout(r, 300));
      const handle = await page.evaluateHandle(() => document.querySelector('copro-ladder').shadowRoot.querySelector('[part="staff-entry"]'));
      await handle.screenshot({ path: join(out, `ladder-entry-${scheme}-${width}.png`) });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(pages, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
console.log('done');
