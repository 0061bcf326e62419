// (a) Writes through the browser's outbox while the server fails in every way we know: every
// write is stored exactly once.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { allPosts, root, startServerProcess, tempDir, uid } from '../lib.mjs';
import { startFaultProxy } from '../proxy.mjs';

const PER_PHASE = 6;

export async function outboxUnderFaults(log) {
  const bundle = await build({
    entryPoints: [new URL('../outbox-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    absWorkingDir: root,
    tsconfig: `${root}/tsconfig.base.json`,
    logLevel: 'silent',
  });
  const data = await tempDir('faults-outbox');
  const env = { COPRO_DATA_DIR: data.path, COPRO_RATE_LIMIT: '100000/60' };
  let server = await startServerProcess(env);
  const proxy = await startFaultProxy(server.url, {
    '/outbox.html': { type: 'text/html', body: '<!doctype html><title>outbox faults</title><script type="module" src="/outbox.js"></script>' },
    '/outbox.js': { type: 'text/javascript', body: bundle.outputFiles[0].text },
  });
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });
  const failures = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${proxy.url}/outbox.html`);
    await page.waitForFunction(() => window.faults !== undefined, { timeout: 10_000 });

    const phases = [
      { name: 'answers 500 before storing', set: () => proxy.set('500-before', PER_PHASE * 2) },
      { name: 'stores, then answers 500', set: () => proxy.set('500-after', PER_PHASE * 2) },
      { name: 'stores, then answers after the client timed out', set: () => proxy.set('slow-after', PER_PHASE, 1500) },
      { name: 'drops the connection before storing', set: () => proxy.set('drop-before', PER_PHASE * 2) },
      { name: 'stores, then drops the connection', set: () => proxy.set('drop-after', PER_PHASE * 2) },
      { name: 'is killed (SIGKILL) and restarted', kill: true },
    ];
    for (const phase of phases) {
      const board = `faults-outbox-${uid().slice(0, 8)}`;
      const ids = Array.from({ length: PER_PHASE }, () => uid());
      const forwardedBefore = proxy.seen.forwarded;
      phase.set?.();
      let restart;
      if (phase.kill) {
        await server.kill();
        // Back on the same port after a while, as a supervisor would bring it back.
        restart = new Promise((resolve) => setTimeout(resolve, 1500)).then(async () => {
          server = await startServerProcess({ ...env, PORT: String(server.port) });
        });
      }
      const first = await page.evaluate((b, list) => window.faults.sendPosts(b, list), board, ids);
      await restart;
      const left = await page.evaluate((limit) => window.faults.drain(limit), 20_000);
      proxy.set('none', 0);
      const stored = (await allPosts(server.url, board)).map((post) => post.id);
      const once = ids.filter((id) => stored.filter((s) => s === id).length === 1).length;
      const extra = stored.filter((id) => !ids.includes(id)).length;
      const firstCounts = Object.entries(first.reduce((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}))
        .map(([state, n]) => `${n} ${state}`)
        .join(', ');
      const ok = left === 0 && once === ids.length && stored.length === ids.length && extra === 0;
      log(
        `server ${phase.name}: ${ids.length} writes (first answers: ${firstCounts}; ${proxy.seen.forwarded - forwardedBefore} reached the server); ` +
          `stored exactly once: ${once}/${ids.length}, duplicates or strays: ${stored.length - once}, left in the outbox: ${left} ${ok ? 'OK' : 'FAIL'}`,
      );
      if (!ok) failures.push(phase.name);
    }
  } finally {
    await browser.close().catch(() => {});
    await proxy.close();
    await server.stop();
    await data.remove();
  }
  if (failures.length) throw new Error(`writes lost or doubled when the server ${failures.join('; ')}`);
}
