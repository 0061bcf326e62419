/**
 * The drop-in: a page that loads only the built `packages/copro/dist/copro.js` (served as it is,
 * no dev-server transform) shows every element working against the reference server. copro.js is
 * a loader: it fetches each element's code from the chunks beside it when the tag appears. The page
 * (test/fixtures/drop-in.html) runs in a same-origin iframe, so nothing from the test's own
 * imports (the sources, Lit) can stand in for the bundle.
 *
 * The bundle must be built from the current sources first (`npm run build`; scripts/test.mjs
 * should do it before the browser tests). A missing bundle fails with that instruction.
 */
import { expect } from '@open-wc/testing';
import { catalogues } from '../../scripts/messages/catalogues.ts';
import { api, freshId, openStreams, staffToken, testEndpoint, until } from '../support/index.ts';

const DIST = '/packages/copro/dist/';
const BUNDLE = `${DIST}copro.js`;
const TAGS = ['copro-feedback-board', 'copro-room-checklist', 'copro-ladder', 'copro-plain-language', 'copro-plain-text', 'copro-term'];

interface Loaded {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  ids: { board: string; room: string; ladder: string };
}

/** The scripts a page has fetched, as paths. */
const scriptsOf = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    // The test runner adds its own web-socket script to every page it serves.
    .filter((path) => (path.endsWith('.js') || path.endsWith('.ts')) && !path.startsWith('/__web-dev-server'));

async function loadDropIn(): Promise<Loaded> {
  const bundle = await fetch(BUNDLE, { method: 'HEAD', cache: 'no-store' });
  if (!bundle.ok) throw new Error(`${BUNDLE} is missing (${bundle.status}): run \`npm run build\` before the browser tests.`);
  const ids = { board: freshId('drop-in'), room: freshId('drop-in'), ladder: freshId('drop-in') };
  const query = new URLSearchParams({ endpoint: testEndpoint(), ...ids });
  const frame = document.createElement('iframe');
  frame.title = 'Drop-in page';
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/drop-in.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'copro.js to define every element', 15000);
  return { frame, win, doc: frame.contentDocument!, ids };
}

/** An empty page that loads copro.js, in a frame of this test page: its window once the loader is there. */
async function emptyDropInPage(title: string): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.title = title;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/drop-in-empty.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await until(() => scriptsOf(win).includes(BUNDLE), 'copro.js');
  return { frame, win };
}

const inside = (doc: Document, tag: string, selector: string) => doc.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('drop-in copro.js (the built file alone)', function () {
  this.timeout(30000);
  let page: Loaded;

  before(async () => {
    page = await loadDropIn();
  });

  after(() => page?.frame.remove());

  it('loads copro.js and then only chunks from beside it, and defines every element', () => {
    const scripts = scriptsOf(page.win);
    expect(scripts.slice(0, 2)).to.have.members([BUNDLE, '/test/fixtures/drop-in-query.js']);
    const chunks = scripts.slice(2);
    expect(chunks.length, 'the elements’ code comes in chunks').to.be.greaterThan(1);
    // Hashed names under chunks/, fetched relative to copro.js.
    expect(chunks.filter((path) => !/^\/packages\/copro\/dist\/chunks\/[\w-]+-[\w-]{8}\.js$/.test(path))).to.deep.equal([]);
    // The page's Lit is the bundle's own: the test page's realm has no copro elements at all.
    expect(TAGS.filter((tag) => !page.win.customElements.get(tag))).to.deep.equal([]);
  });

  it('renders every element from the server: board, checklist, ladder, switch, block and term', async () => {
    const { doc } = page;
    await until(() => inside(doc, 'copro-feedback-board', 'textarea'), 'the board’s form');
    await until(() => (doc.querySelector('copro-room-checklist')?.shadowRoot?.querySelectorAll('select').length ?? 0) >= 20, 'the room’s default groups');
    await until(() => (doc.querySelector('copro-ladder')?.shadowRoot?.querySelectorAll('input[type="radio"]').length ?? 0) >= 7, 'the ladder’s rungs');
    expect(inside(doc, 'copro-plain-language', '[role="switch"]')?.getAttribute('aria-checked')).to.equal('false');
    expect(inside(doc, 'copro-term', 'button')?.textContent).to.include('definition');
    expect(inside(doc, 'copro-plain-text', 'slot[name="standard"]')).to.not.equal(null);
  });

  it('posts an idea through the board, and the server stores it', async () => {
    const { doc, ids } = page;
    const idea = `A homework club at the library ${Date.now()}`;
    const textarea = inside(doc, 'copro-feedback-board', 'textarea') as HTMLTextAreaElement;
    textarea.value = idea;
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    inside(doc, 'copro-feedback-board', 'button[type="submit"]')!.click();
    await until(async () => {
      const { json } = await api<{ items: { body: string }[] }>('GET', `/v1/boards/${ids.board}/posts?sort=newest`, undefined, staffToken());
      return json.items.some((item) => item.body === idea);
    }, 'the server to store the post', 10000);
  });

  it('switches the page to plain language', async () => {
    const { doc } = page;
    inside(doc, 'copro-plain-language', '[role="switch"]')!.click();
    await until(() => doc.documentElement.dataset.coproReading === 'plain', 'plain reading');
    await until(() => inside(doc, 'copro-plain-text', 'slot[name="plain"]'), 'the plain version');
    inside(doc, 'copro-plain-language', '[role="switch"]')!.click();
    await until(() => doc.documentElement.dataset.coproReading === 'standard', 'standard reading again');
  });

  it('loads author mode from its own chunk beside copro.js, only when it is turned on', async () => {
    const { doc, win } = page;
    const before = scriptsOf(win);
    doc.querySelector('copro-plain-language')!.setAttribute('author', '');
    // The block shows its notes in its own shadow root.
    const notes = await until(() => inside(doc, 'copro-plain-text', 'copro-author-notes')?.shadowRoot?.textContent?.trim(), 'author notes', 10000);
    expect(notes).to.match(/\d/);
    const added = scriptsOf(win).filter((path) => !before.includes(path));
    expect(added.some((path) => path.startsWith(`${DIST}chunks/define-notes-`)), added.join(', ')).to.equal(true);
  });

  it('keeps the board’s staff words out of what a reader downloads', async () => {
    const staffWords = ['Sign in to moderate', 'Download all posts (CSV)', 'Nothing is waiting for moderation.'];
    const scripts = scriptsOf(page.win);
    for (const words of staffWords) expect(await scriptsHolding(scripts, words), words).to.deep.equal([]);
  });

  it('loads the “Forget me on this device” panel, its messages included, from its own chunk only when it is opened', async () => {
    const { doc, win } = page;
    const before = scriptsOf(win);
    const download = 'Download what is stored about me';
    expect(await scriptsHolding(before, download), 'the panel is not in what every reader downloads').to.deep.equal([]);
    inside(doc, 'copro-feedback-board', '#copro-forget-toggle')!.click();
    await until(() => inside(doc, 'copro-feedback-board', '.forget-download')?.textContent?.trim() === download, 'the panel', 10000);
    await until(() => doc.querySelector('copro-feedback-board')!.shadowRoot!.activeElement?.classList.contains('forget-heading'), 'focus on the panel heading');
    const added = scriptsOf(win).filter((path) => !before.includes(path));
    expect(added.some((path) => path.startsWith(`${DIST}chunks/forget-panel-`)), added.join(', ')).to.equal(true);
    inside(doc, 'copro-feedback-board', '#copro-forget-toggle')!.click();
  });
});

/** Which of these scripts hold `text` (in their code or their messages). */
async function scriptsHolding(paths: string[], text: string): Promise<string[]> {
  const bodies = await Promise.all(paths.map(async (path) => (await fetch(path)).text()));
  return paths.filter((_, index) => bodies[index]!.includes(text));
}

describe('drop-in copro.js: elements added after it loaded', function () {
  this.timeout(30000);

  it('loads an element’s code the first time its tag appears, and only that element’s', async () => {
    const { frame, win } = await emptyDropInPage('Empty drop-in page');
    try {
      // Nothing on the page yet: nothing but the loader is fetched, nothing is defined.
      expect(scriptsOf(win)).to.deep.equal([BUNDLE]);
      expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal([]);
      const section = win.document.createElement('section');
      section.innerHTML = '<p><copro-term definition="Local people choose between ideas and vote on them.">participatory budgeting</copro-term></p>';
      win.document.querySelector('main')!.append(section);
      await until(() => win.customElements.get('copro-term'), '<copro-term> to be defined', 10000);
      await until(() => section.querySelector('copro-term')?.shadowRoot?.querySelector('button'), 'the term to render');
      expect(win.customElements.get('copro-feedback-board'), 'the board is not loaded for a term').to.equal(undefined);
      // Nor the words of elements that talk to an endpoint (errors, the outbox): a term never does.
      expect(await scriptsHolding(scriptsOf(win), 'You seem to be offline'), 'the endpoint’s error words').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('gives a page with only the board none of the other widgets’ routes, nor the board’s staff routes', async () => {
    const { frame, win } = await emptyDropInPage('Drop-in page with a board');
    try {
      const board = win.document.createElement('copro-feedback-board');
      board.setAttribute('endpoint', testEndpoint());
      const id = freshId('drop-in');
      board.setAttribute('board', id);
      win.document.querySelector('main')!.append(board);
      await until(() => board.shadowRoot?.querySelector('textarea'), 'the board’s form', 10000);
      // The board's live updates load once its list has: wait until their stream is open (all their
      // code loaded), so what they fetch is judged too. Their chunk once held the room's stream
      // path, seen only when it happened to load before the check.
      await until(async () => (await openStreams('board', id)) >= 1, 'the board’s live stream', 10000);
      const scripts = scriptsOf(win);
      // Each route's path is a string in the bundle: the board's own reads are there, nothing else's.
      expect((await scriptsHolding(scripts, '/v1/boards/{board}/mine')).length, 'the board’s own routes').to.be.greaterThan(0);
      for (const path of ['/v1/ladders/', '/v1/rooms/', '/v1/clarity', '/v1/staff', '/v1/boards/{board}/reports', '/posts/{post}/response', '/posts/{post}/visibility']) {
        expect(await scriptsHolding(scripts, path), path).to.deep.equal([]);
      }
    } finally {
      frame.remove();
    }
  });
});

/** English texts (no placeholders, long enough to be unmistakable) that Welsh says differently. */
async function englishOnly(): Promise<string[]> {
  const texts: string[] = [];
  for (const { catalogue } of catalogues) {
    const welsh = (await catalogue.load('cy'))!;
    for (const [key, message] of Object.entries(catalogue.en)) {
      if (typeof message === 'string' && message.length >= 6 && !message.includes('{') && welsh[key] !== message) texts.push(message);
    }
  }
  return texts;
}

describe('drop-in copro.js: a Welsh page', function () {
  this.timeout(30000);

  it('shows Welsh from the first render through the loader: no English first while the element and Welsh load', async function () {
    this.retries(0);
    const { frame, win } = await emptyDropInPage('Welsh drop-in page');
    try {
      // Every shadow root the elements make (when their chunks arrive) is watched from its start,
      // so every text it ever shows is recorded.
      const seen: string[] = [];
      const attachShadow = win.Element.prototype.attachShadow;
      win.Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        const root = attachShadow.call(this, init);
        new win.MutationObserver(() => seen.push(root.textContent ?? '')).observe(root, { childList: true, subtree: true, characterData: true });
        return root;
      };
      const holder = win.document.createElement('div');
      holder.lang = 'cy';
      holder.innerHTML = `<copro-feedback-board endpoint="${testEndpoint()}" board="${freshId('welsh-drop-in')}"></copro-feedback-board><copro-plain-language></copro-plain-language>`;
      win.document.querySelector('main')!.append(holder);
      const board = holder.querySelector('copro-feedback-board')!;
      const toggle = holder.querySelector('copro-plain-language')!;
      await until(() => board.shadowRoot?.textContent?.includes('Ychwanegwch eich syniad'), 'the Welsh board', 15000);
      await until(() => toggle.shadowRoot?.textContent?.includes('Iaith glir'), 'the Welsh switch', 15000);
      expect(scriptsOf(win).some((path) => /\/chunks\/messages\.cy-[\w-]+\.js$/.test(path)), 'Welsh came as a chunk beside copro.js').to.equal(true);
      const english = await englishOnly();
      for (const text of seen) {
        const shown = english.filter((phrase) => text.includes(phrase));
        expect(shown, `English on a Welsh page: ${shown.join(' | ')}`).to.deep.equal([]);
      }
      expect(seen.length).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });
});
