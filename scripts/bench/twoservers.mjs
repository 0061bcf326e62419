// Two reference servers on one PostgreSQL (issue 21): the first step of the national consultation
// plan in docs/performance.md, measured. Both servers run as their own processes on one throwaway
// PostgreSQL cluster (scripts/postgres.mjs), each with its own read cache and change feed.
//   1. Reads of a 1,000-post board's first page (public: from each server's cache): server A
//      alone, then A and B at once (10 connections each, side by side).
//   2. Live: STREAMS Server-Sent Events streams of one board open on server B; WRITES posts made
//      on server A, one after another, each timed from sending the POST to A until the LAST stream
//      on B has its `post` event (A commits, PostgreSQL delivers the NOTIFY to B's LISTEN
//      connection, B fans it out). Meanwhile readers on both servers (2 connections each) read that
//      board's page, which every write clears from both caches. After the writes, B must answer
//      A's last post first (its cache followed the feed).
// Prints figures; it fails only when a stream misses a write or B's cache did not follow.
// `BENCH_ONLY=twoservers npm run bench`, or `node --import tsx scripts/bench/twoservers.mjs`.
// BENCH_STREAMS (default 1,000), BENCH_LIVE_WRITES (default 30), BENCH_SECONDS (default 5).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startPostgres } from '../postgres.mjs';
import { startBenchServer } from './server-process.mjs';
import { seedBoard } from './seed.mjs';
import { openAudience, percentile } from './live.mjs';

const rssMb = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/** autocannon against one path; `stop()` ends it early (for readers that run until the writes are done). */
function reads(url, connections, seconds) {
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon({ url, connections, duration: seconds }, (error, r) =>
      error ? reject(error) : resolve({ rps: r.requests.average, total: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx }),
    );
  });
  return { done, stop: () => instance.stop() };
}

export async function twoServers({
  streams = Number(process.env.BENCH_STREAMS ?? 1000),
  writes = Number(process.env.BENCH_LIVE_WRITES ?? 30),
  seconds = Number(process.env.BENCH_SECONDS ?? 5),
} = {}) {
  const postgres = await startPostgres().catch((error) => ({ skipped: error.message }));
  if (!postgres.url) return { skipped: postgres.skipped };
  const servers = [];
  const closers = [];
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  try {
    await seedBoard({ databaseUrl: postgres.url }, 'bench-read', 1000);
    // Every bench stream comes from 127.0.0.1: the per-address cap is raised.
    const env = { DATABASE_URL: postgres.url, COPRO_RATE_LIMIT: '1000000000/60', COPRO_ALLOWED_ORIGINS: '', COPRO_STREAMS_PER_CLIENT: String(streams + 10) };
    const a = await startBenchServer(env);
    servers.push(a);
    const b = await startBenchServer(env);
    servers.push(b);
    const page = (server, board) => `${server.url}/v1/boards/${board}/posts`;

    // 1. Reads: A alone, then A and B at once (after a second on each, for the JIT and the caches).
    await Promise.all([reads(page(a, 'bench-read'), 10, 1).done, reads(page(b, 'bench-read'), 10, 1).done]);
    const alone = await reads(page(a, 'bench-read'), 10, seconds).done;
    const [bothA, bothB] = await Promise.all([reads(page(a, 'bench-read'), 10, seconds).done, reads(page(b, 'bench-read'), 10, seconds).done]);

    // 2. Live: streams on B, writes on A.
    const board = 'bench-live';
    const post = (id, body) => fetch(page(a, board), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, participant: randomUUID(), body }) });
    if (!(await post(randomUUID(), 'The first idea')).ok) throw new Error('the first post on A was refused');
    const rssStart = [rssMb(a.pid), rssMb(b.pid)];
    const audience = await openAudience(`${b.url}/v1/boards/${board}/events`, streams, agent);
    closers.push(audience.close);
    const { openMs } = audience;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const readers = [reads(page(a, board), 2, 3600), reads(page(b, board), 2, 3600)];
    const latencies = [];
    let lastId;
    const writing = performance.now();
    for (let w = 0; w < writes; w++) {
      const id = randomUUID();
      latencies.push(await audience.time(id, () => post(id, `A live idea ${w}`), `post ${w} on A (streams on B)`));
      lastId = id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const writingSeconds = (performance.now() - writing) / 1000;
    for (const reader of readers) reader.stop();
    const [duringA, duringB] = await Promise.all(readers.map((reader) => reader.done));
    const rssOpen = [rssMb(a.pid), rssMb(b.pid)];
    const first = (await (await fetch(page(b, board))).json()).items[0]?.id;
    if (first !== lastId) throw new Error(`B's page of ${board} does not start with A's last post (${first} against ${lastId}): its cache did not follow the feed`);
    return {
      streams,
      writes,
      openMs,
      alone,
      both: { a: bothA, b: bothB, rps: bothA.rps + bothB.rps },
      during: { a: duringA, b: duringB, rps: (duringA.total + duringB.total) / writingSeconds },
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
      rssStart,
      rssOpen,
    };
  } finally {
    for (const close of closers) close();
    agent.destroy();
    for (const server of servers) await server.stop();
    await postgres.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await twoServers());
