// Counts web-test-runner results per test (a file that failed to load counts as one failure),
// writes them to .test-results/browser.json for scripts/test.mjs, and prints them.
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

/** The first line of a failure's message (cut at 200 characters), so a cut log still says why. */
const why = (message) => (message ? ` (${String(message).trim().split('\n')[0].slice(0, 200)})` : '');

export function countingReporter({ onDone } = {}) {
  return {
    async onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [], failures: [] };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        countSuite(session.testResults, counts, `${session.browser?.name ?? '?'}: ${session.testFile}`);
        const ran = counts.passed + counts.failed + counts.skipped - before;
        if ((session.errors?.length ?? 0) > 0 || (ran === 0 && session.passed === false)) {
          counts.failed += 1;
          counts.brokenFiles.push(`${session.browser?.name ?? '?'}: ${session.testFile}`);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(process.env.COPRO_RESULTS_FILE || '.test-results/browser.json', JSON.stringify(counts, null, 2));
      if (counts.brokenFiles.length) console.log(`Browser test files that failed to load or run:\n  ${counts.brokenFiles.join('\n  ')}`);
      console.log(`Browser tests (${process.env.BROWSERS || 'chromium'}): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      await onDone?.();
    },
  };
}
