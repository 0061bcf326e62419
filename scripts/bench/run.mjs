#!/usr/bin/env node
// `npm run bench`: one table of figures, all measured on 127.0.0.1 in one run.
//   1. HTTP: requests per second and p50/p99 latency for reading a board's posts and for posting,
//      on the reference server with PGlite and with PostgreSQL. A repeated public read is answered
//      from the server's cache: compared with a bare Hono handler that answers the same JSON (target
//      at least 0.5). A read that misses the cache (the server started with COPRO_READ_CACHE=0/0)
//      is compared with a bare Hono handler running the same SQL on the same database (target at
//      least 0.8): the floor any database-backed server pays. Posts likewise: the server's
//      `POST /v1/boards/{board}/posts` against the bare handler running the statements the server
//      runs for a new post (recorded from it: write-statements.mjs), on the same database.
//   2. The reference server's resident memory on PGlite, after start and after the load (under tsx,
//      as the bench runs it), and the compiled server's (dist/main.js) after start, when built.
//   3. First render of each element in headless Chromium (the board with 50 and 10,000 posts).
//   4. Bundle sizes, gzip -9: copro.js and each widget's define entry bundled alone.
//   5. Live: 1,000 open streams of one board on one PGlite server (live.mjs): resident memory with
//      them open, and the time from a write to the last stream receiving it (p50, p99).
//   6. Two servers on one PostgreSQL (twoservers.mjs): reads from one and from both at once; 1,000
//      streams on server B, writes on server A, write to the last stream on B (p50, p99).
// Each load run is bounded (BENCH_SECONDS, default 5 s; 10 connections); a comparison alternates
// BENCH_ROUNDS (default 5) slices of BENCH_SECONDS / BENCH_ROUNDS each, after BENCH_WARM (default 10) s of
// unmeasured load on each side. BENCH_ONLY=http measures only 1 and 2;
// BENCH_ONLY=live only 5 (BENCH_STREAMS, default 1,000; BENCH_LIVE_WRITES, default 30);
// BENCH_ONLY=twoservers only 6 (the same settings).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startPostgres } from '../postgres.mjs';
import { root, tempDir, uid } from '../faults/lib.mjs';
import { builtServerProblem, startBenchServer as startServerProcess } from './server-process.mjs';
import { bundleSizes } from './sizes.mjs';
import { elementRenders } from './render.mjs';
import { seedBoard } from './seed.mjs';
import { inProcessReads, inProcessWrites, writeTemplate } from './in-process.mjs';
import { liveStreams } from './live.mjs';
import { twoServers } from './twoservers.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ONLY_HTTP = process.env.BENCH_ONLY === 'http';
const ONLY_LIVE = process.env.BENCH_ONLY === 'live';
const ONLY_TWO = process.env.BENCH_ONLY === 'twoservers';
const CONNECTIONS = 10;
const POSTS = 1000;
const rows = [];
const notes = [];
const started = performance.now();
console.log(`copro bench: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} at start; ${SECONDS} s per run, ${CONNECTIONS} connections`);

// Ratios come from alternating slices: each pair of handlers runs side by side, and the load goes
// to one, then the other, ROUNDS times, so a machine whose load changes mid-run (other work on it)
// weighs on both alike. The figure is the median of the per-round ratios.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SLICE = Math.max(1, Math.round(SECONDS / ROUNDS));
// Before its slices, each side of a comparison gets this much load that is not counted. A process
// just started is slow at first (V8 optimises the hot WebAssembly and JavaScript as it runs, and
// PGlite's caches fill; its CPU time per read falls): a fresh server with its cache off read at 0.50
// to 0.58 × the already warm bare SQL handler in its first 2 s, 0.68 to 0.85 in the next 4, and a
// median of 1.00 after that (docs/performance.md, 2026-12-06, late morning). The bench starts the
// cache-off server just before comparing it, while the bare SQL handler has been serving posts for
// a while, so without this the misses' first rounds measured the server's warm-up, not its reads.
// 10 s, not 5: after 5 s the first PGlite miss slice was 0.46 to 0.69 in four runs, often the lowest;
// after 10 s it was the lowest in one run of five, and the medians 0.76 to 1.16 (docs/performance.md,
// "Issue 21's ratios at the default settings").
const WARM = Number(process.env.BENCH_WARM ?? 10);

async function load(url, method, seconds = SECONDS) {
  const post = method === 'POST';
  const result = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    duration: seconds,
    headers: post ? { 'content-type': 'application/json' } : {},
    requests: post ? [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ id: uid(), participant: uid(), body: 'A benchmark idea about the park' }) }) }] : undefined,
  });
  const ok = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith('2')).reduce((n, [, v]) => n + v.count, 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok, total: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const combine = (runs) => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: Math.max(...runs.map((r) => r.p99)),
  errors: runs.reduce((n, r) => n + r.errors, 0),
});

/** `method` on `subjectPath` of `subject` and `yardstickPath` of `yardstick` in alternating slices: both summaries and the median ratio. */
async function compare(subject, yardstick, method, subjectPath, yardstickPath = subjectPath) {
  const a = [];
  const b = [];
  if (WARM > 0) {
    await load(`${subject.url}${subjectPath}`, method, WARM);
    await load(`${yardstick.url}${yardstickPath}`, method, WARM);
  }
  for (let round = 0; round < ROUNDS; round++) {
    a.push(await load(`${subject.url}${subjectPath}`, method, SLICE));
    b.push(await load(`${yardstick.url}${yardstickPath}`, method, SLICE));
  }
  return { subject: combine(a), yardstick: combine(b), ratio: median(a.map((run, i) => run.rps / b[i].rps)), ratios: a.map((run, i) => run.rps / b[i].rps) };
}

/** Reads of a board's first page. */
const compareReads = (subject, yardstick) => compare(subject, yardstick, 'GET', '/v1/boards/bench-read/posts');

/** New posts (a new id each), each side on a new board of its own (so neither waits on the other's change counter). */
const compareWrites = (subject, yardstick) => {
  const suffix = uid().slice(0, 6);
  return compare(subject, yardstick, 'POST', `/v1/boards/bench-write-server-${suffix}/posts`, `/v1/boards/bench-write-bare-${suffix}/posts`);
};

const rssMb = (pid) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
};

async function startScript(name, env, flags = []) {
  const child = spawn(process.execPath, [...flags, join(root, 'scripts/bench', name)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const match = /listening on (\S+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited ${code}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The bare handler answering the JSON the server answers for the page (bare-hono.mjs). */
const startBare = (page) => startScript('bare-hono.mjs', { BARE_PAGE: JSON.stringify(page) });
/** The bare handler running the server's SQL for the page, and for a post, on the same data (bare-sql.mjs). */
const startBareSql = (env) => startScript('bare-sql.mjs', env, ['--import', 'tsx']);

/**
 * One database: the server with its cache on against the bare JSON handler (reads), then its writes
 * against the bare SQL handler's, and its memory; then the server with its cache off
 * (COPRO_READ_CACHE=0/0: every read runs its SQL) against the bare SQL handler. `sqlEnv` points the
 * bare SQL handler at the same data (for PGlite, a copy of the folder made after seeding: a PGlite
 * folder is one process's); `write` is the statements of a post (writeTemplate).
 */
async function measureDatabase(label, serverEnv, sqlEnv, write) {
  const result = { label };
  const bareSql = await startBareSql({ ...sqlEnv, BARE_WRITE: JSON.stringify(write) });
  try {
    const server = await startServerProcess(serverEnv);
    try {
      result.rssStart = rssMb(server.pid);
      const page = await (await fetch(`${server.url}/v1/boards/bench-read/posts`)).json();
      const bare = await startBare(page);
      try {
        result.cached = await compareReads(server, bare);
      } finally {
        await bare.stop();
      }
      result.write = await compareWrites(server, bareSql);
      result.rssAfter = rssMb(server.pid);
    } finally {
      await server.stop();
    }
    const uncached = await startServerProcess({ ...serverEnv, COPRO_READ_CACHE: '0/0' });
    try {
      result.miss = await compareReads(uncached, bareSql);
    } finally {
      await uncached.stop();
    }
  } finally {
    await bareSql.stop();
  }
  return result;
}

/**
 * The compiled server's resident memory on PGlite (what `npx @copro/server` runs): three starts on
 * the bench's data folder, each read 1 s after it listens and again after 100 reads of the page.
 */
async function builtServerRss(env) {
  const problem = builtServerProblem();
  if (problem) return { problem };
  const starts = [];
  for (let i = 0; i < 3; i++) {
    const server = await startServerProcess(env, { built: true });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const start = rssMb(server.pid);
      for (let n = 0; n < 100; n++) await (await fetch(`${server.url}/v1/boards/bench-read/posts?sort=${n % 2 ? 'newest' : 'most-supported'}`)).arrayBuffer();
      starts.push({ start, reads: rssMb(server.pid) });
    } finally {
      await server.stop();
    }
  }
  return { starts };
}

// --- HTTP ---
const measured = [];
let builtRss;
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const latency = (r) => `${r.p50} / ${r.p99}`;
if (!ONLY_LIVE && !ONLY_TWO) {
const data = await tempDir('bench');
try {
  await seedBoard({ dataDir: join(data.path, 'db') }, 'bench-read', POSTS);
  await cp(join(data.path, 'db'), join(data.path, 'db-copy'), { recursive: true });
  const env = { COPRO_RATE_LIMIT: '1000000000/60', COPRO_ALLOWED_ORIGINS: '' };
  const write = await writeTemplate();
  measured.push(await measureDatabase('PGlite', { ...env, COPRO_DATA_DIR: join(data.path, 'db') }, { COPRO_DATA_DIR: join(data.path, 'db-copy') }, write));
  builtRss = await builtServerRss({ ...env, COPRO_DATA_DIR: join(data.path, 'db') });
  const postgres = await startPostgres().catch((error) => ({ skipped: error.message }));
  if (postgres.url) {
    try {
      await seedBoard({ databaseUrl: postgres.url }, 'bench-read', POSTS);
      measured.push(await measureDatabase('PostgreSQL', { ...env, DATABASE_URL: postgres.url }, { DATABASE_URL: postgres.url }, write));
    } finally {
      await postgres.stop();
    }
  } else {
    notes.push(`PostgreSQL skipped: ${postgres.skipped}`);
  }
} finally {
  await data.remove();
}

rows.push(['**HTTP** (autocannon, loopback; alternating slices)', 'read posts: req/s', 'read p50 / p99 ms', 'post: req/s', 'post p50 / p99 ms']);
for (const db of measured) {
  rows.push([`bare Hono handler, same JSON (beside ${db.label})`, fmt(db.cached.yardstick.rps), latency(db.cached.yardstick), '', '']);
  rows.push([`reference server, ${db.label}, public read cached`, `${fmt(db.cached.subject.rps)} (${fmt(db.cached.ratio, 2)} × bare)`, latency(db.cached.subject), `${fmt(db.write.subject.rps)} (${fmt(db.write.ratio, 2)} × same SQL)`, latency(db.write.subject)]);
  rows.push([`bare Hono handler, same SQL, ${db.label}`, fmt(db.miss.yardstick.rps), latency(db.miss.yardstick), fmt(db.write.yardstick.rps), latency(db.write.yardstick)]);
  rows.push([`reference server, ${db.label}, cache off (every read misses)`, `${fmt(db.miss.subject.rps)} (${fmt(db.miss.ratio, 2)} × same SQL)`, latency(db.miss.subject), '', '']);
  for (const [what, r] of [['cached reads', db.cached.subject], ['bare JSON reads', db.cached.yardstick], ['uncached reads', db.miss.subject], ['bare SQL reads', db.miss.yardstick], ['posts', db.write.subject], ['bare SQL posts', db.write.yardstick]]) {
    if (r.errors) notes.push(`${db.label}, ${what}: ${r.errors} answers were errors or not 2xx`);
  }
}
const inProcess = await inProcessReads();
rows.push(['in process, no socket (app.request, one at a time): µs per read', `bare Hono ${fmt(inProcess.bareUs)}`, `cached ${fmt(inProcess.cachedUs)} (${fmt(inProcess.bareUs / inProcess.cachedUs, 2)} × bare)`, `cache off ${fmt(inProcess.missUs)}`, '']);
rows.push([`in process: a miss against its ${inProcess.statements} statement(s) replayed alone, µs (wall / CPU)`, `SQL ${fmt(inProcess.sqlUs)} / ${fmt(inProcess.sqlCpuUs)}`, `miss ${fmt(inProcess.missUs)} / ${fmt(inProcess.missCpuUs)}`, `${fmt(inProcess.missRatio, 2)} / ${fmt(inProcess.missCpuRatio, 2)} × SQL`, '']);
const writes = await inProcessWrites();
rows.push([`in process: a post against its ${writes.statements} statements replayed alone, µs (wall / CPU)`, `SQL ${fmt(writes.sqlUs)} / ${fmt(writes.sqlCpuUs)}`, `post ${fmt(writes.writeUs)} / ${fmt(writes.writeCpuUs)}`, `${fmt(writes.ratio, 2)} / ${fmt(writes.cpuRatio, 2)} × SQL`, '']);
const pglite = measured.find((db) => db.label === 'PGlite');
if (pglite) rows.push(['reference server RSS, PGlite, under tsx (after start / after the load)', `${fmt(pglite.rssStart)} MB`, `${fmt(pglite.rssAfter)} MB`, '', '']);
if (builtRss?.starts) {
  const range = (values) => `${fmt(Math.min(...values))} to ${fmt(Math.max(...values))} MB`;
  rows.push(['reference server RSS, PGlite, built (dist/main.js; 3 starts: after start / 100 reads)', range(builtRss.starts.map((s) => s.start)), range(builtRss.starts.map((s) => s.reads)), '', '']);
} else if (builtRss?.problem) notes.push(`built server not measured: ${builtRss.problem}`);
}

// --- live streams ---
if (!ONLY_HTTP && !ONLY_TWO) {
  const live = await liveStreams().catch((error) => ({ error }));
  if (live.error) notes.push(`live streams: ${live.error.message}`);
  else {
    rows.push([`**Live** (${live.streams} streams of one board, one PGlite server, ${live.writes} posts)`, 'server RSS', 'write to last stream p50 / p99 ms', '', '']);
    rows.push(['before the streams / with them open', `${fmt(live.rssStart)} / ${fmt(live.rssOpen)} MB`, `${fmt(live.p50)} / ${fmt(live.p99)}`, `opened in ${fmt(live.openMs)} ms`, '']);
    rows.push(['after the posts / streams closed', `${fmt(live.rssAfter)} / ${fmt(live.rssClosed)} MB`, `max ${fmt(live.max)}`, '', '']);
  }
}

// --- two servers on one PostgreSQL ---
if (!ONLY_HTTP && !ONLY_LIVE) {
  const two = await twoServers().catch((error) => ({ error }));
  if (two.error) notes.push(`two servers: ${two.error.message}`);
  else if (two.skipped) notes.push(`two servers skipped: ${two.skipped}`);
  else {
    rows.push([`**Two servers, one PostgreSQL** (${two.streams} streams on B, ${two.writes} posts on A)`, 'read posts: req/s', 'read p50 / p99 ms', 'write to last stream on B p50 / p99 ms', 'RSS A / B']);
    rows.push(['reads, server A alone (public page, cached)', fmt(two.alone.rps), latency(two.alone), '', '']);
    rows.push(['reads, A and B at once (10 connections each)', `${fmt(two.both.rps)} (A ${fmt(two.both.a.rps)}, B ${fmt(two.both.b.rps)})`, `${latency(two.both.a)}, ${latency(two.both.b)}`, '', `${fmt(two.rssStart[0])} / ${fmt(two.rssStart[1])} MB`]);
    rows.push(['writes on A, streams on B, reads on both (2 connections each)', fmt(two.during.rps), `${latency(two.during.a)}, ${latency(two.during.b)}`, `${fmt(two.p50)} / ${fmt(two.p99)} (max ${fmt(two.max)}; opened in ${fmt(two.openMs)} ms)`, `${fmt(two.rssOpen[0])} / ${fmt(two.rssOpen[1])} MB`]);
    for (const [what, r] of [['reads on A alone', two.alone], ['reads on A', two.both.a], ['reads on B', two.both.b]]) if (r.errors) notes.push(`two servers, ${what}: ${r.errors} answers were errors or not 2xx`);
  }
}

// --- first render ---
if (!ONLY_HTTP && !ONLY_LIVE && !ONLY_TWO) {
rows.push(['**First render** (headless Chromium, median of 5)', 'from element creation', 'from navigation', 'what is shown', '']);
const board = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'packages/feedback-board/bench/board.bench.mjs')], { cwd: root, encoding: 'utf8', timeout: 180_000 });
const boardLines = (board.stdout ?? '').split('\n').filter(Boolean);
for (const line of boardLines.filter((l) => l.startsWith('first render'))) {
  const match = /first render, ([^:]+): (\d+) ms from element creation \((\d+) ms from navigation\), (\d+) posts in the DOM/.exec(line);
  if (match) rows.push([`copro-feedback-board, ${match[1]}`, `${match[2]} ms`, `${match[3]} ms`, `${match[4]} posts in the DOM`, '']);
}
if (!boardLines.some((l) => l.startsWith('first render'))) notes.push(`board bench gave no figures (exit ${board.status}): ${(board.stderr ?? '').slice(-300)}`);
for (const render of await elementRenders()) rows.push([render.tag, `${fmt(render.ms)} ms`, `${fmt(render.fromNavigation)} ms`, render.what, '']);

// --- sizes ---
rows.push(['**Bundle size** (esbuild --minify)', 'minified', 'gzip -9', '', '']);
for (const size of await bundleSizes()) rows.push([size.label, `${(size.min / 1024).toFixed(1)} KB`, `${(size.gzip / 1024).toFixed(1)} KB`, '', '']);
}

// --- the table ---
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log('');
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
for (const note of notes) console.log(`note: ${note}`);
const ratio = (label, key) => fmt(measured.find((db) => db.label === label)?.[key].ratio, 2);
if (measured.length) console.log(`\ncached public reads vs bare Hono (same JSON): PGlite ${ratio('PGlite', 'cached')}, PostgreSQL ${ratio('PostgreSQL', 'cached')} (target at least 0.5)`);
if (measured.length) console.log(`reads that miss the cache vs bare Hono with the same SQL: PGlite ${ratio('PGlite', 'miss')}, PostgreSQL ${ratio('PostgreSQL', 'miss')} (target at least 0.8)`);
if (measured.length) console.log(`posts vs bare Hono with the same SQL: PGlite ${ratio('PGlite', 'write')}, PostgreSQL ${ratio('PostgreSQL', 'write')} (target at least 0.8)`);
const slices = (key) => measured.map((db) => `${db.label} ${db[key].ratios.map((r) => fmt(r, 2)).join(', ')}`).join('; ');
if (measured.length) console.log(`per-slice ratios: misses ${slices('miss')}; posts ${slices('write')}`);
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} at the end; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
