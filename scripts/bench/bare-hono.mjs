// The yardstick: a bare Hono handler on @hono/node-server answering the same JSON the reference
// server answers for a page of posts, with no database, validation or middleware.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const page = JSON.parse(process.env.BARE_PAGE ?? '{"items":[],"nextCursor":null}');
const app = new Hono();
app.get('/v1/boards/:board/posts', (c) => c.json(page));
app.post('/v1/boards/:board/posts', async (c) => c.json(await c.req.json(), 201));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`bare hono listening on http://127.0.0.1:${info.port}`));
