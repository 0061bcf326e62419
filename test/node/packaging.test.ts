// What a developer gets from npm: every package packed as `npm publish` would pack it, checked
// and used the way a site would, in a temporary folder outside the repository:
// - publint and arethetypeswrong (the `--profile esm-only` check) find no problem in any tarball, and
//   `npm publish --dry-run` accepts every package;
// - one project installs every tarball (none is on the registry, so siblings must come from the
//   tarballs), Vite and React 19 from the registry (its cache first);
// - the server's `copro-server` bin runs from that project (compiled JavaScript, no tsx) and
//   answers /v1/health, and serves the installed drop-in at /copro/;
// - in Chromium, against that server: a Vite page importing every widget's `define`, a
//   React 19 page (with a `copro-*` event handler), and a plain HTML page loading only the packed
//   `@copro/copro/dist/copro.js` each define and render the board with the server's title.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, posix, resolve, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { launchChromium, root } from '../fixtures/demo-server.ts';

const STAFF_TOKEN = 'packaging-test-staff-token-0123456789';
const BOARD = { id: 'packaging-test', title: 'Packaging test: your ideas' };
/** Versions a fresh app would install today (the repository's own Vite; React 19). */
const VITE = JSON.parse(readFileSync(join(root, 'node_modules/vite/package.json'), 'utf8')).version as string;
const REACT = '^19.2.0';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) assert.fail(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
const npm = (args: string[], cwd: string) => run('npm', args, cwd, { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });

/** `copro-server --demo` from the installed project: resolves with its base URL once it listens. */
function startBin(project: string, dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(join(project, 'node_modules/.bin/copro-server'), ['--demo'], {
    cwd: project,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', COPRO_DATA_DIR: dataDir, COPRO_ADMIN_TOKEN: STAFF_TOKEN, COPRO_ALLOWED_ORIGINS: '*', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    // PGlite's first open of a new data folder takes seconds on a quiet machine, a minute or more on a busy one.
    const timer = setTimeout(() => reject(new Error(`copro-server did not start in 180 s:\n${output}`)), 180_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /listening on (http:\/\/[^\s]+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolvePromise({ child, base: url.replace(/\/$/, '') });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`copro-server exited with ${code}:\n${output}`)));
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
/** A plain static file server for the built apps and the plain page (what a site's web server does). */
function serveFolder(folder: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    const file = resolve(folder, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(folder + sep)) return void response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    resolvePromise({ server, base: `http://127.0.0.1:${address.port}` });
  }));
}

/** The files of the test app: a Vite page, a React 19 page and a plain HTML page. */
function writeApp(project: string): void {
  writeFileSync(join(project, 'vite.config.mjs'), `export default {
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { rolldownOptions: { input: { vite: 'vite.html', react: 'react.html' } } },
};
`);
  const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body>
${body}
</body>
</html>
`;
  // A Vite app: every widget's define entry (so the bundler resolves every package's modules,
  // their lazily loaded parts included), the board made from script.
  writeFileSync(join(project, 'vite.html'), page('Vite app', '<main id="app"></main>\n<script type="module" src="./vite-main.js"></script>'));
  writeFileSync(join(project, 'vite-main.js'), `import '@copro/feedback-board/define';
import '@copro/room-checklist/define';
import '@copro/ladder/define';
import '@copro/plain-language/define';
const board = document.createElement('copro-feedback-board');
board.setAttribute('endpoint', new URLSearchParams(location.search).get('endpoint'));
board.setAttribute('board', '${BOARD.id}');
document.querySelector('#app').append(board);
`);
  // A React 19 app: properties and a copro-* event handler on the custom element.
  writeFileSync(join(project, 'react.html'), page('React app', '<div id="root"></div>\n<script type="module" src="./react-main.jsx"></script>'));
  writeFileSync(join(project, 'react-main.jsx'), `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@copro/feedback-board/define';

function Consultation({ endpoint }) {
  const [lastPost, setLastPost] = useState('');
  return (
    <>
      <copro-feedback-board
        endpoint={endpoint}
        board="${BOARD.id}"
        oncopro-post-submitted={(event) => setLastPost(event.detail.post.body)}
      />
      <p id="last-post">{lastPost}</p>
    </>
  );
}
createRoot(document.getElementById('root')).render(<Consultation endpoint={new URLSearchParams(location.search).get('endpoint')} />);
`);
  // A plain page: only the packed copro.js, the element added after it loaded.
  writeFileSync(join(project, 'plain.html'), page('Plain page', `<script type="module" src="./node_modules/@copro/copro/dist/copro.js"></script>
<script type="module">
  const board = document.createElement('copro-feedback-board');
  board.setAttribute('endpoint', new URLSearchParams(location.search).get('endpoint'));
  board.setAttribute('board', '${BOARD.id}');
  document.body.append(board);
</script>`));
}

describe('the npm packages, packed and installed outside the repository', { timeout: 600_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'copro-packaging-'));
  const tarballs = join(work, 'tarballs');
  const project = join(work, 'site');
  let packed: { name: string; filename: string }[] = [];
  let installed = false;
  let bin: { child: ChildProcess; base: string } | undefined;
  let site: { server: Server; base: string } | undefined;
  let browser: Browser | undefined;

  before(() => {
    // What every package's `prepack` runs, once for all of them (cheap when already built).
    run(process.execPath, ['packages/copro/build/build.mjs'], root);
    mkdirSync(tarballs);
    const output = npm(['pack', '--workspaces', '--ignore-scripts', '--json', '--pack-destination', tarballs], root);
    packed = JSON.parse(output) as { name: string; filename: string }[];
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    bin?.child.kill('SIGTERM');
    if (bin) await new Promise((done) => bin!.child.once('exit', done));
    rmSync(work, { recursive: true, force: true });
  });

  it('packs every workspace package, with only built files, sources and its changelog', () => {
    const workspaces = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
    assert.equal(packed.length, workspaces.length);
    for (const { name, filename } of packed) {
      const files = run('tar', ['tzf', join(tarballs, filename)], work).trim().split('\n').map((path) => path.replace(/^package\//, ''));
      assert.ok(files.includes('CHANGELOG.md'), `${name} has its CHANGELOG.md`);
      assert.ok(files.includes('dist/index.js') && files.includes('dist/index.d.ts') && files.includes('dist/index.d.ts.map'), `${name} has built modules, types and declaration maps`);
      // A consumer's bundler (Vite dev uses `development`) must never be handed TypeScript source:
      // only the repository's own `copro-source` condition points into src/.
      const manifest = JSON.parse(run('tar', ['xzOf', join(tarballs, filename), 'package/package.json'], work)) as { exports: Record<string, unknown> };
      const targets = (value: unknown): string[] =>
        typeof value === 'string' ? [value] : Object.entries(value as Record<string, unknown>).flatMap(([condition, inner]) => (condition === 'copro-source' ? [] : targets(inner)));
      const sourceTargets = Object.values(manifest.exports).flatMap(targets).filter((target) => target.endsWith('.ts') && !target.endsWith('.d.ts'));
      assert.deepEqual(sourceTargets, [], `${name}: exports outside copro-source point at built files`);
      const stray = files.filter((path) => !/^(dist|src|demo|themes)\/|^(package\.json|CHANGELOG\.md|custom-elements\.json)$/.test(path) || /\.test\.ts$|\.tsbuildinfo$/.test(path));
      assert.deepEqual(stray, [], `${name} packs nothing else`);
    }
  });

  it('every relative import in a built module, static or dynamic, names a file the tarball holds', () => {
    // tsc leaves `import('./x.ts')` as written in some places (it did inside a decorated class's
    // method): a consumer's bundler then fails on a file that is not there, or on TypeScript.
    const broken: string[] = [];
    for (const { name, filename } of packed) {
      const unpacked = join(work, 'imports', name.replace('/', '__'));
      mkdirSync(unpacked, { recursive: true });
      run('tar', ['xzf', join(tarballs, filename), '-C', unpacked], work);
      const files = run('tar', ['tzf', join(tarballs, filename)], work).trim().split('\n').map((path) => path.replace(/^package\//, ''));
      const held = new Set(files);
      for (const file of files.filter((path) => path.startsWith('dist/') && path.endsWith('.js'))) {
        // Without comments, where the docs show an import as an example.
        const text = readFileSync(join(unpacked, 'package', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
        for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm)) {
          const target = posix.normalize(posix.join(posix.dirname(file), specifier));
          if (!held.has(target)) broken.push(`${name}: ${file} imports ${specifier}`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('publint finds no problem in any tarball', async () => {
    const problems: string[] = [];
    for (const { name, filename } of packed) {
      const data = readFileSync(join(tarballs, filename));
      const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer }, level: 'warning' });
      problems.push(...messages.map((message) => `${name}: ${message.type}: ${formatMessage(message, pkg)}`));
    }
    assert.deepEqual(problems, []);
  });

  it('arethetypeswrong (esm-only profile) finds no problem in any tarball', async () => {
    // The check `attw --profile esm-only <tarball>` runs (the same @arethetypeswrong/core as the
    // CLI), in this process: TypeScript loads once instead of once per tarball. Stricter than the
    // CLI in one way: a package without types fails here.
    const IGNORED_BY_ESM_ONLY = ['node10', 'node16-cjs'];
    const problems: string[] = [];
    for (const { name, filename } of packed) {
      const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(join(tarballs, filename)))));
      if (!analysis.types) {
        problems.push(`${name}: no types`);
        continue;
      }
      for (const problem of analysis.problems) {
        if ('resolutionKind' in problem && IGNORED_BY_ESM_ONLY.includes(problem.resolutionKind)) continue;
        problems.push(`${name}: ${JSON.stringify(problem)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('npm publish --dry-run accepts every package, publicly', () => {
    const output = npm(['publish', '--workspaces', '--dry-run', '--ignore-scripts', '--json'], root);
    const results = JSON.parse(output) as Record<string, { name: string; version: string }>;
    assert.deepEqual(Object.keys(results).sort(), packed.map(({ name }) => name).sort());
    for (const { name } of packed) {
      const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { publishConfig?: { access?: string } };
      assert.equal(manifest.publishConfig?.access, 'public', `${name} publishes publicly`);
    }
  });

  it('installs every tarball into one project, and its copro-server bin answers /v1/health', async () => {
    mkdirSync(project);
    const dependencies = Object.fromEntries(packed.map(({ name, filename }) => [name, `file:${join(tarballs, filename)}`]));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'a-council-site', private: true, type: 'module', dependencies: { ...dependencies, react: REACT, 'react-dom': REACT }, devDependencies: { vite: VITE } }, null, 2),
    );
    npm(['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], project);
    installed = true;

    bin = await startBin(project, join(work, 'data'));
    const health = await fetch(`${bin.base}/v1/health`);
    // --demo: the demo consultation page and the staff page, from the installed @copro/copro.
    const demo = await fetch(`${bin.base}/`);
    assert.equal(demo.status, 200);
    assert.match(await demo.text(), /<script type="module" src="\/copro\/copro\.js"><\/script>/);
    assert.equal((await fetch(`${bin.base}/admin`)).status, 200);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { ok: boolean }).ok, true);
    // It serves the installed drop-in beside the API.
    const loader = await fetch(`${bin.base}/copro/copro.js`);
    assert.equal(loader.status, 200);
    assert.match(loader.headers.get('content-type') ?? '', /javascript/);
    // The board the pages show, set up as staff would.
    const settings = await fetch(`${bin.base}/v1/boards/${BOARD.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${STAFF_TOKEN}` },
      body: JSON.stringify({ title: BOARD.title }),
    });
    assert.ok(settings.ok, `PUT board settings answered ${settings.status}`);
  });

  it('a Vite app and a React 19 app build from the installed packages alone', () => {
    assert.ok(installed, 'the project is installed');
    writeApp(project);
    run(process.execPath, [join(project, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], project);
    const built = readdirSync(join(project, 'dist'));
    assert.ok(built.includes('vite.html') && built.includes('react.html'), `built: ${built.join(', ')}`);
  });

  describe('in Chromium, against the installed server', () => {
    before(async () => {
      assert.ok(bin, 'the server runs');
      [site, browser] = await Promise.all([serveFolder(project), launchChromium()]);
    });

    /** Opens a page and waits for the board to show the server's title inside its shadow root. */
    async function boardOn(path: string) {
      const page = await browser!.newPage();
      const errors: string[] = [];
      const scripts: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
      await page.goto(`${site!.base}${path}?endpoint=${encodeURIComponent(bin!.base)}`);
      await page
        .waitForFunction(
          (title: string) => !!customElements.get('copro-feedback-board') && !!document.querySelector('copro-feedback-board')?.shadowRoot?.textContent?.includes(title),
          { timeout: 20_000 },
          BOARD.title,
        )
        .catch((error: Error) => assert.fail(`${path}: the board never showed "${BOARD.title}" (${error.message}); page errors: ${errors.join(' | ')}`));
      assert.deepEqual(errors, [], `${path}: no page errors`);
      return { page, scripts };
    }

    it('a Vite app defines and renders <copro-feedback-board>', async () => {
      const { page } = await boardOn('/dist/vite.html');
      await page.close();
    });

    it('a React 19 app renders it, and its oncopro-* handler receives the event', async () => {
      const { page } = await boardOn('/dist/react.html');
      // React 19 adds `on<event-name>` props on a custom element as listeners for that event.
      await page.evaluate(() => {
        const post = { body: 'A skate park by the library' };
        document.querySelector('copro-feedback-board')!.dispatchEvent(new CustomEvent('copro-post-submitted', { detail: { post }, bubbles: true, composed: true }));
      });
      await page.waitForFunction(() => document.querySelector('#last-post')?.textContent === 'A skate park by the library', { timeout: 5_000 });
      await page.close();
    });

    it('a plain HTML page with only the packed copro.js loads the board through the loader', async () => {
      const { page, scripts } = await boardOn('/plain.html');
      const dropIn = '/node_modules/@copro/copro/dist/';
      assert.ok(scripts.length > 1, `copro.js loaded the board's chunks: ${scripts.join(', ')}`);
      assert.deepEqual(scripts.filter((path) => !path.startsWith(dropIn)), [], 'every script comes from beside copro.js');
      await page.close();
    });
  });
});
