import { Hono } from 'hono';
import { limits } from '@copro/protocol';
import type { Database } from './db/database.ts';
import { bodyLimit } from './http/body-limit.ts';
import { cors } from './http/cors.ts';
import { errorBody, errorResponse } from './http/errors.ts';
import { noProxies, trustedProxies, writeRateLimit } from './http/rate-limit.ts';
import { publicHost } from './http/public-url.ts';
import { requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { boardExportRoutes } from './routes/board-export.ts';
import { boardFeedRoutes } from './routes/board-feed.ts';
import { boardSearchRoutes } from './routes/board-search.ts';
import { boardRoutes } from './routes/boards.ts';
import { clarityRoutes } from './routes/clarity.ts';
import type { RouteContext } from './routes/context.ts';
import { formPostRoutes } from './routes/form-posts.ts';
import { healthRoutes } from './routes/health.ts';
import { ladderRoutes } from './routes/ladders.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { roomRoutes } from './routes/rooms.ts';
import { staticRoutes } from './routes/static-files.ts';
import { BoardExtrasStore } from './store/board-extras.ts';
import { BoardStore } from './store/boards.ts';
import { ClarityStore } from './store/clarity.ts';
import { LadderStore } from './store/ladders.ts';
import { RoomStore } from './store/rooms.ts';
import { defaults, type ServerOptions } from './config.ts';
import { createWebhook } from './webhooks.ts';

/**
 * The whole HTTP API as one Hono app: a `fetch(Request) => Response` handler that tests call
 * with `app.request()` and `startServer` puts on a socket. The database must be migrated.
 */
export async function createApp(options: ServerOptions & { db: Database }): Promise<Hono> {
  const { db } = options;
  const log = options.log ?? defaults.log;
  const autoCreate = options.autoCreate ?? defaults.autoCreate;
  const ctx: RouteContext = {
    db,
    boards: new BoardStore(db, autoCreate),
    boardExtras: new BoardExtrasStore(db),
    rooms: new RoomStore(db, autoCreate),
    ladders: new LadderStore(db, autoCreate),
    clarity: new ClarityStore(db),
    adminToken: options.adminToken || undefined,
    publicUrl: options.publicUrl,
    version: options.version ?? defaults.version(),
    webhook: createWebhook({ url: options.webhookUrl, secret: options.webhookSecret, log }),
  };

  const trustProxy = options.trustProxy?.length ? trustedProxies(options.trustProxy) : noProxies;
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error, log));
  app.notFound((c) => c.json(errorBody('not_found', 'There is nothing at this address.'), 404));

  app.use('*', requestLog(log));
  app.use('*', publicHost(options.publicUrl));
  app.use('*', securityHeaders({ trustProxy }));
  app.use('*', cors(options.allowedOrigins ?? defaults.allowedOrigins));
  app.use('/v1/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use('/v1/*', bodyLimit(limits.maxBodyBytes));
  const rate = options.writeRateLimit ?? defaults.writeRateLimit;
  app.use('/v1/*', writeRateLimit(db, { ...rate, adminToken: ctx.adminToken, trustProxy }));

  healthRoutes(app, ctx);
  openApiRoutes(app, ctx);
  boardSearchRoutes(app, ctx, { ...(options.searchRateLimit ?? defaults.searchRateLimit), trustProxy });
  boardExportRoutes(app, ctx);
  boardFeedRoutes(app, ctx);
  boardRoutes(app, ctx);
  formPostRoutes(app, ctx, options.allowedOrigins ?? defaults.allowedOrigins);
  roomRoutes(app, ctx);
  ladderRoutes(app, ctx);
  clarityRoutes(app, ctx);
  staticRoutes(app, options);
  return app;
}
