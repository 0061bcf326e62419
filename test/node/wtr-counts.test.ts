// The browser-test reporter must leave results behind even when web-test-runner stops early, so a
// CI log says what stopped it and which files never finished (issue 12: a run once ended with
// "no results were written" and nothing else to go on).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const reporter = new URL('../../scripts/test-reporters/wtr-counts.mjs', import.meta.url).href;

const finished = (file: string, passed: boolean) => ({
  status: 'FINISHED',
  testFile: file,
  browser: { name: 'Firefox' },
  passed,
  errors: [],
  testResults: { name: '', suites: [], tests: [{ name: `${file} works`, passed, skipped: false, error: passed ? undefined : { message: 'nope' } }] },
});
const running = (file: string) => ({ status: 'STARTED', testFile: file, browser: { name: 'Firefox' }, testResults: undefined, errors: [] });

/** Runs a script in a fresh Node process that plays web-test-runner's part around the reporter. */
function runner(body: string, options = '') {
  const dir = mkdtempSync(join(tmpdir(), 'copro-wtr-counts-'));
  const results = join(dir, 'results.json');
  const script = `
    import { countingReporter } from ${JSON.stringify(reporter)};
    const sessions = ${JSON.stringify([finished('a.test.ts', true), finished('b.test.ts', false), running('c.test.ts')])};
    const reporter = countingReporter(${options});
    reporter.start({ sessions: { all: () => sessions } });
    // What web-test-runner does on an uncaught exception: it stops the run and exits.
    process.on('uncaughtException', () => process.exit(1));
    ${body}
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, env: { ...process.env, COPRO_RESULTS_FILE: results }, encoding: 'utf8' });
  try {
    return { status: child.status, stdout: child.stdout, results: JSON.parse(readFileSync(results, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a runner stopped by an uncaught exception still writes what ran, why it stopped and what did not finish', () => {
  const { status, stdout, results } = runner(`setTimeout(() => { throw new Error('Protocol error: target closed'); });`);
  assert.equal(status, 1);
  assert.equal(results.passed, 1);
  assert.equal(results.failed, 2, 'the failed test and the stopped run');
  assert.match(results.failures[0], /b\.test\.ts works \(nope\)/);
  assert.match(results.failures[1], /stopped before the run finished/);
  assert.match(results.failures[1], /Protocol error: target closed/);
  assert.match(results.failures[1], /1 of 3 files unfinished: Firefox: c\.test\.ts/);
  assert.match(stdout, /stopped before the run finished/);
});

test('a run that finishes writes its counts once, with no stopped-run failure', () => {
  const { status, results } = runner(`
    sessions[2] = ${JSON.stringify(finished('c.test.ts', true))};
    await reporter.onTestRunFinished({ sessions });
  `);
  assert.equal(status, 0);
  assert.deepEqual([results.passed, results.failed, results.skipped], [2, 1, 0]);
  assert.equal(results.failures.length, 1);
});

test('a runner stopped by a signal from outside says so', () => {
  const { status, results } = runner(`setTimeout(() => process.exit(1));`, `{ stoppedBy: () => 'SIGTERM' }`);
  assert.equal(status, 1);
  assert.match(results.failures.at(-1), /stopped before the run finished \(SIGTERM from outside the runner\); 1 of 3 files unfinished/);
});

test('names the slowest files of each browser, slowest first, and leaves out files that never finished', async () => {
  const { slowest } = await import(reporter);
  const session = (id: string, browser: string, file: string) => ({ id, testFile: `${process.cwd()}/${file}`, browser: { name: browser } });
  const sessions = [session('1', 'Firefox', 'a.test.ts'), session('2', 'Firefox', 'b.test.ts'), session('3', 'Firefox', 'c.test.ts'), session('4', 'WebKit', 'a.test.ts'), session('5', 'WebKit', 'b.test.ts')];
  const took = new Map([['1', 1200], ['2', 5040], ['3', 300], ['4', 800]]);
  assert.deepEqual(slowest(sessions, took, 2), { Firefox: [['b.test.ts', 5], ['a.test.ts', 1.2]], WebKit: [['a.test.ts', 0.8]] });
});
