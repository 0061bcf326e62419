#!/usr/bin/env node
// `npm test`: type-check, server tests (node:test, on PGlite and on a PostgreSQL server), then
// browser tests (web-test-runner, real browsers, real server). Ends with one line:
//   N passed, N failed, N skipped
// and exits non-zero on any failure, including a test file that failed to load.
//
// BROWSERS=chromium (default) | chromium,firefox,webkit   (CI runs all three)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { testFiles } from './test-support/test-files.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const browsers = (process.env.BROWSERS || 'chromium').split(',').map((name) => name.trim()).filter(Boolean);
const totals = { passed: 0, failed: 0, skipped: 0 };
// What failed, by name, printed just above the last line: a CI log is often seen only by its tail.
const failures = [];
const timings = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return ended(label, started, result.status, result.signal, result.error);
}

/** Notes the time taken and answers the exit code. A process killed by a signal (or one that could not start) leaves no message of its own: say which. */
function ended(label, started, status, signal, error) {
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (signal || error) {
    const why = signal ? `was killed by ${signal}` : `could not run (${error.message})`;
    console.log(`${label} ${why}.`);
    failures.push(`${label}: ${why}`);
  }
  return status ?? 1;
}

/** As run(), but beside other work: the output is printed in one piece when the command ends. */
function runQuietly(label, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let failedToStart;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => (failedToStart = error));
    child.once('close', (code, signal) => {
      console.log(`\n=== ${label} ===\n${output.trimEnd()}`);
      resolve(ended(label, started, code, signal, failedToStart));
    });
  });
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function add(label, counts, exitCode) {
  if (!counts) {
    console.log(`${label}: no results were written; counting it as one failure.`);
    failures.push(`${label}: no results were written`);
    totals.failed += 1;
    return;
  }
  for (const name of [...(counts.failures ?? []), ...(counts.brokenFiles ?? [])]) failures.push(`${label}: ${name}`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (exitCode !== 0 && counts.failed === 0) {
    console.log(`${label}: exited with code ${exitCode} but reported no failed test; counting it as one failure.`);
    failures.push(`${label}: exited with code ${exitCode}`);
    totals.failed += 1;
  }
}

// What every test process and the servers they start get: a new PGlite database begins from one
// kept copy of initdb's output instead of running initdb (about 6.5 s of CPU each: see that file);
// a server started from the environment checks each answer against its schema, as the test suites'
// own servers do (off by default in production: the elements check what they read).
const testEnv = {
  NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${new URL('./test-support/pglite-template.mjs', import.meta.url).href}`].filter(Boolean).join(' '),
  COPRO_CHECK_ANSWERS: 'true',
};

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

// 0. Browsers first: the browser tests and some Node tests (npm start end to end) need them.
const missing = ensureBrowsers(browsers.includes('chromium') ? browsers : ['chromium', ...browsers]);

// 1 and 2, side by side (two cores; each is mostly one): types, one check counted as one test; and
// the build (the drop-in, dev-warning and Node page tests load dist/copro.js, and a browser cannot
// tell when it is older than its sources; the packaging test packs every package's dist). Their
// output is kept and printed after each, so the two do not interleave.
const [typecheck, build] = await Promise.all([
  runQuietly('Type check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']),
  runQuietly('Build (npm run build)', process.execPath, ['packages/copro/build/build.mjs']),
]);
add('Type check', { passed: typecheck === 0 ? 1 : 0, failed: typecheck === 0 ? 0 : 1, skipped: 0, failures: typecheck === 0 ? [] : ['tsc'] }, typecheck);
add('Build', { passed: build === 0 ? 1 : 0, failed: build === 0 ? 0 : 1, skipped: 0, failures: build === 0 ? [] : ['build'] }, build);

// 3. Tests in Node: the server's (on PGlite and on a PostgreSQL server) and the repository checks in test/node.
// Two files at once: each opens its own database, folders and ports, and CI has two cores. The
// repository checks go first: the two longest files are there (npm start end to end with its
// Lighthouse run, and the packed packages installed into a new app: about 50 s each), so the short
// server files can fill in beside them rather than after them. (Measured once: 210 s for this step
// against 203 s in the order before, so no clear gain yet on a busy two-core machine.)
const nodeFiles = [...testFiles('test/node'), ...testFiles('packages/server/test')];
if (nodeFiles.length) {
  const code = run('Node tests (server on PGlite and PostgreSQL; repository checks)', process.execPath, [
    '--import', 'tsx',
    '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/test-reporters/node-counts.mjs', '--test-reporter-destination=.test-results/node.json',
    ...nodeFiles,
  ], testEnv);
  add('Node tests', readCounts('.test-results/node.json'), code);
}

// 4. Browser tests, in two passes: Chromium (two files at once), then Firefox beside WebKit (one file
// at a time each); see `concurrency` in the config. All three side by side in one pass kept the two
// cores busier, but four pages at once slowed WebKit's longest keyboard test past its 20 s limit.
if (missing) {
  console.error(`\n${missing}`);
  totals.failed += 1;
} else {
  const passes = [browsers.filter((name) => name === 'chromium'), browsers.filter((name) => name !== 'chromium')].filter((pass) => pass.length);
  for (const pass of passes) {
    const name = pass.join(',');
    const results = `.test-results/browser-${pass.join('-')}.json`;
    const code = run(`Browser tests (${pass.join(', ')})`, process.execPath, ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', '--static-logging'], {
      ...testEnv,
      BROWSERS: name,
      COPRO_RESULTS_FILE: results,
    });
    add(`Browser tests (${name})`, readCounts(results), code);
  }
}

console.log(`\n${timings.join('\n')}`);
if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
