// Screenshots of live updates (issue 21): two windows side by side on one room and one board; a
// change made in the left window appears in the right one. From the real drop-in bundle
// (/copro/copro.js) and the reference server, in headless Chromium (each window its own browser
// context: two people on two devices).
//   node --import tsx scripts/live-screenshots.mjs        (writes docs/images/live/*.png)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle } from '../packages/copro/build/bundle.mjs';
import { startServer } from '../packages/server/src/index.ts';
import { launchChromium, root } from '../test/fixtures/demo-server.ts';

const out = join(root, 'docs/images/live');
mkdirSync(out, { recursive: true });
const pages = mkdtempSync(join(tmpdir(), 'copro-live-pages-'));
const dataDir = mkdtempSync(join(tmpdir(), 'copro-live-data-'));
const staffToken = 'live-screenshots-staff-token-0123456789';
ensureBundle();
const server = await startServer({ port: 0, dataDir, adminToken: staffToken, publicDir: pages, extraStatic: { '/copro/': join(root, 'packages/copro/dist') }, log: () => {} });
const base = server.url;
const api = async (method, path, body, token) => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

const room = 'steering-group';
const board = 'high-street';
await api('PUT', `/v1/boards/${board}`, { title: 'Ideas for the high street' }, staffToken);
for (const [body, name] of [
  ['More benches near the bus stops, so older people can rest on the way into town.', 'Maureen'],
  ['Keep the library open on Saturday afternoons.', ''],
]) {
  await api('POST', `/v1/boards/${board}/posts`, { id: crypto.randomUUID(), participant: crypto.randomUUID(), body, ...(name ? { displayName: name } : {}) });
}
const link = await api('POST', `/v1/rooms/${room}/editor-links`, {}, staffToken);

writeFileSync(join(pages, 'live.css'), 'body { font-family: system-ui, sans-serif; margin: 0; padding: 1rem 1.25rem; background: #fff; color: #0b0c0c; } .who { font: 700 1rem system-ui; margin: 0 0 0.75rem; padding: 0.25rem 0.5rem; background: #f3f2f1; border-inline-start: 4px solid #1d70b8; }');
const page = (who, element) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${who}</title><link rel="stylesheet" href="/live.css"><script type="module" src="/copro/copro.js"></script></head>
<body><p class="who">${who}</p>${element}</body></html>`;
const checklist = `<copro-room-checklist endpoint="${base}" room="${room}"></copro-room-checklist>`;
const boardElement = `<copro-feedback-board endpoint="${base}" board="${board}"></copro-feedback-board>`;
for (const [file, who, element] of [
  ['room-a.html', 'Window 1: Aled, on his laptop', checklist],
  ['room-b.html', 'Window 2: Priya, on hers', checklist],
  ['board-a.html', 'Window 1: a resident posting', boardElement],
  ['board-b.html', 'Window 2: another resident reading', boardElement],
]) writeFileSync(join(pages, file), page(who, element));

const browser = await launchChromium();
const width = 560;
const height = 820;
/** A page in a browser of its own (its own storage and outbox): two people, two laptops. */
async function open(file, hash = '') {
  const tab = await (await browser.createBrowserContext()).newPage();
  await tab.setViewport({ width, height });
  await tab.goto(`${base}/${file}${hash}`, { waitUntil: 'networkidle2' });
  return tab;
}
/** Two shots side by side, as one PNG (a page showing both images). */
async function sideBySide(left, right, name, alt) {
  const [a, b] = await Promise.all([left.screenshot({ encoding: 'base64' }), right.screenshot({ encoding: 'base64' })]);
  const html = `<!doctype html><html><body style="margin:0;background:#505a5f;display:flex;gap:12px;padding:12px"><img alt="" src="data:image/png;base64,${a}"><img alt="" src="data:image/png;base64,${b}"></body></html>`;
  const sheet = await browser.newPage();
  await sheet.setViewport({ width: width * 2 + 36, height: height + 24 });
  await sheet.setContent(html);
  await sheet.screenshot({ path: join(out, `${name}.png`) });
  await sheet.close();
  console.log(`${name}.png: ${alt}`);
}
try {
  // The room: Aled marks a group in window 1; window 2 shows it within a second, and says so.
  const hash = new URL(link.url, base).hash;
  const roomA = await open('room-a.html', hash);
  const roomB = await open('room-b.html', hash);
  for (const tab of [roomA, roomB]) await tab.waitForFunction(() => document.querySelector('copro-room-checklist')?.shadowRoot?.querySelector('.groups li'), { timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, 800));
  await roomA.evaluate(() => {
    const select = document.querySelector('copro-room-checklist').shadowRoot.getElementById('g-young-people-status');
    select.value = 'invited';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.dispatchEvent(new FocusEvent('blur'));
  });
  await roomB.waitForFunction(() => document.querySelector('copro-room-checklist').shadowRoot.getElementById('g-young-people-status')?.value === 'invited', { timeout: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 400));
  await sideBySide(roomA, roomB, 'room-two-windows', 'Window 1 marks "Children and young people" invited; window 2 shows it without a reload');

  // The board: a resident posts in window 1; window 2 offers "1 new post: show it" without moving the list.
  const boardA = await open('board-a.html');
  const boardB = await open('board-b.html');
  for (const tab of [boardA, boardB]) await tab.waitForFunction(() => document.querySelector('copro-feedback-board')?.shadowRoot?.querySelector('.post'), { timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, 800));
  await boardA.evaluate(() => {
    const root = document.querySelector('copro-feedback-board').shadowRoot;
    const field = root.querySelector('textarea');
    field.value = 'A safe crossing outside the primary school on Mill Lane, please.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await boardA.evaluate(() => {
    const root = document.querySelector('copro-feedback-board').shadowRoot;
    root.querySelector('form button[type="submit"], form button:not([type])').click();
  });
  await boardB.waitForFunction(() => document.querySelector('copro-feedback-board').shadowRoot.getElementById('new-posts'), { timeout: 5000 });
  await boardB.evaluate(() => document.querySelector('copro-feedback-board').shadowRoot.getElementById('new-posts').scrollIntoView({ block: 'center' }));
  await new Promise((resolve) => setTimeout(resolve, 400));
  await sideBySide(boardA, boardB, 'board-two-windows', 'Window 1 posts; window 2 offers "1 new post: show it" above the list');
  // Window 2 shows it: the new post at the top, with focus.
  await boardB.evaluate(() => document.querySelector('copro-feedback-board').shadowRoot.getElementById('new-posts').click());
  await boardB.waitForFunction(() => document.querySelector('copro-feedback-board').shadowRoot.querySelectorAll('ul.posts .post').length === 3, { timeout: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 400));
  await sideBySide(boardA, boardB, 'board-shown', 'Window 2 has shown the new post: it is first, with focus');
} finally {
  await browser.close();
  await server.close?.();
  rmSync(pages, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
