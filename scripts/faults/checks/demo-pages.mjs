// The demo pages under the server's security headers: every element defined, and nothing the
// pages need blocked by either Content-Security-Policy (the header's or the pages' own meta tag).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../../packages/server/src/index.ts';
import { root } from '../lib.mjs';

export function ensureBundle() {
  const bundle = join(root, 'packages/copro/dist/copro.js');
  if (!existsSync(bundle)) {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
    if (result.status !== 0) throw new Error('npm run build failed: packages/copro/dist/copro.js is missing');
  }
  return bundle;
}

export async function demoPagesUnderHeaders(log) {
  ensureBundle();
  const server = await startServer({
    port: 0,
    dataDir: 'memory://',
    publicDir: join(root, 'packages/copro/demo'),
    extraStatic: { '/copro/': join(root, 'packages/copro/dist') },
    log: () => {},
  });
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });
  const blocking = [];
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI || e.sourceFile}`)),
    );
    const violations = [];
    page.on('console', (message) => message.text().startsWith('CSP ') && violations.push(message.text()));
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
    for (const path of ['/', '/admin']) {
      violations.length = 0;
      // networkidle2, not 0: the checklist keeps its live stream (Server-Sent Events) open.
      const response = await page.goto(server.url + path, { waitUntil: 'networkidle2', timeout: 30_000 });
      const csp = response.headers()['content-security-policy'];
      const tags = await page.evaluate(() =>
        // Outermost copro-* elements are the widgets; ones inside them may be data (<copro-group>).
        [...new Set([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('copro-') && !el.parentElement?.closest('copro-room-checklist, copro-feedback-board, copro-ladder, copro-plain-language')).map((el) => el.localName))].map((name) => [name, Boolean(customElements.get(name))]),
      );
      const undefinedTags = tags.filter(([, defined]) => !defined).map(([name]) => name);
      log(
        `${path}: header CSP "${csp}"; ${tags.length} kinds of copro element, undefined: ${undefinedTags.length ? undefinedTags.join(', ') : 'none'}; ` +
          `policy violations or page errors: ${violations.length ? violations.join(' | ') : 'none'} ${undefinedTags.length || violations.length ? 'FAIL' : 'OK'}`,
      );
      if (undefinedTags.length || violations.length || !tags.length) blocking.push(path);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  if (blocking.length) throw new Error(`demo pages broken under the headers: ${blocking.join(', ')}`);
}
