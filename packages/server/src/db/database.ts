/** The small database surface the stores use. PGlite and PostgreSQL (`pg`) both implement it. */
export type Row = Record<string, unknown>;

export interface QueryResult<T = Row> {
  rows: T[];
  /** Rows inserted, updated or deleted (0 for a SELECT on PGlite). */
  rowCount: number;
}

export interface Queryable {
  /** One statement with `$1`-style parameters. */
  query<T = Row>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Inside a transaction: runs `fn` once the transaction has committed (never when it rolls back).
   * Absent outside a transaction, where every statement commits on its own.
   */
  afterCommit?(fn: () => void): void;
}

/** What a `listen()` gets: each NOTIFY payload, and `lost()` when notifications may have been missed (a dropped connection). */
export interface Listener {
  notify(payload: string): void;
  lost(): void;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** LISTENs on `channel` (PostgreSQL: on a connection of its own, reconnected when dropped). Resolves to a function that stops. */
  listen?(channel: string, listener: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL's "unique_violation" error code, raised by both drivers. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Timestamps come back as Date from both drivers; answer them as ISO 8601 with an offset. */
export function iso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

/** Runs `fn` in a transaction whose `afterCommit` callbacks run once `commit` (the driver's own transaction) has resolved. */
export async function withAfterCommit<T>(commit: (run: (tx: Queryable) => Promise<T>) => Promise<T>, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const callbacks: (() => void)[] = [];
  const result = await commit((tx) => fn({ query: tx.query, exec: tx.exec, afterCommit: (callback) => void callbacks.push(callback) }));
  for (const callback of callbacks) {
    try {
      callback();
    } catch {
      // A subscriber's failure is its own; the write has committed.
    }
  }
  return result;
}
