// Live streams on one PGlite server (issue 21): STREAMS open Server-Sent Events streams of one
// board (a meeting's worth of readers many times over), the server's resident memory with them
// open, and for WRITES posts made one after another, the time from sending each write to the
// LAST stream receiving its event (p50 and p99 over the writes). The streams are read in this
// process with node:http (no browser), so the last-stream time includes this process parsing
// STREAMS chunks per write: on a 2-core machine shared with the server, an upper bound.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { tempDir } from '../faults/lib.mjs';
import { startBenchServer } from './server-process.mjs';

const rssMb = async (pid) => {
  const { readFileSync } = await import('node:fs');
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
};

/** Opens one stream; calls `heard(id)` for each `post` event. Resolves once the answer's headers are in. */
export function openStream(url, agent, heard) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: post')) heard(/"id":"([^"]+)"/.exec(block)?.[1]);
        }
      });
      resolve(() => request.destroy());
    });
    request.on('error', reject);
  });
}

/**
 * `streams` streams on one board's events (opened 50 at a time), and a way to time a write to the
 * moment the last of them hears it. `close()` closes them all.
 */
export async function openAudience(url, streams, agent) {
  /** post id -> how many streams have heard it. */
  const heardBy = new Map();
  const waiters = new Map();
  const closers = [];
  const close = () => {
    for (const each of closers.splice(0)) each();
  };
  const heard = (id) => {
    const n = (heardBy.get(id) ?? 0) + 1;
    heardBy.set(id, n);
    if (n === streams) waiters.get(id)?.();
  };
  const opening = performance.now();
  try {
    for (let i = 0; i < streams; i += 50) {
      const batch = [];
      for (let j = i; j < Math.min(streams, i + 50); j++) batch.push(openStream(url, agent, heard));
      closers.push(...(await Promise.all(batch)));
    }
  } catch (error) {
    close();
    throw error;
  }
  return {
    openMs: performance.now() - opening,
    close,
    /** Sends a write of post `id` (`send()` answers its `Response`); answers the ms until every stream heard it. */
    async time(id, send, what) {
      const all = new Promise((resolve, reject) => {
        waiters.set(id, resolve);
        setTimeout(() => reject(new Error(`${what}: only ${heardBy.get(id) ?? 0} of ${streams} streams heard it in 10 s`)), 10_000).unref();
      });
      const sent = performance.now();
      const answer = await send();
      if (!answer.ok) throw new Error(`${what}: ${answer.status}`);
      await all;
      waiters.delete(id);
      return performance.now() - sent;
    },
  };
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export async function liveStreams({ streams = Number(process.env.BENCH_STREAMS ?? 1000), writes = Number(process.env.BENCH_LIVE_WRITES ?? 30) } = {}) {
  const data = await tempDir('bench-live');
  const server = await startBenchServer({
    COPRO_DATA_DIR: join(data.path, 'db'),
    COPRO_RATE_LIMIT: '1000000000/60',
    // Every bench stream comes from 127.0.0.1: the per-address cap (6 by default) is raised.
    COPRO_STREAMS_PER_CLIENT: String(streams + 10),
  });
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const closers = [];
  try {
    const board = 'bench-live';
    // The board exists before its streams open (its first write creates it).
    const first = await fetch(`${server.url}/v1/boards/${board}/posts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: randomUUID(), participant: randomUUID(), body: 'The first idea' }) });
    if (!first.ok) throw new Error(`first post: ${first.status}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssStart = await rssMb(server.pid);
    const audience = await openAudience(`${server.url}/v1/boards/${board}/events`, streams, agent);
    closers.push(audience.close);
    const { openMs } = audience;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssOpen = await rssMb(server.pid);
    const latencies = [];
    for (let w = 0; w < writes; w++) {
      const id = randomUUID();
      const send = () => fetch(`${server.url}/v1/boards/${board}/posts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, participant: randomUUID(), body: `A live idea ${w}` }) });
      latencies.push(await audience.time(id, send, `post ${w}`));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rssAfter = await rssMb(server.pid);
    for (const close of closers.splice(0)) close();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssClosed = await rssMb(server.pid);
    return { streams, writes, openMs, rssStart, rssOpen, rssAfter, rssClosed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) };
  } finally {
    for (const close of closers) close();
    agent.destroy();
    await server.stop();
    await data.remove();
  }
}

// `node scripts/bench/live.mjs`: this part alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await liveStreams());
