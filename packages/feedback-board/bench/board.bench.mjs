#!/usr/bin/env node
/**
 * Benchmark (not a test): the board's gzip size with every dependency, and the time to first
 * render of a board with 50 posts and one with 10,000, in headless Chromium against the real server.
 *
 *   node --import tsx packages/feedback-board/bench/board.bench.mjs
 *
 * Budget: 25 KB gzip. The list loads one cursor page (20 posts) whatever the board's size, so the
 * two render times should be close; a large gap means something renders or fetches per post.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleDefine } from '../../../scripts/bench/sizes.mjs';
import puppeteer from 'puppeteer-core';
import { openDatabase, startServer } from '@copro/server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BUDGET = 25 * 1024;
const RUNS = 5;
const work = mkdtempSync(join(tmpdir(), 'copro-board-bench-'));

// 1. Size: the define entry with lit, zod/mini, @copro/core and @copro/protocol, minified.
const code = await bundleDefine('feedback-board');
const gzip = gzipSync(code, { level: 9 }).length;
writeFileSync(join(work, 'board.js'), code);

// 2. A server with two boards: 50 posts and 10,000 posts (a tenth of them answered), inserted in SQL.
const options = { dataDir: join(work, 'db'), port: 0, allowedOrigins: ['*'], adminToken: 'bench', writeRateLimit: { limit: 1e9, windowSeconds: 60 }, log: () => {}, publicDir: work };
const db = await openDatabase(options);
async function seed(board, count) {
  await db.query(`INSERT INTO boards (id, title) VALUES ($1, $2)`, [board, `Benchmark board with ${count} posts`]);
  await db.query(
    `INSERT INTO posts (id, board_id, participant, body, display_name, visibility, support_count, created_at, response_status, response_message, responded_at)
     SELECT gen_random_uuid()::text, $1, 'bench', 'Idea ' || n || ': ' || repeat('more places for young people to meet after school ', 1 + n % 4),
       CASE WHEN n % 3 = 0 THEN 'Person ' || n END, 'visible', n % 17,
       now() - n * interval '1 minute',
       CASE WHEN n % 10 = 0 THEN 'planned' END, CASE WHEN n % 10 = 0 THEN 'We will look at this in May.' END,
       CASE WHEN n % 10 = 0 THEN now() - n * interval '30 seconds' END
     FROM generate_series(1, $2::int) AS n`,
    [board, count],
  );
}
await seed('bench-50', 50);
await seed('bench-10000', 10000);
const server = await startServer({ ...options, db });

writeFileSync(
  join(work, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>board bench</title>
<script type="module">
  await import('/board.js');
  const board = new URLSearchParams(location.search).get('board');
  const started = performance.now();
  const element = document.createElement('copro-feedback-board');
  element.setAttribute('endpoint', location.origin);
  element.setAttribute('board', board);
  document.body.append(element);
  const shown = () => element.shadowRoot?.querySelectorAll('ul.posts li.post').length ?? 0;
  while (shown() === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
  // One more frame: the posts are painted, not only in the DOM.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.__bench = { ms: performance.now() - started, fromNavigation: performance.now(), posts: shown(), nodes: element.shadowRoot.querySelectorAll('*').length };
</script></head><body></body></html>`,
);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function measure(board) {
  const runs = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?board=${board}`);
    await page.waitForFunction(() => window.__bench, { timeout: 30000 });
    const result = await page.evaluate(() => window.__bench);
    await page.close();
    if (run > 0) runs.push(result); // the first run warms the server and the browser's caches
  }
  return { ms: median(runs.map((r) => r.ms)), fromNavigation: median(runs.map((r) => r.fromNavigation)), posts: runs[0].posts, nodes: runs[0].nodes };
}

try {
  const small = await measure('bench-50');
  const large = await measure('bench-10000');
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`feedback board bundle: ${kb(code.length)} min, ${kb(gzip)} gzip -9 (budget ${kb(BUDGET)}: ${gzip <= BUDGET ? 'within' : 'OVER'})`);
  for (const [label, result] of [['50 posts', small], ['10,000 posts', large]]) {
    console.log(
      `first render, ${label}: ${result.ms.toFixed(0)} ms from element creation (${result.fromNavigation.toFixed(0)} ms from navigation), ` +
        `${result.posts} posts in the DOM, ${result.nodes} shadow nodes (median of ${RUNS}, headless Chromium)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
