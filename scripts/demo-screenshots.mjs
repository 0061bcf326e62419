// The demo page as a newcomer first sees it: `npm start` on a new data folder (so the demo
// consultation is seeded), then Chromium at 1280 and 320 px, light and dark. Prints the page's
// height and each section's, and writes full-page screenshots to docs/images/trial/.
//   node scripts/demo-screenshots.mjs [--no-screenshots] [--name before] [--port 8795]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || 8795;
const screenshots = !args.includes('--no-screenshots');
/** `--name before` writes demo-before-light-1280.png and so on. */
const name = args.includes('--name') ? `${args[args.indexOf('--name') + 1]}-` : '';
const out = join(root, 'docs/images/trial');
const dataDir = mkdtempSync(join(tmpdir(), 'copro-demo-shots-'));
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
  env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'COPRO_ADMIN_TOKEN' && name !== 'DATABASE_URL')), PORT: String(port), HOST: '127.0.0.1', COPRO_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let printed = '';
server.stdout.on('data', (chunk) => (printed += chunk));

async function ready() {
  for (let tries = 0; tries < 600; tries++) {
    try {
      // The demo is seeded once the board has answered posts.
      const answer = await fetch(`${base}/v1/boards/youth-fund-2026/accountability`);
      if (answer.ok && (await answer.json()).answered > 0) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The demo did not start:\n${printed}`);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  await ready();
  if (screenshots) mkdirSync(out, { recursive: true });
  const figures = {};
  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of [[1280, 900], [320, 640]]) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width, height });
      await page.goto(`${base}/`, { waitUntil: 'networkidle2' });
      await page.waitForFunction(
        () =>
          document.querySelector('copro-feedback-board')?.shadowRoot?.querySelector('.post') &&
          document.querySelector('copro-ladder')?.shadowRoot?.querySelector('form, .results') &&
          document.querySelector('copro-room-checklist')?.shadowRoot?.childElementCount &&
          document.querySelector('copro-you-said-we-did')?.shadowRoot?.childElementCount,
        { timeout: 30000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 800));
      const measured = await page.evaluate(() => ({
        page: document.documentElement.scrollHeight,
        sections: Object.fromEntries([...document.querySelectorAll('main > section, main > details, main > .contents')].map((section) => [section.id || section.querySelector('h2')?.id || section.className, Math.round(section.getBoundingClientRect().height)])),
      }));
      figures[`${scheme} ${width}`] = { ...measured, screens: Math.round((measured.page / height) * 10) / 10 };
      if (screenshots) {
        const image = await page.screenshot({ fullPage: true });
        const light = join(out, `demo-${name}light-${width}.png`);
        // The demo page is always light: a dark system setting gives the same picture, kept once.
        if (scheme === 'light' || !existsSync(light) || !readFileSync(light).equals(Buffer.from(image))) {
          await import('node:fs/promises').then(({ writeFile }) => writeFile(join(out, `demo-${name}${scheme}-${width}.png`), image));
        } else console.error(`demo-${name}dark-${width}.png: the same as light, not written`);
      }
      await page.close();
    }
  }
  // The staff page, signed in with the admin token printed on the first start: the moderation
  // queue with the reported post and the post flagged for personal details.
  const token = /Admin token: (\S+)/.exec(printed)?.[1];
  if (screenshots && token) {
    for (const [width, height] of [[1280, 900], [320, 640]]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.goto(`${base}/admin`, { waitUntil: 'networkidle2' });
      await page.waitForFunction(() => document.querySelector('copro-feedback-board')?.shadowRoot?.querySelector('#token'), { timeout: 30000 });
      await page.evaluate((value) => {
        const board = document.querySelector('copro-feedback-board').shadowRoot;
        board.querySelector('#token').value = value;
        board.querySelector('section[part="sign-in"] button[type="submit"]').click();
      }, token);
      await page.waitForFunction(() => document.querySelector('copro-feedback-board')?.shadowRoot?.querySelector('section[part="reported"]') && document.querySelector('copro-feedback-board')?.shadowRoot?.querySelector('.personal-flag'), { timeout: 30000 });
      await new Promise((resolve) => setTimeout(resolve, 800));
      const board = await page.$('copro-feedback-board');
      await board.screenshot({ path: join(out, `staff-queue-${width}.png`) });
      await page.close();
    }
  }
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
