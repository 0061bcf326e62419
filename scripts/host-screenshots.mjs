// Screenshots of copro's elements on each host page of test/support/host-pages.ts (GOV.UK Frontend,
// Bootstrap, WordPress-style, dark pages), with the visitor's system in light and in dark, at 1280
// and 320 px, from the real drop-in bundle (/copro/copro.js) and the reference server.
//   node --import tsx scripts/host-screenshots.mjs        (writes docs/images/hosts/*.png)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle } from '../packages/copro/build/bundle.mjs';
import { startServer } from '../packages/server/src/index.ts';
import { launchChromium, root } from '../test/fixtures/demo-server.ts';
import { elementsMarkup, hostPages, seedHostData } from '../test/support/host-pages.ts';

const out = join(root, 'docs/images/hosts');
mkdirSync(out, { recursive: true });
const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const pages = mkdtempSync(join(tmpdir(), 'copro-host-pages-'));
const dataDir = mkdtempSync(join(tmpdir(), 'copro-host-data-'));
const staffToken = 'host-screenshots-staff-token-0123456789';
ensureBundle();
const server = await startServer({
  port: 0,
  dataDir,
  adminToken: staffToken,
  publicDir: pages,
  extraStatic: {
    '/copro/': join(root, 'packages/copro/dist'),
    '/packages/copro/themes/': join(root, 'packages/copro/themes'),
    '/node_modules/govuk-frontend/': join(root, 'node_modules/govuk-frontend'),
    '/node_modules/bootstrap/': join(root, 'node_modules/bootstrap'),
  },
  log: () => {},
});
const demo = { base: server.url, staffToken };
const browser = await launchChromium();
try {
  const data = await seedHostData(demo.base, demo.staffToken);
  for (const host of hostPages) {
    const name = slug(host.name);
    // The server's strict Content-Security-Policy allows no inline style: the page's CSS is a file.
    if (host.css) writeFileSync(join(pages, `${name}.css`), host.css);
    const links = [...host.stylesheets, ...(host.css ? [`/${name}.css`] : [])].map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
    const meta = host.metaColorScheme ? `<meta name="color-scheme" content="${host.metaColorScheme}">` : '';
    const body = host.frame.replace('<div data-host-content></div>', `<div>${elementsMarkup(host, demo.base, data)}</div>`)
      .replace(/(<div class="entry-content") data-host-content><\/div>/, `$1>${elementsMarkup(host, demo.base, data)}</div>`);
    writeFileSync(
      join(pages, `${name}.html`),
      `<!doctype html><html lang="en" class="${host.htmlClass ?? ''}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${meta}
<title>${host.name}</title>${links}<script type="module" src="/copro/copro.js"></script></head><body class="${host.bodyClass ?? ''}">${body}</body></html>`,
    );
    for (const scheme of ['light', 'dark']) {
      for (const [width, height] of [[1280, 1100], [320, 1100]]) {
        const page = await browser.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width, height });
        await page.goto(`${demo.base}/${name}.html`, { waitUntil: 'networkidle2' });
        await page.waitForFunction(() => document.querySelector('copro-feedback-board')?.shadowRoot?.querySelector('.post'), { timeout: 15000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const file = join(out, `${name}-${scheme}-${width}.png`);
        await page.screenshot({ path: file });
        await page.close();
        console.log(file.slice(root.length));
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(pages, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
