import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from './db/database.ts';

/**
 * The change feed (issue 21). Every committed write to a board, room or ladder (and to the
 * server-wide settings) records a change: numbered per resource in the same transaction as the
 * write (migration 0012), and announced with PostgreSQL's NOTIFY, which PostgreSQL delivers only
 * once the transaction commits. Every server on the database LISTENs, so a write on one clears the
 * others' caches of public reads (and can feed live streams). The server that made the change
 * hears it at once, after its commit, without waiting for the database's echo.
 */

/** The NOTIFY channel. */
export const changeChannel = 'copro_changes';

/** What changed: a board, room or ladder by id, or the server-wide settings (`settings`/`server`). */
export type ChangeKind = 'board' | 'room' | 'ladder' | 'settings';

/**
 * The events of `../shared/CONTRACT.md` ("Live"), and `rating` on a ladder. `item` names the
 * changed post or group (never a participant).
 */
export type ChangeEvent = 'post' | 'support' | 'response' | 'visibility' | 'removed' | 'group' | 'settings' | 'rating';

export interface ChangeInput {
  kind: ChangeKind;
  resource: string;
  event: ChangeEvent;
  item?: string | null;
}

export interface Change extends Required<ChangeInput> {
  /** Monotonic per resource (kind and id), in commit order. */
  id: number;
}

/** What subscribers hear: a change, or `reset` when changes may have been missed (the LISTEN connection dropped). */
export type FeedMessage = { type: 'change'; change: Change } | { type: 'reset' };

/** Records changes: stores take one (the default records in the database and notifies, with nobody in this process to tell). */
export interface ChangeRecorder {
  /**
   * Numbers and logs the change on `q` (the write's own transaction, or the database after an
   * autocommitted write) and queues its NOTIFY; subscribers in this process hear it once it has
   * committed.
   */
  record(q: Queryable, input: ChangeInput): Promise<Change>;
}

const RECORD = `WITH counted AS (
    INSERT INTO change_counters (kind, resource, last) VALUES ($1, $2, 1)
    ON CONFLICT (kind, resource) DO UPDATE SET last = change_counters.last + 1
    RETURNING last
  ), logged AS (
    INSERT INTO changes (kind, resource, id, event, item) SELECT $1, $2, last, $3, $4 FROM counted RETURNING id
  )
  SELECT id, pg_notify($6, json_build_object('o', $5::text, 'k', $1::text, 'r', $2::text, 'id', id, 'e', $3::text, 'i', $4::text)::text) AS sent
  FROM logged`;

/** Records a change without telling anyone in this process (the retention job, scripts): every feed hears its NOTIFY. */
export async function recordChange(q: Queryable, input: ChangeInput, origin = ''): Promise<Change> {
  const item = input.item ?? null;
  const { rows } = await q.query<{ id: string | number }>(RECORD, [input.kind, input.resource, input.event, item, origin, changeChannel]);
  return { kind: input.kind, resource: input.resource, event: input.event, item, id: Number(rows[0].id) };
}

export const databaseOnly: ChangeRecorder = { record: (q, input) => recordChange(q, input) };

/** Changes older than this are dropped by the retention job: a stream that was away longer starts again (`reset`). */
export const KEEP_CHANGES_HOURS = 24;

/** Deletes changes older than `KEEP_CHANGES_HOURS` before `at` (each resource's counter stays). */
export async function pruneChanges(q: Queryable, at: Date): Promise<number> {
  const { rowCount } = await q.query(`DELETE FROM changes WHERE at < $1::timestamptz - make_interval(hours => $2)`, [at.toISOString(), KEEP_CHANGES_HOURS]);
  return rowCount;
}

/**
 * One per app: records this server's changes, hears every server's, and tells subscribers (the
 * read cache; later, live streams). `start()` LISTENs; `close()` stops.
 */
export class ChangeFeed implements ChangeRecorder {
  /** Tells this server's own NOTIFYs (already delivered after commit) from other servers'. */
  readonly origin = randomUUID();
  private readonly subscribers = new Set<(message: FeedMessage) => void>();
  private stop: (() => Promise<void>) | undefined;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    if (!this.db.listen || this.stop) return;
    this.stop = await this.db.listen(changeChannel, {
      notify: (payload) => this.heard(payload),
      lost: () => this.emit({ type: 'reset' }),
    });
  }

  async close(): Promise<void> {
    const stop = this.stop;
    this.stop = undefined;
    await stop?.();
  }

  /** Calls `fn` with every change (this server's after commit, others' when NOTIFY brings them). Returns the unsubscribe function. */
  subscribe(fn: (message: FeedMessage) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  async record(q: Queryable, input: ChangeInput): Promise<Change> {
    const change = await recordChange(q, input, this.origin);
    const tell = () => this.emit({ type: 'change', change });
    if (q.afterCommit) q.afterCommit(tell);
    else tell();
    return change;
  }

  private heard(payload: string): void {
    let parsed: { o?: unknown; k?: unknown; r?: unknown; id?: unknown; e?: unknown; i?: unknown };
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    if (parsed.o === this.origin || typeof parsed.k !== 'string' || typeof parsed.r !== 'string') return;
    this.emit({
      type: 'change',
      change: {
        kind: parsed.k as ChangeKind,
        resource: parsed.r,
        id: Number(parsed.id),
        event: parsed.e as ChangeEvent,
        item: typeof parsed.i === 'string' ? parsed.i : null,
      },
    });
  }

  private emit(message: FeedMessage): void {
    for (const fn of this.subscribers) {
      try {
        fn(message);
      } catch {
        // One subscriber's failure never stops the others.
      }
    }
  }
}
