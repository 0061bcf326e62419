// Browser tests: real browsers against the real reference server on an embedded database.
// Run through `npm test` (scripts/test.mjs), which loads tsx so this file can import TypeScript.
// BROWSERS=chromium (default) | chromium,firefox,webkit
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { appInternals, createApp, openDatabase } from '@copro/server';
import { countingReporter } from './scripts/test-reporters/wtr-counts.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { leavesPagesAgain } from './scripts/test-support/leave-pages-again.mjs';
import { bundledDependencies } from './scripts/test-support/bundled-dependencies.mjs';
import { testFiles } from './scripts/test-support/test-files.mjs';

const STAFF_TOKEN = 'test-staff-token-0123456789abcdefghijkl';
const browsers = (process.env.BROWSERS || 'chromium').split(',').map((name) => name.trim()).filter(Boolean);
const cleanups = [];

// --- the reference server, in this process so tests can take it down and bring it back ---
const dataDir = mkdtempSync(join(tmpdir(), 'copro-wtr-'));
cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
const serverOptions = {
  dataDir,
  adminToken: STAFF_TOKEN,
  allowedOrigins: ['*'],
  autoCreate: true,
  writeRateLimit: { limit: 100000, windowSeconds: 60 },
  // Every test page shares one address: without this, typing in boards across files spends the search allowance.
  searchRateLimit: { burst: 100000, perSecond: 100000 },
  // The same for failed staff sign-ins: tests that try a wrong token, across files and engines,
  // would otherwise lock every later staff sign-in out for ten minutes.
  signInFailures: 100000,
  // Every test page shares one address, and every checklist holds a live stream.
  live: { perClient: 100000 },
  // Every answer checked against its schema (off in production): a wrong answer fails the test that reads it.
  checkAnswers: true,
  version: 'test',
  log: () => {},
};
const db = await openDatabase(serverOptions);
const app = await createApp({ ...serverOptions, db });
// Two listeners on the same app and database. `endpoint` is always up. `flakyEndpoint` is for fault
// tests: each test page gets its own path prefix there (`/s/<wtr session id>`) with its own fault
// state, so one page taking "its" server down never disturbs a test running beside it in another
// tab or engine. While a page's server is down, its connections are destroyed: the browser sees a
// real network failure, not an HTTP answer.
const faults = new Map(); // session id -> { down: boolean, failNext: number, dropAnswers: number, stallAnswers: number }
const faultsOf = (id) => {
  if (!faults.has(id)) faults.set(id, { down: false, failNext: 0, dropAnswers: 0, stallAnswers: 0 });
  return faults.get(id);
};

async function flakyFetch(request, env) {
  const url = new URL(request.url);
  const match = url.pathname.match(/^\/s\/([^/]+)(\/.*)?$/);
  if (!match) return new Response('Use flakyEndpoint() from test/support.', { status: 404 });
  const state = faultsOf(match[1]);
  if (state.down) {
    env.incoming.socket.destroy();
    return new Response(null, { status: 503 });
  }
  const path = match[2] || '/';
  if (
    state.failNext > 0 &&
    path.startsWith('/v1/') &&
    request.method !== 'OPTIONS' &&
    (!state.failMethod || request.method === state.failMethod) &&
    (!state.failPath || path === state.failPath)
  ) {
    state.failNext -= 1;
    const status = state.failStatus ?? 500;
    const code = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden_role' : 'internal_error';
    return new Response(JSON.stringify({ error: { code, message: 'Injected fault for a test.' } }), {
      status,
      headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    });
  }
  url.pathname = path;
  const hasBody = !['GET', 'HEAD'].includes(request.method);
  const forwarded = new Request(url, { method: request.method, headers: request.headers, body: hasBody ? await request.arrayBuffer() : undefined });
  const answer = await app.fetch(forwarded, env);
  if (state.dropAnswers > 0 && hasBody && request.method !== 'OPTIONS' && path.startsWith('/v1/')) {
    // The server has done the write; the answer is lost on the way back (a dropped connection).
    state.dropAnswers -= 1;
    env.incoming.socket.destroy();
  }
  if (state.stallAnswers > 0 && hasBody && request.method !== 'OPTIONS' && path.startsWith('/v1/')) {
    // The server has done the write and its answer starts (status, headers, a first byte of the
    // body), then the rest never comes: a connection that stalls half-way, as a loaded engine's
    // network process can leave one. A client that times out only the headers waits for ever.
    state.stallAnswers -= 1;
    const text = await answer.text();
    const stalled = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text.slice(0, 1)));
      },
    });
    const headers = new Headers(answer.headers);
    headers.delete('Content-Length');
    return new Response(stalled, { status: answer.status, headers });
  }
  return answer;
}

function listener(fetch) {
  let server;
  let port = 0;
  return {
    get port() {
      return port;
    },
    up() {
      if (server?.listening) return Promise.resolve();
      return new Promise((resolve) => {
        server = serve({ fetch, port, hostname: '127.0.0.1' }, (info) => {
          port = info.port;
          resolve();
        });
      });
    },
    down() {
      if (!server?.listening) return Promise.resolve();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}
// `/no-live/...` on the stable listener is the same endpoint without live streams (as an
// organisation's own endpoint may be): its `.../events` answer 404.
async function stableFetch(request, env) {
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/no-live/')) return app.fetch(request, env);
  if (url.pathname.endsWith('/events')) {
    return new Response(JSON.stringify({ error: { code: 'not_found', message: 'No live streams here.' } }), {
      status: 404,
      headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    });
  }
  url.pathname = url.pathname.slice('/no-live'.length);
  const hasBody = !['GET', 'HEAD'].includes(request.method);
  return app.fetch(new Request(url, { method: request.method, headers: request.headers, body: hasBody ? await request.arrayBuffer() : undefined }), env);
}
const stable = listener(stableFetch);
const flaky = listener(flakyFetch);
await stable.up();
await flaky.up();
const endpoint = `http://127.0.0.1:${stable.port}`;
const flakyBase = `http://127.0.0.1:${flaky.port}/s/`;
cleanups.push(async () => {
  await stable.down().catch(() => {});
  await flaky.down().catch(() => {});
  await db.close();
});

const mediaSessions = new WeakMap(); // page -> its CDP session for print and forced-colours emulation

// Server-wide state (the retention settings) that a test changes and reads back: engines that run
// side by side share this one server (Firefox and WebKit do), so such a test holds a named lock
// while it does, and the same test in another engine waits. A lock left by a page that died is free
// again after 60 s.
const locks = new Map(); // name -> { owner: session id, until: ms }
async function lock(name, owner) {
  for (;;) {
    const held = locks.get(name);
    if (!held || held.owner === owner || held.until < Date.now()) {
      locks.set(name, { owner, until: Date.now() + 60_000 });
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function serverControlPlugin() {
  return {
    name: 'copro-server-control',
    async executeCommand({ command, payload, session }) {
      if (command === 'copro-lock') return lock(payload.name, session.id);
      if (command === 'copro-unlock') {
        if (locks.get(payload.name)?.owner === session.id) locks.delete(payload.name);
        return true;
      }
      if (command === 'copro-viewport') {
        // setViewport from @web/test-runner-commands does not support WebDriver (WebKit), so resize the window there.
        const launcher = session.browser;
        if (typeof launcher.getPage === 'function') {
          await launcher.getPage(session.id).setViewport({ width: payload.width, height: payload.height });
        } else if (launcher.driver) {
          await launcher.driver.setWindowSize(payload.width, payload.height);
        } else {
          throw new Error('This browser cannot change its viewport size.');
        }
        return true;
      }
      if (command === 'copro-color-scheme') {
        // The visitor's system setting (prefers-color-scheme). Chromium emulates it through CDP;
        // Firefox through BiDi where its puppeteer supports it. WebDriver (WebKit) cannot: false.
        const launcher = session.browser;
        if (typeof launcher.getPage !== 'function') return false;
        try {
          await launcher.getPage(session.id).emulateMediaFeatures([{ name: 'prefers-color-scheme', value: payload.scheme }]);
          return true;
        } catch {
          return false;
        }
      }
      if (command === 'copro-media') {
        // Print media (and forced colours) as Chromium prints: emulateMediaType('print') through CDP.
        // Other engines here cannot emulate print: false, so a caller can skip there.
        const launcher = session.browser;
        if (typeof launcher.getPage !== 'function') return false;
        try {
          // Through CDP itself: puppeteer's emulateMediaFeatures has no forced-colors.
          const page = launcher.getPage(session.id);
          if (!mediaSessions.has(page)) mediaSessions.set(page, await page.createCDPSession());
          await mediaSessions.get(page).send('Emulation.setEmulatedMedia', {
            media: payload.type ?? '',
            features: payload.forcedColors ? [{ name: 'forced-colors', value: payload.forcedColors }] : [],
          });
          return true;
        } catch {
          return false;
        }
      }
      if (command === 'copro-pdf') {
        // The page printed to PDF as Chromium prints it (its @page size and margins): the number of
        // pages, so a test can tell a sheet fits on one. Null where the engine cannot print to PDF.
        const launcher = session.browser;
        if (typeof launcher.getPage !== 'function') return null;
        try {
          const pdf = Buffer.from(await launcher.getPage(session.id).pdf({ preferCSSPageSize: true, printBackground: false })).toString('latin1');
          return { pages: (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length };
        } catch {
          return null;
        }
      }
      if (command === 'copro-streams') {
        // How many live streams of one board or room the server holds open (one browser should hold one).
        return appInternals(app).live.countOf(payload.kind, payload.resource);
      }
      if (command !== 'copro-server') return undefined;
      const state = faultsOf(session.id);
      if (payload.action === 'down') state.down = true;
      else if (payload.action === 'up') state.down = false;
      else if (payload.action === 'fail') {
        state.failNext = payload.count;
        state.failStatus = payload.status ?? 500;
        state.failMethod = payload.method;
        state.failPath = payload.path;
      }
      else if (payload.action === 'drop-answers') state.dropAnswers = payload.count;
      else if (payload.action === 'stall-answers') state.stallAnswers = payload.count;
      else throw new Error(`Unknown copro-server action ${payload.action}`);
      return true;
    },
  };
}

// --- browsers, as ../shared/TOOLCHAIN.md found them to work on Debian ---
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The launcher for one engine, with how many test files it runs at once (see `concurrency` below). */
async function launcherFor(name) {
  const launcher = await engine(name);
  launcher.concurrency = name === 'chromium' ? 2 : 1;
  return launcher;
}

/**
 * Polls `isReady` every `everyMs` until it answers true; fails at once, saying why, if `child` exits
 * first, and after `timeoutMs`. For the programs WebKit needs, each of which takes its own time to
 * start: a fixed pause (1.5 s) was too short on a loaded machine, and the first WebDriver session
 * request failed ("Failed to fetch [POST] …/session"), and the whole WebKit run with it.
 */
async function startedWhen(child, what, isReady, { timeoutMs = 60_000, everyMs = 100 } = {}) {
  let exited;
  child.once('exit', (code, signal) => (exited = `${what} exited (${signal ?? `code ${code}`}) before it was ready`));
  const deadline = Date.now() + timeoutMs;
  while (!(await isReady())) {
    if (exited) throw new Error(exited);
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Whether WebKitWebDriver on `port` answers `GET /status` as ready. */
async function driverAnswers(port) {
  try {
    const status = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2000) }).then((answer) => answer.json());
    return status?.value?.ready === true;
  } catch {
    return false; // not listening yet
  }
}

async function engine(name) {
  if (name === 'chromium') {
    return chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs },
      // Two test files run at once in two tabs; only one has focus. Emulating focus in each (as
      // Playwright does) keeps keyboard, focus and frame timing working in the background tab too.
      // Each tab gets its own browser context, so the two files share no storage, Web Locks or
      // BroadcastChannels: a file that sets the plain reading mode in localStorage must not switch
      // the blocks of the file beside it (it did, through the `storage` event, in a full run).
      // A tab is reused for later files, as one visitor's browser would be.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    });
  }
  if (name === 'firefox') {
    const puppeteer = (await import('puppeteer-core')).default;
    const downloads = mkdtempSync(join(tmpdir(), 'copro-firefox-downloads-'));
    cleanups.push(() => rmSync(downloads, { recursive: true, force: true }));
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: {
          // Focus and blur events as if the window always had focus (what Mozilla's own test
          // harnesses set): otherwise a file that moves window focus (a download) silences
          // keyboard and blur events for every file after it.
          'focusmanager.testmode': true,
          // Downloads (CSV exports) go quietly to a temporary folder, with no panel.
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.alwaysOpenPanel': false,
          'browser.download.panel.shown': true,
          'browser.helperApps.neverAsk.saveToDisk': 'text/csv,text/plain,application/octet-stream',
        },
      },
    });
  }
  if (name === 'webkit') {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const display = ':' + (90 + Math.floor(Math.random() * 50));
    const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const driverPort = 4444 + Math.floor(Math.random() * 1000);
    const driver = spawn('WebKitWebDriver', [`--port=${driverPort}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    cleanups.push(() => {
      driver.kill();
      xvfb.kill();
    });
    // MiniBrowser needs Xvfb's socket for the display; the launcher needs the driver to answer.
    await startedWhen(xvfb, `Xvfb (display ${display})`, () => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), { everyMs: 50 });
    await startedWhen(driver, `WebKitWebDriver (port ${driverPort})`, () => driverAnswers(driverPort));
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port: driverPort,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
        // Navigation commands return once the navigation has started, not when the page has
        // loaded: web-test-runner waits for the test page to report in anyway. Waiting for "load"
        // let a test page whose load never finished hold WebKit's driver, so the next command
        // (leaving the page) queued behind it for 120 s, and a test page still "loading" when the
        // run ended failed its navigation after the driver had stopped (ECONNREFUSED, uncaught).
        pageLoadStrategy: 'none',
      },
    });
    return leavesPagesAgain(launcher);
  }
  throw new Error(`Unknown browser "${name}" in BROWSERS (use chromium, firefox, webkit)`);
}

let cleanedUp = false;
/** The signal that stopped this run from outside, if one did: the reporter names it. */
let stoppedBy;
async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const cleanup of cleanups.reverse()) await cleanup();
}
process.on('exit', () => {
  for (const cleanup of cleanups) {
    try {
      const result = cleanup();
      if (result?.catch) result.catch(() => {});
    } catch {}
  }
});
// Stopped from outside (someone's kill, a CI time limit): say so, since the run then ends with no summary.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nweb-test-runner (${browsers.join(', ')}) received ${signal} from outside: stopping before the run finished.`);
    process.exitCode = 1;
    stoppedBy = signal;
    cleanUp().finally(() => process.exit(1));
  });
}

// The packages that run in a browser (all but the server), each with its tests, and the tests of the whole.
const testDirectories = [
  ...['protocol', 'core', 'feedback-board', 'room-checklist', 'ladder', 'plain-language', 'you-said-we-did', 'staff', 'copro'].map((name) => `packages/${name}/test`),
  'test/browser',
];
// `copro-source`: the @copro packages' TypeScript sources (their exports give built files to everyone else).
const exportConditions = ['copro-source', 'development', 'browser'];

export default {
  files: testDirectories.map((directory) => `${directory}/**/*.test.ts`),
  nodeResolve: { exportConditions },
  // Keys go only to the focused page. Chromium can emulate focus in every tab (see launcherFor), so
  // it runs two files at once; Firefox cannot, and WebDriver (WebKit) sends keys only in session
  // mode: one page at a time for each of those (each launcher's own `concurrency`, set in
  // launcherFor; scripts/test.mjs runs Chromium in one pass and Firefox beside WebKit in another).
  // This global value must stay 1: the WebDriver launcher reads it, not its own, and above 1 runs
  // files in iframes, where keys do not arrive.
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 5 * 60 * 1000,
  browserStartTimeout: 60000,
  browsers: await Promise.all(browsers.map(launcherFor)),
  plugins: [
    bundledDependencies({ rootDir: process.cwd(), entryPoints: testDirectories.flatMap(testFiles), conditions: exportConditions }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    serverControlPlugin(),
    a11ySnapshotPlugin(),
  ],
  // No retries: a test that fails once has failed. (A retry was here while a WebKit outbox send
  // could stay unsettled under load; packages/core/test/outbox-robust.test.ts covers each way it could.)
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>copro tests</title></head>
  <body>
    <script>window.__COPRO_TEST__ = ${JSON.stringify({ endpoint, flakyBase, staffToken: STAFF_TOKEN })};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter({ onDone: cleanUp, stoppedBy: () => stoppedBy })],
};
