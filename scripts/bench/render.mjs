// First render of the elements other than the board (the board has its own bench), from the built
// copro.js in headless Chromium against the reference server: the time from creating the element
// to its content (the server's data, for the data-driven ones) being in its shadow root and painted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../packages/server/src/index.ts';
import { ensureBundle } from '../faults/checks/demo-pages.mjs';
import { root } from '../faults/lib.mjs';

const RUNS = 5;

/** Each case: the markup to add, and text that shows it rendered (from the server, where it needs one). */
const cases = [
  { tag: 'copro-room-checklist', html: '<copro-room-checklist endpoint="{origin}" room="bench-room"></copro-room-checklist>', ready: 'Children and young people', what: '26 default groups from the server' },
  { tag: 'copro-ladder', html: '<copro-ladder endpoint="{origin}" ladder="bench-ladder"></copro-ladder>', ready: 'Co-production', what: '7 rungs from the server' },
  { tag: 'copro-plain-language', html: '<copro-plain-language></copro-plain-language>', what: 'the switch' },
  { tag: 'copro-plain-text', html: '<copro-plain-text block="b"><p slot="standard">Standard words.</p><p slot="plain">Plain words.</p></copro-plain-text>', what: 'one block, two versions' },
  { tag: 'copro-term', html: '<copro-term definition="A plain definition.">term</copro-term>', what: 'the word and its button' },
];

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>render bench</title>
<script type="module">
  await import('/copro/copro.js');
  const q = new URLSearchParams(location.search);
  const ready = q.get('ready');
  const host = document.createElement('div');
  const started = performance.now();
  host.innerHTML = q.get('html').replaceAll('{origin}', location.origin);
  document.body.append(host);
  const el = host.firstElementChild;
  const deepText = (node) => [...(node.shadowRoot ? node.shadowRoot.querySelectorAll('*') : [])].map((n) => (n.shadowRoot ? deepText(n) : '') + (n.childElementCount ? '' : n.textContent)).join(' ');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (;;) {
    await frame();
    if (!el.shadowRoot || !el.shadowRoot.childElementCount) continue;
    if (ready && !deepText(el).includes(ready)) continue;
    if (el.shadowRoot.querySelector('[aria-busy="true"]')) continue;
    break;
  }
  await frame();
  window.__bench = { ms: performance.now() - started, fromNavigation: performance.now(), nodes: el.shadowRoot.querySelectorAll('*').length };
</script></head><body></body></html>`;

export async function elementRenders() {
  ensureBundle();
  const work = await mkdtemp(join(tmpdir(), 'copro-render-bench-'));
  await writeFile(join(work, 'index.html'), page);
  const server = await startServer({ port: 0, dataDir: 'memory://', publicDir: work, extraStatic: { '/copro/': join(root, 'packages/copro/dist') }, writeRateLimit: { limit: 1e9, windowSeconds: 60 }, log: () => {} });
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const results = [];
  try {
    for (const item of cases) {
      const runs = [];
      for (let run = 0; run <= RUNS; run++) {
        const tab = await browser.newPage();
        const query = new URLSearchParams({ html: item.html, ...(item.ready ? { ready: item.ready } : {}) });
        await tab.goto(`${server.url}/?${query}`);
        await tab.waitForFunction(() => window.__bench, { timeout: 20_000 });
        const result = await tab.evaluate(() => window.__bench);
        await tab.close();
        if (run > 0) runs.push(result); // the first run warms the server and the caches
      }
      results.push({ tag: item.tag, ms: median(runs.map((r) => r.ms)), fromNavigation: median(runs.map((r) => r.fromNavigation)), what: item.what });
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
  return results;
}
