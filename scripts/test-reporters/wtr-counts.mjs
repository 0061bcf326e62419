// Counts web-test-runner results per test (a file that failed to load counts as one failure),
// writes them to .test-results/browser.json for scripts/test.mjs, and prints them.
//
// When the runner stops before the run finishes (an uncaught exception in this Node process stops
// web-test-runner and exits, and no `onTestRunFinished` comes), the counts so far are still
// written on exit, with one failure that names the exception and the files left unfinished: a CI
// log that only says "no results were written" cannot be diagnosed afterwards.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, counts, where, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${where}: ${[...here, test.name].join(' > ')}${why(test.error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, where, here);
}

/** The first line of a message (cut at 200 characters), so a cut log still says why. */
const firstLine = (message) => String(message).trim().split('\n')[0].slice(0, 200);
const why = (message) => (message ? ` (${firstLine(message)})` : '');

const nameOf = (session) => `${session.browser?.name ?? '?'}: ${session.testFile}`;

/** Counts of the sessions that finished; unfinished ones are left to the caller. */
export function tally(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [], failures: [] };
  for (const session of sessions) {
    if (session.status !== undefined && session.status !== 'FINISHED') continue;
    const before = counts.passed + counts.failed + counts.skipped;
    countSuite(session.testResults, counts, nameOf(session));
    const ran = counts.passed + counts.failed + counts.skipped - before;
    if ((session.errors?.length ?? 0) > 0 || (ran === 0 && session.passed === false)) {
      counts.failed += 1;
      counts.brokenFiles.push(nameOf(session));
    }
  }
  return counts;
}

/** The run stopped early: one failure naming why (when known) and what did not finish. */
export function stoppedEarly(counts, sessions, cause, signal) {
  const unfinished = sessions.filter((session) => session.status !== 'FINISHED').map(nameOf);
  const reason = cause ? `an uncaught exception in the runner's process: ${firstLine(cause)}` : signal ? `${signal} from outside the runner` : 'no reason given';
  counts.failed += 1;
  counts.failures.push(`the runner stopped before the run finished (${reason}); ${unfinished.length} of ${sessions.length} files unfinished: ${unfinished.join(', ') || 'none'}`);
  return counts;
}

/** The eight slowest files of each browser, as [file, seconds]: where a long run's time went. */
export function slowest(sessions, took, count = 8) {
  const byBrowser = {};
  for (const session of sessions) {
    if (!took.has(session.id)) continue;
    (byBrowser[session.browser?.name ?? '?'] ??= []).push([session.testFile.replace(process.cwd() + '/', ''), Number((took.get(session.id) / 1000).toFixed(1))]);
  }
  for (const files of Object.values(byBrowser)) files.sort((a, b) => b[1] - a[1]).splice(count);
  return byBrowser;
}

export function countingReporter({ onDone, stoppedBy = () => undefined } = {}) {
  const file = process.env.COPRO_RESULTS_FILE || '.test-results/browser.json';
  let sessionManager;
  let written = false;
  let cause;
  const started = new Map();
  const took = new Map();
  const write = (counts) => {
    written = true;
    mkdirSync('.test-results', { recursive: true });
    writeFileSync(file, JSON.stringify(counts, null, 2));
  };
  // web-test-runner's own handler stops the run on one; this one only remembers what it was.
  process.on('uncaughtException', (error) => {
    cause ??= error;
  });
  process.on('exit', () => {
    if (written || !sessionManager) return;
    const sessions = Array.from(sessionManager.all());
    const counts = stoppedEarly(tally(sessions), sessions, cause, stoppedBy());
    write(counts);
    console.log(`Browser tests (${process.env.BROWSERS || 'chromium'}): ${counts.failures.at(-1)}`);
  });
  return {
    start({ sessions }) {
      sessionManager = sessions;
      // When each file started and finished in each browser, for the slowest files printed at the end.
      // The first files of each browser may start before this reporter does: they count from now.
      const runStarted = performance.now();
      sessions.on?.('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, performance.now());
        else if (session.status === 'FINISHED') took.set(session.id, performance.now() - (started.get(session.id) ?? runStarted));
      });
    },
    async onTestRunFinished({ sessions }) {
      const counts = tally(sessions);
      // Every file's time, slowest first, in the results file only: where to look when the whole run
      // grows. The eight slowest of each browser, printed below, are the first of these.
      counts.took = slowest(sessions, took, Infinity);
      counts.slowest = Object.fromEntries(Object.entries(counts.took).map(([browser, files]) => [browser, files.slice(0, 8)]));
      write(counts);
      for (const [browser, files] of Object.entries(counts.slowest)) console.log(`Slowest files in ${browser} (s, from opening the page to its results): ${files.map(([file, seconds]) => `${file} ${seconds}`).join(', ')}`);
      if (counts.brokenFiles.length) console.log(`Browser test files that failed to load or run:\n  ${counts.brokenFiles.join('\n  ')}`);
      console.log(`Browser tests (${process.env.BROWSERS || 'chromium'}): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      await onDone?.();
    },
  };
}
