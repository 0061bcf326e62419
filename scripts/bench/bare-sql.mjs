// The floor any database-backed server pays for a page of posts: a bare Hono handler that runs the
// same two statements the reference server runs for a public page (the board, then the page of
// posts with the same columns, filter, order and limit), through the same database wrapper, on the
// same database, and answers the rows as JSON. No validation, no mapping, no middleware.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { limits } from '@copro/protocol';
import { openDatabase } from '../../packages/server/src/index.ts';
import { POST_COLUMNS } from '../../packages/server/src/store/boards.ts';

const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.COPRO_DATA_DIR });
const LIMIT = limits.defaultPageSize;
const app = new Hono();
let stopping = false;
app.onError((_error, c) => c.json({ error: 'stopping' }, 503));
app.get('/v1/boards/:board/posts', async (c) => {
  const board = c.req.param('board');
  const found = await db.query('SELECT * FROM boards WHERE id = $1', [board]);
  const { rows } = await db.query(
    `SELECT ${POST_COLUMNS}, p.created_at AS k_created,
       ($2::text IS NOT NULL AND EXISTS (SELECT 1 FROM supports s WHERE s.post_id = p.id AND s.participant = $2)) AS supported
     FROM posts p WHERE p.board_id = $1 AND (p.visibility = 'visible' OR (p.visibility = 'pending' AND p.participant = $2))
     ORDER BY p.created_at DESC, p.id DESC
     LIMIT $3`,
    [board, null, LIMIT + 1],
  );
  return c.json({ board: found.rows[0]?.id ?? board, items: rows.slice(0, LIMIT), nextCursor: null });
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
