#!/usr/bin/env node
// `npm run faults`: fault, crash and load checks of the reference server, all on 127.0.0.1.
// Each check prints what it tried and what survived; the last line is `N passed, N failed`, and
// the exit code is non-zero when any check failed. Bounded: each check has a time limit.
//
//   npm run faults                 every check
//   npm run faults -- outbox flood only the checks whose names contain these words
import { outboxUnderFaults } from './checks/outbox.mjs';

const checks = [
  { name: 'outbox: writes survive 500s, time-outs, dropped connections and a killed server', run: outboxUnderFaults, limitS: 90 },
];

const only = process.argv.slice(2);
const selected = only.length ? checks.filter((check) => only.some((word) => check.name.includes(word))) : checks;
let passed = 0;
let failed = 0;
const started = performance.now();
for (const check of selected) {
  console.log(`\n▶ ${check.name}`);
  const t0 = performance.now();
  const log = (line) => console.log(`  ${line}`);
  let timer;
  try {
    await Promise.race([
      check.run(log),
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
console.log(`\nfaults: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
console.log(`${passed} passed, ${failed} failed`);
// A check that timed out may leave handles open (a browser, a child): the runner still ends.
process.exit(failed ? 1 : 0);
