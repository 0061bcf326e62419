import { Hono } from 'hono';
import { limits, routeTable, routes } from '@copro/protocol';
import { publicCacheRoutes } from '@copro/protocol/openapi';
import type { Database } from './db/database.ts';
import { bodyLimit } from './http/body-limit.ts';
import { cors } from './http/cors.ts';
import { errorBody, errorResponse } from './http/errors.ts';
import { clientKey, noProxies, trustedProxies, writeRateLimit } from './http/rate-limit.ts';
import { publicHost } from './http/public-url.ts';
import { requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { honoPath, registerRoutes, type Handlers } from './http/router.ts';
import { ReadCache, defaultReadCache, privateCacheControl, publicReads } from './http/read-cache.ts';
import { ChangeFeed } from './changes.ts';
import { LiveStreams, defaultLive } from './live.ts';
import { eventHandlers } from './routes/events.ts';
import { StaffAuth, guardRoute } from './http/staff-auth.ts';
import { accountabilityHandlers } from './routes/accountability.ts';
import { boardExportHandlers } from './routes/board-export.ts';
import { boardFeedHandlers } from './routes/board-feed.ts';
import { boardModerationHandlers } from './routes/board-moderation.ts';
import { boardSearchHandlers } from './routes/board-search.ts';
import { boardHandlers } from './routes/boards.ts';
import { clarityHandlers } from './routes/clarity.ts';
import type { RouteContext } from './routes/context.ts';
import { formPostHandlers } from './routes/form-posts.ts';
import { healthHandlers } from './routes/health.ts';
import { ladderHandlers } from './routes/ladders.ts';
import { participantHandlers } from './routes/participants.ts';
import { roomHandlers } from './routes/rooms.ts';
import { serverSettingsHandlers } from './routes/server-settings.ts';
import { staffHandlers } from './routes/staff.ts';
import { waitingHandlers } from './routes/waiting.ts';
import { staticRoutes } from './routes/static-files.ts';
import { kioskHandlers, kioskPage } from './routes/kiosk.ts';
import { AccountabilityStore } from './store/accountability.ts';
import { BoardExtrasStore } from './store/board-extras.ts';
import { BoardModerationStore } from './store/board-moderation.ts';
import { BoardStore } from './store/boards.ts';
import { ClarityStore } from './store/clarity.ts';
import { LadderStore } from './store/ladders.ts';
import { ParticipantStore } from './store/participants.ts';
import { RoomStore } from './store/rooms.ts';
import { StaffStore } from './store/staff.ts';
import { SupportSources } from './store/support-sources.ts';
import { defaults, type ServerOptions } from './config.ts';
import { createWebhook } from './webhooks.ts';

/** An app's change feed, read cache and live streams, for tests, the bench and shutdown. */
const internals = new WeakMap<Hono, { changes: ChangeFeed; readCache: ReadCache; live: LiveStreams }>();
export const appInternals = (app: Hono) => internals.get(app);

/**
 * The whole HTTP API as one Hono app: a `fetch(Request) => Response` handler that tests call
 * with `app.request()` and `startServer` puts on a socket. The database must be migrated.
 */
export async function createApp(options: ServerOptions & { db: Database }): Promise<Hono> {
  const { db } = options;
  const log = options.log ?? defaults.log;
  const autoCreate = options.autoCreate ?? defaults.autoCreate;
  const adminToken = options.adminToken || undefined;
  const trustProxy = options.trustProxy?.length ? trustedProxies(options.trustProxy) : noProxies;
  const now = options.now ?? defaults.now;
  const changes = new ChangeFeed(db);
  await changes.start();
  const readCache = new ReadCache({ ...defaultReadCache, ...options.readCache }, () => now().getTime());
  readCache.follow(changes);
  const live = new LiveStreams(db, changes, { ...defaultLive, ...options.live });
  const boards = new BoardStore(db, autoCreate, now, changes);
  const supportSources = new SupportSources(db, now);
  const ctx: RouteContext = {
    db,
    boards,
    accountability: new AccountabilityStore(db, boards, now),
    boardExtras: new BoardExtrasStore(db),
    moderation: new BoardModerationStore(db, boards, now, changes),
    rooms: new RoomStore(db, autoCreate, changes),
    ladders: new LadderStore(db, autoCreate, changes),
    clarity: new ClarityStore(db),
    auth: new StaffAuth(db, { adminToken, trustProxy, log, now: () => now().getTime(), signInFailures: options.signInFailures }),
    staff: new StaffStore(db),
    participants: new ParticipantStore(db, changes),
    publicUrl: options.publicUrl,
    version: options.version ?? defaults.version(),
    webhook: createWebhook({ url: options.webhookUrl, secret: options.webhookSecret, log }),
    changes,
    now,
    supportSource: (c) => supportSources.tag(clientKey(c, trustProxy)),
  };

  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error, log));
  app.notFound((c) => c.json(errorBody('not_found', 'There is nothing at this address.'), 404));

  app.use('*', requestLog(log));
  // Answers checked against their schemas (http/validation.ts `reply`): on in the tests.
  if (options.checkAnswers) {
    app.use('*', async (c, next) => {
      c.set('checkAnswers', true);
      await next();
    });
  }
  app.use('*', publicHost(options.publicUrl));
  app.use('*', securityHeaders({ trustProxy }));
  app.use('*', cors(options.allowedOrigins ?? defaults.allowedOrigins));
  app.use('/v1/*', async (c, next) => {
    await next();
    // Public reads set their own (http/read-cache.ts); nothing else may be kept by a shared cache.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', privateCacheControl);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use('/v1/*', bodyLimit(limits.maxBodyBytes));
  const rate = options.writeRateLimit ?? defaults.writeRateLimit;
  app.use('/v1/*', writeRateLimit(db, { ...rate, adminToken, trustProxy }));

  // Every route the table gives a role is guarded (401/403) and, when it names an audit action, recorded.
  for (const route of routes) guardRoute(app, route, ctx.auth, (entry) => ctx.staff.record(entry));

  // One handler per route of the protocol's table, found by its key: a route without a handler
  // (or a handler for no route) fails the type check, and registerRoutes refuses to start.
  const handlers: Handlers = {
    ...healthHandlers(ctx),
    ...staffHandlers(ctx),
    ...participantHandlers(ctx),
    ...boardSearchHandlers(ctx, { ...(options.searchRateLimit ?? defaults.searchRateLimit), trustProxy, adminToken }),
    ...boardExportHandlers(ctx),
    ...boardFeedHandlers(ctx),
    ...accountabilityHandlers(ctx),
    ...boardModerationHandlers(ctx),
    ...waitingHandlers(ctx),
    ...boardHandlers(ctx),
    ...formPostHandlers(ctx, options.allowedOrigins ?? defaults.allowedOrigins),
    ...roomHandlers(ctx),
    ...kioskHandlers(ctx),
    ...ladderHandlers(ctx),
    ...clarityHandlers(ctx),
    ...serverSettingsHandlers(ctx, options.retentionDays),
    ...eventHandlers(ctx, live, trustProxy),
  };
  // Public reads that cache (http/read-cache.ts), each cleared by changes to the board, room or ladder its path names.
  for (const key of publicCacheRoutes) {
    const path = routeTable[key].path;
    const [, kind] = /\{(board|room|ladder)\}/.exec(path) ?? [];
    if (!kind) throw new Error(`${key}: a cacheable read must name a board, room or ladder`);
    app.use(honoPath(path), publicReads(readCache, kind as 'board' | 'room' | 'ladder', kind));
  }
  registerRoutes(app, routeTable, handlers);
  internals.set(app, { changes, readCache, live });
  kioskPage(app, ctx);
  staticRoutes(app, options);
  return app;
}
