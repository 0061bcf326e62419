// The reference server as its own process for the bench. Unlike scripts/faults/lib.mjs (which
// keeps every line the server writes, for its checks to read), this stops reading the request
// log once the server listens and throws it away: kept, the log grew by a line per request and was
// searched again on each chunk, which cost the bench process (which also runs autocannon) more
// with every request and held the reference server's figures down.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../faults/lib.mjs';

/**
 * `built`: run the compiled server (`packages/server/dist/main.js`, what `npx @copro/server` runs)
 * instead of its TypeScript sources through tsx (what `npm start` and the rest of the bench run;
 * tsx's loader thread and the compiled sources it keeps cost about 55 MB of resident memory).
 */
export async function startBenchServer(env, { timeoutMs = 60_000, built = false } = {}) {
  const args = built ? [join(root, 'packages/server/dist/main.js')] : ['--import', 'tsx', join(root, 'packages/server/src/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', COPRO_ALLOWED_ORIGINS: '*', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let startup = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in ${timeoutMs} ms:\n${startup}`)), timeoutMs);
    const onData = (chunk) => {
      startup += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(startup);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onError);
      resolve(match[1]);
    };
    const onError = (chunk) => (startup += chunk);
    child.stdout.on('data', onData);
    child.stderr.on('data', onError);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${startup}`));
    });
  });
  // Drain without keeping: the pipes never fill.
  child.stdout.resume();
  child.stderr.resume();
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Why the compiled server cannot be measured (not built, or older than its sources), or undefined when it can. */
export function builtServerProblem() {
  const main = join(root, 'packages/server/dist/main.js');
  if (!existsSync(main)) return 'packages/server/dist is not built (npm run build)';
  const src = join(root, 'packages/server/src');
  // tsc -b rewrites only the files whose output changed (main.js may be days old in a fresh build),
  // but marks every build in its .tsbuildinfo.
  const buildInfo = join(root, 'packages/server/dist/.tsbuildinfo');
  const built = statSync(existsSync(buildInfo) ? buildInfo : main).mtimeMs;
  const stale = readdirSync(src, { recursive: true }).some((path) => /\.ts$/.test(String(path)) && statSync(join(src, String(path))).mtimeMs > built);
  return stale ? 'packages/server/dist is older than its sources (npm run build)' : undefined;
}
