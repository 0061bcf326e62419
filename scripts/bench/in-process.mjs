// Where a read's time goes, without sockets: the reference app (createApp on an in-memory PGlite,
// the board of 1,000 posts the HTTP bench reads) answering through `app.request`, one request at a
// time, in this process. Microseconds per request:
//   - a repeated public read (from the cache) beside a bare Hono app answering the same JSON;
//   - the same read with the cache emptied before each request (every read runs its SQL), beside
//     the statements that read ran, recorded from the app's database as it ran them and replayed
//     through the same database wrapper with the same parameters (the SQL floor: no HTTP, no
//     validation, no mapping). The ratio is the median over alternating slices.
// Posts likewise: the app answering `POST /v1/boards/{board}/posts` beside the statements it runs
// for one (write-statements.mjs), replayed with each new post's values.
// `node --import tsx scripts/bench/in-process.mjs` runs this part alone (BENCH_ONLY=reads or
// writes for one half); BENCH_PROFILE=miss (or sql, cached, post, post-sql) writes a CPU profile of
// just that loop to the folder.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Hono } from 'hono';
import { appInternals, createApp, migrate } from '../../packages/server/src/index.ts';
import { openPglite } from '../../packages/server/src/db/pglite.ts';
import { seedPosts } from './seed.mjs';
import { recordWrite, runWrite, statementsPerPost, writeValues } from './write-statements.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Wall time per call, µs. */
async function time(fn, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - start) / n) * 1000;
}

/** CPU time (this process, all threads) per call, µs: steadier than wall time on a shared machine, and on PGlite all the work is here. */
async function cpuTime(fn, n) {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

/**
 * `subject` and `floor` in alternating slices of `slice` calls, `rounds` times, wall then CPU: the
 * µs per call of each slice, and the median of `floor / subject` per round (wall and CPU).
 */
async function alternate(subject, floor, slice, rounds) {
  const r = { wall: [], floorWall: [], cpu: [], floorCpu: [] };
  for (let round = 0; round < rounds; round++) {
    r.wall.push(await time(subject, slice));
    r.floorWall.push(await time(floor, slice));
    r.cpu.push(await cpuTime(subject, slice));
    r.floorCpu.push(await cpuTime(floor, slice));
  }
  r.ratios = r.wall.map((us, i) => r.floorWall[i] / us);
  r.cpuRatios = r.cpu.map((us, i) => r.floorCpu[i] / us);
  return r;
}

/** Runs `fn` `runs` times under the CPU profiler and writes the profile to this folder as `in-process-{name}-….cpuprofile`. */
async function profileLoop(name, fn, runs) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const us = await time(fn, runs);
  const { profile: cpu } = await session.post('Profiler.stop');
  const file = `in-process-${name}-${Date.now()}.cpuprofile`;
  writeFileSync(file, JSON.stringify(cpu));
  console.log(`${name}: ${us.toFixed(0)} µs per call; profile in ${file}`);
}

export async function inProcessReads({ posts = 1000, runs = 3000, rounds = 5, profile = process.env.BENCH_PROFILE } = {}) {
  const db = await openPglite('memory://');
  try {
    await migrate(db);
    await seedPosts(db, 'bench-read', posts);
    /** Statements the app runs while `recording` is set. */
    let recording;
    const recorded = {
      ...db,
      query(sql, params) {
        recording?.push([sql, params]);
        return db.query(sql, params);
      },
    };
    const app = await createApp({ db: recorded, log: () => {}, writeRateLimit: { limit: 1e9, windowSeconds: 60 } });
    const path = '/v1/boards/bench-read/posts';
    const cache = appInternals(app).readCache;
    cache.clear();
    recording = [];
    const page = await (await app.request(path)).json();
    const statements = recording;
    recording = undefined;
    if (page.items?.length !== 20) throw new Error(`the page has ${page.items?.length} posts, not 20`);
    const bare = new Hono();
    bare.get('/v1/boards/:board/posts', (c) => c.json(page));

    const read = async (answer) => (await answer()).arrayBuffer();
    const bareRead = () => read(() => bare.request(path));
    const cachedRead = () => read(() => app.request(path));
    const missRead = () => {
      cache.clear();
      return read(() => app.request(path));
    };
    const sqlFloor = async () => {
      for (const [sql, params] of statements) await db.query(sql, params);
    };
    // Warm up every path (JIT, PGlite's plan and catalog caches).
    for (const fn of [bareRead, cachedRead, missRead, sqlFloor]) await time(fn, 300);

    const reads = { miss: missRead, sql: sqlFloor, cached: cachedRead };
    if (reads[profile]) await profileLoop(profile, reads[profile], runs);

    const bareUs = await time(bareRead, runs);
    const cachedUs = await time(cachedRead, runs);
    const r = await alternate(missRead, sqlFloor, Math.ceil(runs / 3 / rounds), rounds);
    return {
      missCpuUs: median(r.cpu),
      sqlCpuUs: median(r.floorCpu),
      missCpuRatio: median(r.cpuRatios),
      bareUs,
      cachedUs,
      missUs: median(r.wall),
      sqlUs: median(r.floorWall),
      missRatio: median(r.ratios),
      ratios: r.ratios,
      statements: statements.length,
    };
  } finally {
    await db.close();
  }
}

/** A migrated in-memory PGlite and an app on it whose statements are pushed to `recorder.recording` while that is set. */
async function recordedApp() {
  const db = await openPglite('memory://');
  await migrate(db);
  const recorder = { recording: undefined };
  const wrapped = {
    ...db,
    query(sql, params) {
      recorder.recording?.push([sql, params]);
      return db.query(sql, params);
    },
  };
  const app = await createApp({ db: wrapped, log: () => {}, writeRateLimit: { limit: 1e9, windowSeconds: 60 } });
  return { db, app, recorder };
}

/** The statements of the server's `POST /v1/boards/{board}/posts`, recorded (write-statements.mjs), for the bare write handler. */
export async function writeTemplate() {
  const { db, app, recorder } = await recordedApp();
  try {
    return await recordWrite(app, recorder);
  } finally {
    await appInternals(app).changes.close();
    await db.close();
  }
}

/**
 * Writes the same way: the app answering `POST /v1/boards/{board}/posts` (a new post each time)
 * beside the statements it runs for one (recorded, then replayed with each new post's values on
 * another board), in alternating slices; wall and CPU µs per write.
 */
export async function inProcessWrites({ runs = 1500, rounds = 5, profile = process.env.BENCH_PROFILE } = {}) {
  const { db, app, recorder } = await recordedApp();
  try {
    const template = await recordWrite(app, recorder);
    const input = () => ({ id: crypto.randomUUID(), participant: crypto.randomUUID(), body: 'A benchmark idea about the park' });
    const appWrite = async () => {
      const response = await app.request('/v1/boards/bench-write-app/posts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input()) });
      if (response.status !== 201) throw new Error(`a write answered ${response.status}`);
      await response.arrayBuffer();
    };
    const sqlWrite = async () => {
      await runWrite(template, writeValues('bench-write-sql', input()), (sql, params) => db.query(sql, params));
    };
    for (const fn of [appWrite, sqlWrite]) await time(fn, 200);
    const writes = { post: appWrite, 'post-sql': sqlWrite };
    if (writes[profile]) await profileLoop(profile, writes[profile], runs);
    const r = await alternate(appWrite, sqlWrite, Math.ceil(runs / 2 / rounds), rounds);
    return {
      statements: statementsPerPost(template),
      writeUs: median(r.wall),
      sqlUs: median(r.floorWall),
      ratio: median(r.ratios),
      writeCpuUs: median(r.cpu),
      sqlCpuUs: median(r.floorCpu),
      cpuRatio: median(r.cpuRatios),
      cpuRatios: r.cpuRatios,
    };
  } finally {
    await appInternals(app).changes.close();
    await db.close();
  }
}

// `node --import tsx scripts/bench/in-process.mjs`: this part alone (BENCH_ONLY=reads or writes for one of the two).
if (import.meta.url === `file://${process.argv[1]}`) {
  const f = (n) => n.toFixed(0);
  if (process.env.BENCH_ONLY !== 'writes') {
    const r = await inProcessReads();
    console.log(`bare ${f(r.bareUs)} µs, cached ${f(r.cachedUs)} µs; miss ${f(r.missUs)} µs against ${f(r.sqlUs)} µs for its ${r.statements} statements alone: ${r.missRatio.toFixed(2)} × the SQL floor (slices: ${r.ratios.map((x) => x.toFixed(2)).join(', ')}); CPU time ${f(r.missCpuUs)} against ${f(r.sqlCpuUs)} µs: ${r.missCpuRatio.toFixed(2)} ×`);
  }
  if (process.env.BENCH_ONLY !== 'reads') {
    const w = await inProcessWrites();
    console.log(`write ${f(w.writeUs)} µs against ${f(w.sqlUs)} µs for its ${w.statements} statements alone: ${w.ratio.toFixed(2)} ×; CPU time ${f(w.writeCpuUs)} against ${f(w.sqlCpuUs)} µs: ${w.cpuRatio.toFixed(2)} × (slices: ${w.cpuRatios.map((x) => x.toFixed(2)).join(', ')})`);
  }
  console.log(`load average ${(await import('node:os')).loadavg().map((n) => n.toFixed(1)).join(' ')}`);
}
