#!/usr/bin/env node
// `npm run faults`: fault, crash and load checks of the reference server, all on 127.0.0.1.
// Each check prints what it tried and what survived; the last line is `N passed, N failed`, and
// the exit code is non-zero when any check failed. Bounded: each check has a time limit.
//
//   npm run faults                 every check
//   npm run faults -- outbox flood only the checks whose names contain these words
import { startPostgres } from '../postgres.mjs';
import { crashOnPglite, crashOnPostgres } from './checks/crash.mjs';
import { demoPagesUnderHeaders } from './checks/demo-pages.mjs';
import { writeFlood } from './checks/flood.mjs';
import { outboxUnderFaults } from './checks/outbox.mjs';
import { searchFlood } from './checks/search-flood.mjs';
import { tokenGuessing } from './checks/token-guess.mjs';
import { concurrentEditsPglite, concurrentEditsPostgres, scaleOut } from './checks/scale-out.mjs';

const checks = [
  { name: 'outbox: writes survive 500s, time-outs, dropped connections and a killed server', run: outboxUnderFaults, limitS: 90 },
  { name: 'crash on PGlite: SIGKILL under write load loses no acknowledged write', run: crashOnPglite, limitS: 60 },
  { name: 'crash on PostgreSQL: SIGKILL under write load loses no acknowledged write', run: crashOnPostgres, limitS: 60, postgres: true },
  { name: 'scale-out: idempotency, rate limit and revisions hold across two servers on one PostgreSQL', run: scaleOut, limitS: 60, postgres: true },
  { name: 'concurrent edits of one room group on PGlite: no lost update', run: concurrentEditsPglite, limitS: 60 },
  { name: 'concurrent edits of one room group, two servers on PostgreSQL: no lost update', run: concurrentEditsPostgres, limitS: 60, postgres: true },
  { name: 'flood: the rate limit holds and health stays fast under a write flood', run: writeFlood, limitS: 60 },
  { name: 'search flood: health and a public read stay fast while two clients loop the costliest search', run: searchFlood, limitS: 180 },
  { name: 'token guessing: one address guessing staff tokens is throttled (429, Retry-After) while staff and public reads work', run: tokenGuessing, limitS: 60 },
  { name: 'headers: the demo pages work under the security headers', run: demoPagesUnderHeaders, limitS: 90 },
];

// The servers these checks start each open a new PGlite folder: as in the tests, it begins from one
// kept copy of initdb's output rather than running initdb each time (scripts/test-support/pglite-template.mjs).
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import ${new URL('../test-support/pglite-template.mjs', import.meta.url).href}`].filter(Boolean).join(' ');

const only = process.argv.slice(2);
const selected = only.length ? checks.filter((check) => only.some((word) => check.name.includes(word))) : checks;
let passed = 0;
let failed = 0;
let skipped = 0;
// One throwaway PostgreSQL for every check that needs it (scripts/postgres.mjs; loopback only).
const postgres = selected.some((check) => check.postgres) ? await startPostgres().catch((error) => ({ skipped: error.message })) : { skipped: 'not needed' };
const started = performance.now();
for (const check of selected) {
  console.log(`\n▶ ${check.name}`);
  const t0 = performance.now();
  const log = (line) => console.log(`  ${line}`);
  let timer;
  try {
    await Promise.race([
      check.run(log, { postgres }).then((result) => {
        if (result === 'skipped') skipped += 1;
      }),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`took longer than ${check.limitS} s`)), check.limitS * 1000))),
    ]);
    passed += 1;
    console.log(`  PASS (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL (${((performance.now() - t0) / 1000).toFixed(1)} s): ${error instanceof Error ? error.message : error}`);
  } finally {
    clearTimeout(timer);
  }
}
await postgres.stop?.();
console.log(`\nfaults: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
if (skipped) console.log(`(${skipped} of the passed checks skipped a part: PostgreSQL was not available)`);
console.log(`${passed} passed, ${failed} failed`);
// A check that timed out may leave handles open (a browser, a child): the runner still ends.
process.exit(failed ? 1 : 0);
