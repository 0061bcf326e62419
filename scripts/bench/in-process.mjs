// Where a cached read's time goes, without sockets: the reference app (createApp on an in-memory
// PGlite) answering a repeated public read through `app.request`, beside a bare Hono app answering
// the same JSON the same way, and the same read with the cache emptied before each request (every
// read runs its SQL). Microseconds per request, one request at a time, in this process.
import { Hono } from 'hono';
import { appInternals, createApp, migrate } from '../../packages/server/src/index.ts';
import { openPglite } from '../../packages/server/src/db/pglite.ts';

export async function inProcessReads({ posts = 20, runs = 3000 } = {}) {
  const db = await openPglite('memory://');
  try {
    await migrate(db);
    const app = await createApp({ db, log: () => {}, writeRateLimit: { limit: 1e9, windowSeconds: 60 } });
    const json = { 'content-type': 'application/json' };
    for (let i = 0; i < posts; i++) {
      const body = JSON.stringify({ id: crypto.randomUUID(), participant: crypto.randomUUID(), body: `Idea ${i}: more places for young people to meet after school` });
      await app.request('/v1/boards/bench/posts', { method: 'POST', headers: json, body });
    }
    const page = await (await app.request('/v1/boards/bench/posts')).json();
    const bare = new Hono();
    bare.get('/v1/boards/:board/posts', (c) => c.json(page));
    const cache = appInternals(app).readCache;
    const time = async (answer, n) => {
      for (let i = 0; i < Math.min(500, n); i++) await (await answer()).arrayBuffer();
      const start = performance.now();
      for (let i = 0; i < n; i++) await (await answer()).arrayBuffer();
      return ((performance.now() - start) / n) * 1000;
    };
    const bareUs = await time(() => bare.request('/v1/boards/bench/posts'), runs);
    const cachedUs = await time(() => app.request('/v1/boards/bench/posts'), runs);
    const missUs = await time(() => {
      cache.clear();
      return app.request('/v1/boards/bench/posts');
    }, Math.ceil(runs / 5));
    return { bareUs, cachedUs, missUs };
  } finally {
    await db.close();
  }
}
