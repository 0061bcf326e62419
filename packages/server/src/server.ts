import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { appInternals, createApp } from './app.ts';
import { defaults, type ServerOptions } from './config.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { openPglite } from './db/pglite.ts';
import { openPostgres } from './db/postgres.ts';
import { scheduleRetention } from './retention.ts';

/** Opens PostgreSQL (when `databaseUrl` is set) or PGlite, and applies the migrations. */
export async function openDatabase(options: ServerOptions): Promise<Database> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir ?? defaults.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, finishes in-flight requests, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database and serves the app. Pass `db` to use one already open (it is closed on close()). */
export async function startServer(options: ServerOptions & { db?: Database }): Promise<RunningServer> {
  const db = options.db ?? (await openDatabase(options));
  const app = await createApp({ ...options, db });
  const stopRetention = scheduleRetention(db, { now: options.now, defaultDays: options.retentionDays, log: options.log ?? defaults.log });
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const host = options.host ?? defaults.host;

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      {
        fetch: async (request, env) => {
          inFlight++;
          try {
            return await app.fetch(request, env);
          } finally {
            inFlight--;
            if (inFlight === 0) drained?.();
          }
        },
        port: options.port ?? defaults.port,
        hostname: host,
      },
      () => resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        stopRetention();
        // Live streams never end by themselves: end each cleanly (browsers reconnect with Last-Event-ID).
        appInternals(app)?.live.closeAll();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Requests already being handled run to the end; then the keep-alive sockets go.
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), 5000);
        await stopped;
        clearTimeout(force);
        await db.close();
      })();
      return closing;
    },
  };
}
