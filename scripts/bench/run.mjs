#!/usr/bin/env node
// `npm run bench`: one table of figures, all measured on 127.0.0.1 in one run.
//   1. HTTP: requests per second and p50/p99 latency for reading a board's posts and for posting,
//      on the reference server with PGlite and with PostgreSQL. A repeated public read is answered
//      from the server's cache: compared with a bare Hono handler that answers the same JSON (target
//      at least 0.5). A read that misses the cache (the server started with COPRO_READ_CACHE=0/0)
//      is compared with a bare Hono handler running the same SQL on the same database (target at
//      least 0.8): the floor any database-backed server pays.
//   2. The reference server's resident memory on PGlite, after start and after the load.
//   3. First render of each element in headless Chromium (the board with 50 and 10,000 posts).
//   4. Bundle sizes, gzip -9: copro.js and each widget's define entry bundled alone.
// Each load run is bounded (BENCH_SECONDS, default 5 s; 10 connections). BENCH_ONLY=http measures only 1 and 2.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startPostgres } from '../postgres.mjs';
import { root, startServerProcess, tempDir, uid } from '../faults/lib.mjs';
import { bundleSizes } from './sizes.mjs';
import { elementRenders } from './render.mjs';
import { seedBoard } from './seed.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ONLY_HTTP = process.env.BENCH_ONLY === 'http';
const CONNECTIONS = 10;
const POSTS = 1000;
const rows = [];
const notes = [];
const started = performance.now();
console.log(`copro bench: ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} at start; ${SECONDS} s per run, ${CONNECTIONS} connections`);

async function load(url, method) {
  const post = method === 'POST';
  const result = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: post ? { 'content-type': 'application/json' } : {},
    requests: post ? [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ id: uid(), participant: uid(), body: 'A benchmark idea about the park' }) }) }] : undefined,
  });
  const ok = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code.startsWith('2')).reduce((n, [, v]) => n + v.count, 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok, total: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

const rssMb = (pid) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
};

async function startBare(page) {
  return startScript('bare-hono.mjs', { BARE_PAGE: JSON.stringify(page) });
}

/** The bare handler that runs the reference server's SQL for a page of posts on the same database (bare-sql.mjs). */
async function startBareSql(env) {
  return startScript('bare-sql.mjs', env, ['--import', 'tsx']);
}

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

/** Reads only: a page of posts, the same address each time. */
async function measureReads(label, url) {
  return { label, read: await load(`${url}/v1/boards/bench-read/posts`, 'GET') };
}

/** The reference server with its read cache off (every read runs its SQL), then the bare handler with the same SQL, one after the other on one database. */
async function measureMisses(label, serverEnv, sqlEnv) {
  const server = await startServerProcess({ ...serverEnv, COPRO_READ_CACHE: '0/0' });
  let miss;
  try {
    miss = await measureReads(`${label}, cache off (every read misses)`, server.url);
  } finally {
    await server.stop();
  }
  const bareSql = await startBareSql(sqlEnv);
  try {
    return { miss, floor: await measureReads(`bare Hono handler, same SQL, ${label}`, bareSql.url) };
  } finally {
    await bareSql.stop();
  }
}

async function measureServer(label, url, pid) {
  const board = 'bench-read';
  const read = await load(`${url}/v1/boards/${board}/posts`, 'GET');
  const write = await load(`${url}/v1/boards/bench-write-${uid().slice(0, 6)}/posts`, 'POST');
  return { label, read, write, rssAfter: pid ? rssMb(pid) : undefined };
}

// --- HTTP ---
const data = await tempDir('bench');
let bareRow;
let pgliteRow;
let postgresRow;
let pgliteMisses;
let postgresMisses;
try {
  await seedBoard({ dataDir: join(data.path, 'db') }, 'bench-read', POSTS);
  const pglite = await startServerProcess({ COPRO_DATA_DIR: join(data.path, 'db'), COPRO_RATE_LIMIT: '1000000000/60', COPRO_ALLOWED_ORIGINS: '' });
  const rssStart = rssMb(pglite.pid);
  // The bare handler answers exactly what the reference server answers for the same page.
  const page = await (await fetch(`${pglite.url}/v1/boards/bench-read/posts`)).json();
  const bare = await startBare(page);
  try {
    bareRow = await measureServer('bare Hono handler (same JSON, no database)', bare.url);
  } finally {
    bare.stop();
  }
  try {
    pgliteRow = { ...(await measureServer('reference server, PGlite, public reads cached', pglite.url, pglite.pid)), rssStart };
  } finally {
    await pglite.stop();
  }
  // PGlite is one process's: the server with its cache off and the bare SQL handler open the folder in turn.
  pgliteMisses = await measureMisses('PGlite', { COPRO_DATA_DIR: join(data.path, 'db'), COPRO_RATE_LIMIT: '1000000000/60', COPRO_ALLOWED_ORIGINS: '' }, { COPRO_DATA_DIR: join(data.path, 'db') });
  const postgres = await startPostgres().catch((error) => ({ skipped: error.message }));
  if (postgres.url) {
    try {
      await seedBoard({ databaseUrl: postgres.url }, 'bench-read', POSTS);
      const server = await startServerProcess({ DATABASE_URL: postgres.url, COPRO_RATE_LIMIT: '1000000000/60' });
      try {
        postgresRow = await measureServer('reference server, PostgreSQL, public reads cached', server.url);
      } finally {
        await server.stop();
      }
      postgresMisses = await measureMisses('PostgreSQL', { DATABASE_URL: postgres.url, COPRO_RATE_LIMIT: '1000000000/60' }, { DATABASE_URL: postgres.url });
    } finally {
      await postgres.stop();
    }
  } else {
    notes.push(`PostgreSQL skipped: ${postgres.skipped}`);
  }
} finally {
  await data.remove();
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const http = [bareRow, pgliteRow, postgresRow].filter(Boolean);
rows.push(['**HTTP** (autocannon, loopback)', 'read posts: req/s', 'read p50 / p99 ms', 'post: req/s', 'post p50 / p99 ms']);
for (const row of http) {
  const ratio = row === bareRow ? '' : ` (${fmt(row.read.rps / bareRow.read.rps, 2)} × bare)`;
  const wratio = row === bareRow ? '' : ` (${fmt(row.write.rps / bareRow.write.rps, 2)} × bare)`;
  rows.push([row.label, `${fmt(row.read.rps)}${ratio}`, `${row.read.p50} / ${row.read.p99}`, `${fmt(row.write.rps)}${wratio}`, `${row.write.p50} / ${row.write.p99}`]);
  if (row.read.errors || row.write.errors) notes.push(`${row.label}: ${row.read.errors} read and ${row.write.errors} post answers were errors or not 2xx`);
}
for (const misses of [pgliteMisses, postgresMisses].filter(Boolean)) {
  rows.push([misses.floor.label, fmt(misses.floor.read.rps), `${misses.floor.read.p50} / ${misses.floor.read.p99}`, '', '']);
  rows.push([misses.miss.label, `${fmt(misses.miss.read.rps)} (${fmt(misses.miss.read.rps / misses.floor.read.rps, 2)} × same SQL)`, `${misses.miss.read.p50} / ${misses.miss.read.p99}`, '', '']);
  for (const row of [misses.floor, misses.miss]) if (row.read.errors) notes.push(`${row.label}: ${row.read.errors} read answers were errors or not 2xx`);
}
if (pgliteRow) rows.push(['reference server RSS, PGlite (after start / after the load)', `${fmt(pgliteRow.rssStart)} MB`, `${fmt(pgliteRow.rssAfter)} MB`, '', '']);

// --- first render ---
if (!ONLY_HTTP) {
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
const readRatio = pgliteRow && bareRow ? pgliteRow.read.rps / bareRow.read.rps : NaN;
const pgRatio = postgresRow && bareRow ? postgresRow.read.rps / bareRow.read.rps : NaN;
console.log(`\ncached public reads vs bare Hono (same JSON): PGlite ${fmt(readRatio, 2)}, PostgreSQL ${fmt(pgRatio, 2)} (target at least 0.5)`);
const missRatio = (misses) => (misses ? misses.miss.read.rps / misses.floor.read.rps : NaN);
console.log(`reads that miss the cache vs bare Hono with the same SQL: PGlite ${fmt(missRatio(pgliteMisses), 2)}, PostgreSQL ${fmt(missRatio(postgresMisses), 2)} (target at least 0.8)`);
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} at the end; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
