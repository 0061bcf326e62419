// A node:test reporter that counts test cases (not suites) and writes the totals as JSON.
// A file that fails to load shows up as a failed top-level test and so counts as a failure.
// The names of failed tests are kept too, so the last lines of a CI log say what failed even when
// the log itself is cut short.
export default async function* nodeCounts(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const named = (data) => {
    const error = data.details?.error;
    const message = String(error?.cause?.message ?? error?.message ?? '').trim().split('\n')[0].slice(0, 200);
    return `${data.file ?? '?'}: ${data.name}${message ? ` (${message})` : ''}`;
  };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') {
      // A suite fails on its own only when a hook or the file itself broke.
      if (event.type === 'test:fail' && data.details?.error?.failureType !== 'subtestsFailed') {
        counts.failed += 1;
        counts.failures.push(named(data));
      }
      continue;
    }
    if (data.skip !== undefined || data.todo !== undefined) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(named(data));
    }
  }
  yield JSON.stringify(counts);
}
