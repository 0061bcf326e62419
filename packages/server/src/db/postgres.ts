import pg from 'pg';
import { withAfterCommit, type Database, type Listener, type Queryable, type QueryResult } from './database.ts';

type Client = Pick<pg.PoolClient, 'query'>;

function wrap(client: Client): Queryable {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
      const result = await client.query(sql, params);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** A PostgreSQL server through a `pg` connection pool. */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  // Fail early (and clearly) when the server cannot be reached.
  const probe = await pool.connect();
  probe.release();
  const base = wrap(pool);
  let closed = false;
  const stops = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    transaction: (fn) =>
      withAfterCommit(async (run) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await run(wrap(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      }, fn),
    async listen(channel, listener) {
      const stop = await listenOn(url, channel, listener, () => closed);
      stops.add(stop);
      return async () => {
        stops.delete(stop);
        await stop();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...stops].map((stop) => stop()));
      await pool.end();
    },
  };
}

const RECONNECT_MS = 1000;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). When it
 * drops, the listener hears `lost()` (changes may have been missed) and it reconnects each second
 * until it is back or stopped.
 */
async function listenOn(url: string, channel: string, listener: Listener, dbClosed: () => boolean): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) listener.notify(message.payload ?? '');
    });
    const drop = () => {
      if (client !== next) return;
      client = undefined;
      next.end().catch(() => {});
      if (stopped || dbClosed()) return;
      listener.lost();
      retry();
    };
    next.on('error', drop);
    next.on('end', drop);
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
  };
  const retry = () => {
    timer = setTimeout(() => {
      connect().then(
        () => listener.lost(), // anything committed while it was away was not heard
        () => !stopped && retry(),
      );
    }, RECONNECT_MS);
    timer.unref();
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const last = client;
    client = undefined;
    await last?.end().catch(() => {});
  };
}
