#!/usr/bin/env node
// `npm run size`: what a page downloads, measured the way a browser downloads it. Each page loads
// only the drop-in copro.js (as built by `npm run build`; built first when missing or older than
// its sources, or with `--build`) and shows some elements; headless Chromium opens it, and every
// JavaScript file the page fetches is counted at gzip -9, each file on its own, summed.
//
// Pages and the issue's budgets (KiB = 1,024 bytes):
//   the loader alone (copro.js on a page with no copro element)      2
//   only the feedback board                                          33
//   only the plain-language switch and blocks                        14
//   all four elements (board, checklist, ladder, switch+blocks+term) 64
// Prints each page's files and totals and exits 1 when a page is over its enforced budget. Where
// the issue's budget is not reached today, the enforced budget is the best figure reached plus a
// little headroom (see BUDGETS), and the gap is printed on every run.
//
// Beside them, measured in the same run and the same way (their own CDN autoloaders, which also
// load each component's code when its tag appears): the same-scope sets of Shoelace 2 and Web
// Awesome 3, a form with a text area, an input, a select, a radio group, a button, a dialog and a
// tooltip. Only JavaScript is counted, for them as for copro (their theme CSS is extra).
//
// `--breakdown`: also prints, for each copro page, which source modules make up the bytes of the
// files it fetched (grouped: Lit, zod, the element base, the outbox, the board…; then the biggest
// modules). The pages are then served from a second build with source maps in a temporary folder,
// byte for byte the shipped files (checked; COPRO_SIZE_KEEP_MAPS=1 keeps that folder and says where);
// see scripts/size-breakdown.mjs for the method. Then the same for the board built as one file
// without its lazy imports: the floor reference of docs/performance.md ("What a board page downloads").
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { DIST, ensureBundle } from '../packages/copro/build/bundle.mjs';
import { attributePage, buildAlone, buildWithSourceMaps, printAttribution } from './size-breakdown.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const KiB = 1024;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

ensureBundle({ force: process.argv.includes('--build') });
const mapped = process.argv.includes('--breakdown') ? await buildWithSourceMaps(root) : undefined;

/** URL prefix -> folder served as it is. */
const MOUNTS = {
  '/copro/': mapped?.outDir ?? join(root, DIST),
  '/shoelace/': join(root, 'node_modules/@shoelace-style/shoelace/cdn'),
  '/webawesome/': join(root, 'node_modules/@awesome.me/webawesome/dist-cdn'),
};

const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>size</title>${head}</head><body><main>${body}</main></body></html>`;
const coproPage = (body) => page('<script type="module" src="/copro/copro.js"></script>', body);
const endpoint = 'endpoint="/api"';
const BOARD = `<copro-feedback-board ${endpoint} board="size"></copro-feedback-board>`;
const PLAIN = `<copro-plain-language></copro-plain-language>
<copro-plain-text block="intro"><p slot="standard">The council will allocate funds.</p><p slot="plain">We will choose what to spend money on.</p></copro-plain-text>`;
const TERM = '<copro-term definition="Local people choose between ideas and vote on them.">participatory budgeting</copro-term>';
const formSet = (prefix) => `<form>
<${prefix}-textarea label="Your idea"></${prefix}-textarea>
<${prefix}-input label="Your name"></${prefix}-input>
<${prefix}-select label="Topic"><${prefix}-option value="a">Places</${prefix}-option><${prefix}-option value="b">Travel</${prefix}-option></${prefix}-select>
<${prefix}-radio-group label="Role" name="role"><${prefix}-radio value="a">Resident</${prefix}-radio><${prefix}-radio value="b">Staff</${prefix}-radio></${prefix}-radio-group>
<${prefix}-tooltip content="Sends your idea"><${prefix}-button type="submit">Send</${prefix}-button></${prefix}-tooltip>
<${prefix}-dialog label="Thank you">Thanks</${prefix}-dialog>
</form>`;

/**
 * Each page: its tags (all must be defined before measuring), the issue's budget and the enforced
 * one. Enforced budgets where the issue's cannot be met yet: measured on 2026-12-05 with the
 * loader, plus about 4% headroom (see docs and the issue note); lower them as the sizes come down.
 * Re-measured the same day after the host-page colours and sizes (light-dark() tokens, the host
 * font), typed language catalogues with on-demand Welsh, dates and the staff session landed
 * together: board 40.8 KiB, switch and blocks 15.5 KiB, all four 77.3 KiB.
 * Lowered on 2026-12-05 (branch i17) after two hand-made shared chunks (vite.config.ts), the staff
 * session and a council's catalogue code loaded only when needed, the default groups, rungs and
 * roles read from the endpoint in the page's language (`?lang=`) instead of shipped, and CSS
 * comments dropped: board 39.5 KiB, switch and blocks 14.6 KiB, all four 71.7 KiB. What is left
 * over the issue's figures: zod and every widget's schemas and routes in one shared client (per-
 * widget clients come with the route-table work of issue 12), the board's staff messages in its
 * reader chunk, Lit and the element base (about 11.6 KiB on every page), floating-ui for pop-overs.
 * Raised on 2026-12-05 when the session's features merged (measured: board 47.1, then 47.5 with
 * the shared download helper and the similar-search header, switch and
 * blocks 15.3, all four 80.2 KiB): "Forget me on this device" (its 2.6 KiB chunk loads with every
 * board and ladder), reports of posts, the staff promise and record messages in the reader chunk,
 * @lit/task for the board's reads, the route-table client and the header-based support routes.
 * Lowered on 2026-12-05 (branch i17b): "Forget me on this device" loads its panel, messages and
 * styles when first opened (its button and held-writes offer moved into the shared data chunk),
 * then the board's staff messages moved to the staff chunk. Measured: board 45.6 then 44.0 KiB,
 * switch and blocks 14.9 KiB, all four 78.6 then 77.1 KiB; then the route table split into one
 * module per resource, with the board's staff schemas and the public record's in their own modules,
 * so the shared data chunk holds only the board's reads: board 42.6 KiB, all four 76.6 KiB; then
 * the endpoint's error and outbox words moved from the base chunk to the data chunk: switch and
 * blocks 14.2 KiB (board 42.8, all four 76.7 KiB).
 * Raised a little on 2026-12-05 when i17b merged with the day's other work (measured: board 43.1,
 * all four 77.3 KiB): a moderator's redaction shown to readers, staff seeing the ladder's withheld
 * roles, outbox writes and feed links taken from the route table, an outbox that leaves another
 * tab's room write it has no key for, and the GOV.UK field-error style shared in the base styles.
 * (A staff-only schema module had pulled zod's URL check into every reader page, +0.4 KiB: moved.)
 * What is left over the issue's figures: Lit and the element base (about 10.7 KiB on every page),
 * zod, the outbox, floating-ui for pop-overs.
 */
const PAGES = [
  { name: 'copro: the loader alone', html: coproPage(''), tags: [], issue: 2 * KiB, budget: 2 * KiB },
  // Raised by 0.3 KiB (branch i20kiosk): kiosk mode's hooks in the reader chunk (the `kiosk`
  // property, its lazy import, the per-person participant, the kiosk key on a board's writes,
  // about 250 B gzip); the kiosk itself (timers, screens, words, styles) is its own chunk.
  // All four: raised to 77.9 KiB when kiosk mode, the board's live updates (their loader hook) and
  // the print rules of the plain-language switch merged together (measured 79,694 B, 27 B over
  // 77.8): each branch had fitted the old budget alone.
  // Then board 43.9 and all four 78.4 KiB (measured 44,852 and 80,197 B) for the fixes of the day's
  // review: a tablet's queued posts and supports stay its person's and carry the kiosk key only when
  // queued on the tablet (board and ladder), and the room checklist's Web Lock that lets a change
  // made in another window of the browser show live. Correctness first; the bytes are owed.
  // All four: raised to 79.3 KiB (measured 81,122 B, 841 B over 78.4) when the form fields of the
  // board's report form and quick entry, the ladder's rating form and on-behalf entry, the room's
  // note and the staff print screen became one core helper (core/src/fields.ts, issue 12: no
  // markup repeated across widgets). On this page the room and the ladder show fields at once, so
  // the helper's chunk (1,080 B) loads; the board alone does not load it. Kept in the `data` chunk
  // instead it cost the board page 800 B, which matters more.
  // The switch meets the issue's 14 KiB (measured 14,091 B) since dates left the translator for
  // their own module in the `data` chunk: a page with only the switch shows no dates.
  // Lowered on 2026-12-05 (branch i17attr) after attributing the board page's bytes to source
  // modules (`--breakdown`, see docs/performance.md "What a board page downloads"): HTML comments
  // out of Lit templates, headings without lit/static-html, the forget panel's storage code, "Remove
  // them from my post", the report form's words, a board's settings' refinements and the similar-posts
  // search (loaded on the first keystroke) out of the first download. Measured: board 43,552 B
  // (42.5 KiB), all four 80,226 B (78.3 KiB).
  { name: 'copro: only the feedback board', html: coproPage(BOARD), tags: ['copro-feedback-board'], issue: 33 * KiB, budget: 42.7 * KiB },
  { name: 'copro: only plain-language switch + blocks', html: coproPage(PLAIN), tags: ['copro-plain-language', 'copro-plain-text'], issue: 14 * KiB, budget: 14 * KiB },
  {
    name: 'copro: all four elements',
    html: coproPage(`${PLAIN}<p>${TERM}</p>${BOARD}<copro-room-checklist ${endpoint} room="size"></copro-room-checklist><copro-ladder ${endpoint} ladder="size"></copro-ladder>`),
    tags: ['copro-feedback-board', 'copro-room-checklist', 'copro-ladder', 'copro-plain-language', 'copro-plain-text', 'copro-term'],
    issue: 64 * KiB,
    budget: 78.5 * KiB,
  },
  {
    name: 'Shoelace 2 (same-scope form set)',
    html: page('<script type="module" src="/shoelace/shoelace-autoloader.js"></script>', formSet('sl')),
    tags: ['sl-textarea', 'sl-input', 'sl-select', 'sl-option', 'sl-radio-group', 'sl-radio', 'sl-button', 'sl-dialog', 'sl-tooltip'],
    comparison: true,
  },
  {
    name: 'Web Awesome 3 (same-scope form set)',
    html: page('<script type="module" src="/webawesome/webawesome.loader.js"></script>', formSet('wa')),
    tags: ['wa-textarea', 'wa-input', 'wa-select', 'wa-option', 'wa-radio-group', 'wa-radio', 'wa-button', 'wa-dialog', 'wa-tooltip'],
    comparison: true,
  },
];

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const pageIndex = /^\/page\/(\d+)$/.exec(path)?.[1];
  if (pageIndex !== undefined) return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGES[Number(pageIndex)].html);
  for (const [prefix, folder] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(folder, `.${path.slice(prefix.length - 1)}`);
    if (!file.startsWith(folder + sep)) break;
    try {
      return void response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      break;
    }
  }
  // The elements' API calls (`/api/...`) and anything else: not found. Sizes do not depend on it.
  response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found","message":"Not found."}}');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Opens a page, waits for its tags and for the network to settle; answers every JS file it fetched. */
async function measure(index, { tags }) {
  const tab = await browser.newPage();
  const files = new Map();
  tab.on('response', async (answer) => {
    const url = new URL(answer.url());
    if (answer.request().resourceType() !== 'script' || url.origin !== base || answer.status() !== 200) return;
    files.set(url.pathname, answer.buffer().then((body) => ({ min: body.length, gzip: gzip(body) })));
  });
  await tab.goto(`${base}/page/${index}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction((names) => names.every((name) => customElements.get(name)), { timeout: 20_000 }, tags);
  await tab.waitForNetworkIdle({ idleTime: 300 });
  await tab.close();
  const measured = [];
  for (const [path, sizes] of files) measured.push({ path, ...(await sizes) });
  return measured;
}

const pad = (text, width) => String(text).padEnd(width);
const num = (value) => Math.round(value).toLocaleString('en-GB');
const kib = (bytes) => (bytes / KiB).toFixed(1);
const results = [];
try {
  for (const [index, spec] of PAGES.entries()) {
    const files = await measure(index, spec);
    const total = files.reduce((sum, file) => sum + file.gzip, 0);
    results.push({ ...spec, files, total });
    console.log(`\n${spec.name}: ${files.length} JavaScript file(s), ${num(total)} B gzip -9 (${kib(total)} KiB)`);
    for (const file of files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${pad(num(file.gzip), 8)} ${pad(num(file.min), 9)} ${file.path}`);
    if (mapped && !spec.comparison) printBreakdown(files);
  }
} finally {
  await browser.close();
  server.close();
  if (mapped && process.env.COPRO_SIZE_KEEP_MAPS) console.log(`\nThe build with source maps is kept in ${mapped.outDir}`); else mapped?.remove();
}

/** `--breakdown`: the page's files, each the shipped file byte for byte, attributed to source modules. */
function printBreakdown(files) {
  const mine = files.filter((file) => file.path.startsWith('/copro/'));
  for (const { path } of mine) {
    const shipped = join(root, DIST, path.slice('/copro/'.length));
    let same = false;
    try {
      same = readFileSync(shipped).equals(readFileSync(join(mapped.outDir, path.slice('/copro/'.length))));
    } catch {}
    if (!same) throw new Error(`--breakdown: ${path} of the build with source maps differs from ${DIST}'s; run with --build`);
  }
  printAttribution(attributePage(mine, { folder: mapped.outDir, prefix: '/copro/', root }));
}

if (mapped) {
  // The floor reference (docs/performance.md): the board's first download as one file, nothing lazy, nothing shared.
  const alone = await buildAlone(root, 'packages/feedback-board/src/define.ts');
  const files = [{ path: alone.file }];
  const bytes = gzip(readFileSync(join(alone.outDir, alone.file)));
  console.log(`\nThe board alone, as one file without its lazy imports (no chunks shared with other elements): ${num(bytes)} B gzip -9 (${kib(bytes)} KiB), plus the loader`);
  printAttribution(attributePage(files, { folder: alone.outDir, prefix: '/', root }), { top: 0 });
  alone.remove();
}

console.log(`\n${pad('page', 46)} ${pad('files', 6)} ${pad('gzip KiB', 9)} ${pad('issue', 12)} enforced`);
let over = 0;
let issueMisses = 0;
for (const row of results) {
  if (row.comparison) {
    console.log(`${pad(row.name, 46)} ${pad(row.files.length, 6)} ${pad(kib(row.total), 9)} (for comparison)`);
    continue;
  }
  const missesIssue = row.total > row.issue;
  if (missesIssue) issueMisses += 1;
  const fails = row.total > row.budget;
  if (fails) over += 1;
  console.log(`${pad(row.name, 46)} ${pad(row.files.length, 6)} ${pad(kib(row.total), 9)} ${pad(`${kib(row.issue)} ${missesIssue ? 'over' : 'ok'}`, 12)} ${kib(row.budget)} ${fails ? 'OVER' : 'ok'}`);
}
if (issueMisses) console.log(`\n${issueMisses} page(s) over the issue's budget (enforced at the best figure reached so far; see the top of scripts/size.mjs).`);
if (over) {
  console.error(`\n${over} page(s) over their enforced budget.`);
  process.exit(1);
}
console.log('Every page is within its enforced budget.');
