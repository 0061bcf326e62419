// The floor any database-backed server pays for a page of posts: a bare Hono handler that runs the
// statement the reference server runs for a public first page (built by the server's own
// `postPageQuery`, so it is the same SQL with the same parameters), through the same database
// wrapper, on the same database, and answers the rows as JSON. No validation, no mapping, no
// middleware. (in-process.mjs checks the same thing from the other side: it records the statements
// the server ran and replays them.)
// Writes the same way: `POST /v1/boards/{board}/posts` runs the statements the server runs for a
// new post (BARE_WRITE: recorded from the server by write-statements.mjs, filled from this
// request's board, id, participant and body), one after another as the server does (none in a
// transaction; the board's INSERT only when its SELECT found none), and answers the inserted row as
// JSON, 201. It checks nothing: not the body, not the rate limit's count, not whether the id was
// erased or already stored.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { ListPostsQuery } from '@copro/protocol';
import { openDatabase } from '../../packages/server/src/index.ts';
import { postPageQuery } from '../../packages/server/src/store/boards.ts';
import { runWrite, writeValues } from './write-statements.mjs';

const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.COPRO_DATA_DIR });
/** `GET /v1/boards/{board}/posts` with no query: what the bench reads. */
const query = z.parse(ListPostsQuery, {});
const app = new Hono();
let stopping = false;
app.onError((_error, c) => c.json({ error: 'stopping' }, 503));
app.get('/v1/boards/:board/posts', async (c) => {
  const board = c.req.param('board');
  const { sql, params } = postPageQuery(board, query, false);
  const { rows } = await db.query(sql, params);
  return c.json({ items: rows.slice(0, query.limit), nextCursor: null });
});
const write = JSON.parse(process.env.BARE_WRITE ?? '[]');
app.post('/v1/boards/:board/posts', async (c) => {
  const post = await runWrite(write, writeValues(c.req.param('board'), await c.req.json()), (sql, params) => db.query(sql, params));
  return c.json(post, 201);
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`bare sql listening on http://127.0.0.1:${info.port}`));
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections?.();
  // Requests still in flight when the bench stops it get a 503 instead of a closed pool's error.
  setTimeout(() => db.close().finally(() => process.exit(0)), 200);
});
