// (b) The server killed with SIGKILL under write load: every write it acknowledged (2xx) is
// there after a restart. On PGlite (its own files) and on PostgreSQL (a separate server).
import { allPosts, request, sleep, startServerProcess, tempDir, uid } from '../lib.mjs';

const WRITERS = 8;

async function killUnderLoad(env, log, label) {
  let server = await startServerProcess(env);
  const board = `faults-crash-${uid().slice(0, 8)}`;
  const acknowledged = [];
  let refusedOrLost = 0;
  let stop = false;
  const writer = async () => {
    while (!stop) {
      const id = uid();
      const answer = await request(server.url, 'POST', `/v1/boards/${board}/posts`, { body: { id, participant: uid(), body: `Crash test ${id}` }, timeoutMs: 3000 });
      if (answer.status >= 200 && answer.status < 300) acknowledged.push(id);
      else refusedOrLost += 1;
      if (answer.status === 0) await sleep(20); // the server is gone: do not spin
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);
  // Kill once writes are flowing, mid-stream.
  const until = Date.now() + 10_000;
  while (acknowledged.length < 150 && Date.now() < until) await sleep(20);
  const ackedAtKill = acknowledged.length;
  await server.kill();
  await sleep(300);
  stop = true;
  await Promise.all(writers);
  server = await startServerProcess({ ...env, PORT: String(server.port) });
  try {
    const stored = new Set((await allPosts(server.url, board)).map((post) => post.id));
    const missing = acknowledged.filter((id) => !stored.has(id));
    const unacknowledged = stored.size - (acknowledged.length - missing.length);
    log(
      `${label}: ${WRITERS} writers, killed after ${ackedAtKill} acknowledged posts (${acknowledged.length} in all, ${refusedOrLost} failed while it died); ` +
        `after restart ${stored.size} stored: acknowledged missing ${missing.length}, stored but never acknowledged ${unacknowledged} (in flight at the kill) ${missing.length ? 'FAIL' : 'OK'}`,
    );
    if (missing.length) throw new Error(`${label}: ${missing.length} acknowledged writes lost, e.g. ${missing.slice(0, 3).join(', ')}`);
  } finally {
    await server.stop();
  }
}

export async function crashOnPglite(log) {
  const data = await tempDir('faults-crash');
  try {
    await killUnderLoad({ COPRO_DATA_DIR: data.path, COPRO_RATE_LIMIT: '100000/60' }, log, 'PGlite');
  } finally {
    await data.remove();
  }
}

export async function crashOnPostgres(log, { postgres }) {
  if (!postgres.url) {
    log(`PostgreSQL: skipped (${postgres.skipped})`);
    return 'skipped';
  }
  await killUnderLoad({ DATABASE_URL: postgres.url, COPRO_RATE_LIMIT: '100000/60' }, log, 'PostgreSQL');
}
