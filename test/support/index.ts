/**
 * Helpers for browser tests. The test runner starts the real reference server (PGlite) and
 * tells each test page where it is; see web-test-runner.config.mjs.
 */
import { executeServerCommand } from '@web/test-runner-commands';

interface TestSettings {
  endpoint: string;
  flakyBase: string;
  staffToken: string;
  browser: string;
}

declare global {
  interface Window {
    __COPRO_TEST__: TestSettings;
    axe?: { run(context: Element | Document, options: object): Promise<{ violations: AxeViolation[] }> };
  }
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

// Each test file starts as if in a fresh tab. The runners load file after file in the same tab
// (Chromium, Firefox and WebKit alike), and sessionStorage outlives those navigations: a staff
// token or a draft one file kept would otherwise be found by the next.
try {
  sessionStorage.clear();
} catch {
  // Storage blocked: nothing is kept there either.
}

/** The base URL of the reference server the test runner started. */
export function testEndpoint(): string {
  return window.__COPRO_TEST__.endpoint;
}

/**
 * The same server and database behind a second address, the one `serverDown`, `serverUp` and
 * `serverFails` act on. Each test page has its own (its wtr session id is in the path), so a fault
 * test never disturbs tests running beside it in another tab or browser.
 */
export function flakyEndpoint(): string {
  const session = new URLSearchParams(location.search).get('wtr-session-id');
  if (!session) throw new Error('flakyEndpoint() needs the test page URL’s wtr-session-id.');
  return `${window.__COPRO_TEST__.flakyBase}${encodeURIComponent(session)}`;
}

/** The test server as an endpoint without live streams (its `.../events` answer 404), as an organisation's own may be. */
export function noLiveEndpoint(): string {
  return `${window.__COPRO_TEST__.endpoint}/no-live`;
}

/** How many live streams of a board or room the test server holds open now (counted on the server). */
export async function openStreams(kind: 'board' | 'room', resource: string): Promise<number> {
  return (await executeServerCommand<number, { kind: string; resource: string }>('copro-streams', { kind, resource })) ?? 0;
}

/** The staff token the test server was started with. */
export function staffToken(): string {
  return window.__COPRO_TEST__.staffToken;
}

/** A fresh id for a board, room or ladder, so tests never see each other's data. */
export function freshId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 13)}`;
}

/** Takes this page's `flakyEndpoint` down (the database stays): its connections are cut, as if the server were down. */
export async function serverDown(): Promise<void> {
  await executeServerCommand('copro-server', { action: 'down' });
}

/** Brings this page's `flakyEndpoint` back. */
export async function serverUp(): Promise<void> {
  await executeServerCommand('copro-server', { action: 'up' });
}

/**
 * Runs `work` holding the test server's lock `name` (web-test-runner.config.mjs): for a test that
 * changes server-wide state and reads it back, while the same test may run in another engine.
 */
export async function holdingServerLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  await executeServerCommand('copro-lock', { name });
  try {
    return await work();
  } finally {
    await executeServerCommand('copro-unlock', { name });
  }
}

/**
 * Makes the next `count` API requests to `flakyEndpoint` answer `status`: 500 by default (a server
 * fault, not a network failure), or 401 (a staff token no longer accepted) or 403 (a role too low).
 * With `method`, only requests of that method count (a write's failure that an element's own reads,
 * made meanwhile, must not use up); with `path` (as `/v1/clarity`, no query), only requests to it.
 */
export async function serverFails(count: number, status: 500 | 401 | 403 = 500, method?: 'GET' | 'POST' | 'PUT' | 'DELETE', path?: string): Promise<void> {
  await executeServerCommand('copro-server', { action: 'fail', count, status, method, path });
}

/**
 * Sets the page's viewport size in every engine. WebKit through WebDriver resizes its window, which
 * has a minimum width, so compare layouts with `document.documentElement.clientWidth`, not the number asked for.
 */
export async function setTestViewport(width: number, height: number): Promise<void> {
  await executeServerCommand('copro-viewport', { width, height });
  // Not a frame wait: a page in a background tab may get no animation frames.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Makes the next `count` writes (POST, PUT, DELETE) to this page's `flakyEndpoint` reach the server
 * and be stored, but lose their answer (the connection drops): the client sees a network failure
 * and must retry, and the server must store the retry once. Chromium resends a POST once by itself
 * when a reused connection drops before any answer, so drop at least 3 to make the widget retry.
 */
export async function serverDropsAnswers(count: number): Promise<void> {
  await executeServerCommand('copro-server', { action: 'drop-answers', count });
}

/**
 * Makes the next `count` writes to this page's `flakyEndpoint` reach the server and be stored, and
 * their answer start (status, headers, a first byte) but never finish: the body stalls for good.
 */
export async function serverStallsAnswers(count: number): Promise<void> {
  await executeServerCommand('copro-server', { action: 'stall-answers', count });
}

/** The address a `fetch` call asks for (without making a Request of it, which would use up a body). */
const urlOf = (input: RequestInfo | URL) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/**
 * Watches this page's GET requests whose address `matches` (passed through to the real server,
 * only counted): `answered(pattern)` counts those answered with success whose address matches
 * `pattern` (`{ ok: false }`: those that failed), and `idle()` is true while none is on its way.
 * `restore()` puts `fetch` back.
 */
export function watchReads(matches: (url: string) => boolean) {
  const fetchBefore = window.fetch;
  const answered: { url: string; ok: boolean }[] = [];
  let inFlight = 0;
  window.fetch = async (input, init) => {
    const url = urlOf(input);
    const counted = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase() === 'GET' && matches(url);
    if (!counted) return fetchBefore(input, init);
    inFlight++;
    let ok = false;
    try {
      const response = await fetchBefore(input, init);
      ok = response.ok;
      return response;
    } finally {
      inFlight--;
      answered.push({ url, ok });
    }
  };
  return {
    /** Answered with success (2xx) whose address matches `pattern`; with `ok: false`, those that failed (an error status, or no answer). */
    answered: (pattern: RegExp, { ok = true } = {}) => answered.filter((read) => read.ok === ok && pattern.test(read.url)).length,
    idle: () => inFlight === 0,
    restore: () => (window.fetch = fetchBefore),
  };
}

/**
 * Holds the answers of this page's GETs whose address `matches` (and whose headers, if it looks at
 * them): each reaches the server at once, and its answer comes back only on `release()`, as a slow
 * answer would. `restore()` puts `fetch` back.
 */
export function holdReads(matches: (url: string, headers: Headers) => boolean) {
  const fetchBefore = window.fetch;
  let held = 0;
  let holding = true;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  window.fetch = async (input, init) => {
    const response = await fetchBefore(input, init);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    if (holding && method.toUpperCase() === 'GET' && matches(urlOf(input), headers)) {
      held++;
      await gate;
    }
    return response;
  };
  const release = () => {
    holding = false;
    open();
  };
  return {
    held: () => held,
    release,
    restore: () => {
      window.fetch = fetchBefore;
      release();
    },
  };
}

/**
 * Holds this page's requests for live streams whose path ends with `pathEnd` until `open()` (they
 * then go to the real server), as a slow connection would. `restore()` puts `fetch` back and opens.
 */
export function holdStreams(pathEnd: string) {
  const fetchBefore = window.fetch;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  window.fetch = async (input, init) => {
    if (new URL(urlOf(input), location.href).pathname.endsWith(pathEnd)) await gate;
    return fetchBefore(input, init);
  };
  return {
    open,
    restore: () => {
      window.fetch = fetchBefore;
      open();
    },
  };
}

/** Waits until `check` returns something truthy, or fails after `timeoutMs`. */
export async function until<T>(check: () => T | Promise<T>, message = 'condition', timeoutMs = 8000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Sends a raw request to the test server (to check what it stored, bypassing the widgets). */
export async function api<T = unknown>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: T }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(new URL(path.replace(/^\//, ''), testEndpoint().replace(/\/?$/, '/')), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : undefined) as T };
}

/**
 * Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on an element (inside its shadow
 * root too) and fails with a readable list of every violation.
 */
export async function expectAccessible(element: Element | Document): Promise<void> {
  if (!window.axe) await import('axe-core/axe.min.js');
  const results = await window.axe!.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  if (results.violations.length) {
    const lines = results.violations.flatMap((violation) => [
      `${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes.map((node) => `  at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    ]);
    throw new Error(`axe found ${results.violations.length} WCAG 2.2 AA violation(s):\n${lines.join('\n')}`);
  }
}

/** Every element matching `selector` inside the shadow roots below `root`. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    found.push(...(node.querySelectorAll(selector) as NodeListOf<T>));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** A node of the browser's accessibility tree, as `a11ySnapshot` gives it. */
export interface AxNode {
  role: string;
  name?: string;
  checked?: boolean | 'mixed';
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  level?: number;
  children?: AxNode[];
}

/** Whether this engine gives tests its accessibility tree (Chromium does; Firefox and WebKit here do not). */
export const hasAccessibilityTree = /Chrome\//.test(navigator.userAgent);
/** WebKit (MiniBrowser), not Chromium: for the few known WebKit-only defects a test names. */
/** Firefox: for the few known Firefox-only defects a test names. */
export const isFirefox = /Firefox\//.test(navigator.userAgent);
export const isWebKit = /AppleWebKit\//.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);

/**
 * The page's accessibility tree (the whole page: the runner's command cannot select inside a
 * shadow root). Undefined in engines that give none, so callers can skip there; in Chromium a
 * missing tree is an error, never a silent skip.
 */
export async function accessibilityTree(): Promise<AxNode | undefined> {
  if (!hasAccessibilityTree) return undefined;
  const { a11ySnapshot } = await import('@web/test-runner-commands');
  const tree = (await a11ySnapshot({})) as unknown as AxNode | undefined;
  if (!tree) throw new Error('Chromium gave no accessibility tree.');
  return tree;
}

/** Every node of an accessibility tree that matches. */
export function findNodes(node: AxNode | undefined, match: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (!node) return found;
  if (match(node)) found.push(node);
  for (const child of node.children ?? []) findNodes(child, match, found);
  return found;
}

/**
 * Emulates the visitor's system colour scheme (`prefers-color-scheme`). Resolves whether the page
 * now has that scheme: false where the engine cannot emulate it (Firefox's BiDi here, WebKit through
 * WebDriver) and its own setting is the other one, so a caller can skip there; Chromium always can.
 */
export async function emulateSystemColorScheme(scheme: 'light' | 'dark'): Promise<boolean> {
  await executeServerCommand('copro-color-scheme', { scheme });
  await new Promise((resolve) => setTimeout(resolve, 30));
  return matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
}

/**
 * Emulates print media (`print`), or the screen again (`screen`), optionally with forced colours.
 * Resolves whether the page now matches `print` as asked: false where the engine cannot emulate it
 * (Firefox here, WebKit through WebDriver), so a caller can skip there; Chromium always can.
 */
export async function emulateMedia(type: 'print' | 'screen', forcedColors?: 'active' | 'none'): Promise<boolean> {
  const done = await executeServerCommand('copro-media', { type: type === 'print' ? 'print' : null, forcedColors });
  await new Promise((resolve) => setTimeout(resolve, 30));
  return Boolean(done) && matchMedia('print').matches === (type === 'print');
}

/** Prints the page to PDF as Chromium would (its @page size): the number of pages, or null where the engine cannot. */
export async function printedPages(): Promise<number | null> {
  const result = (await executeServerCommand('copro-pdf', {})) as { pages: number } | null;
  return result?.pages ?? null;
}
