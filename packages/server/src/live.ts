import type { Queryable } from './db/database.ts';
import type { ChangeFeed, FeedMessage } from './changes.ts';

/**
 * Live streams (issue 21, CONTRACT "Live"): Server-Sent Events of one board or room, fed by the
 * change feed (changes.ts) and replayed from the `changes` table. Each stream remembers the last
 * change number it has passed (sent, or held back from a public reader) and, whenever a change of
 * its resource is heard, sends the next one directly or, after a gap (another server's NOTIFY not
 * yet here, a lost LISTEN connection, a reconnect with `Last-Event-ID`), reads what it missed from
 * the table, in order. A public board stream never carries an event about a post that is pending
 * or hidden when the event is sent; a staff stream (a valid token, any role) carries every post.
 */

export type StreamKind = 'board' | 'room';

export interface LiveOptions {
  /** Open streams per client (IPv4 address or IPv6 /64); over it, 429. Default 6 (env `COPRO_STREAMS_PER_CLIENT`). */
  perClient: number;
  /** A comment line this often keeps proxies from closing an idle stream. Default 15 s. */
  keepAliveMs: number;
  /** The `retry:` sent first: how long a browser waits before reconnecting. Default 3 s. */
  retryMs: number;
}

export const defaultLive: LiveOptions = { perClient: 6, keepAliveMs: 15_000, retryMs: 3_000 };

/** Events a stream may carry, per kind: anything else in the changes table (a ladder's `rating`) is never sent. */
const eventsOf: Record<StreamKind, ReadonlySet<string>> = {
  board: new Set(['post', 'support', 'response', 'visibility', 'removed', 'settings']),
  room: new Set(['group', 'settings']),
};
/** Board events about one post, held back from a public stream while the post is pending or hidden. */
const aboutAPost = new Set(['post', 'support', 'response', 'visibility']);

interface Row {
  id: number;
  event: string;
  item: string | null;
}

const encoder = new TextEncoder();

class Stream {
  private chain: Promise<void> = Promise.resolve();
  private keepAlive: ReturnType<typeof setInterval> | undefined;
  closed = false;

  constructor(
    readonly key: string,
    readonly kind: StreamKind,
    readonly resource: string,
    readonly staff: boolean,
    /** The last change number passed (sent or held back). */
    public last: number,
    private readonly controller: ReadableStreamDefaultController<Uint8Array>,
    private readonly hub: LiveStreams,
  ) {}

  write(text: string): void {
    if (this.closed) return;
    try {
      this.controller.enqueue(encoder.encode(text));
    } catch {
      this.close();
    }
  }

  startKeepAlive(ms: number): void {
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), ms);
    this.keepAlive.unref?.();
  }

  /** Runs `work` after what this stream is already doing: events leave in order. */
  queue(work: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(() => (this.closed ? undefined : work())).catch(() => this.close());
    return this.chain;
  }

  async send(row: Row): Promise<void> {
    if (row.id <= this.last) return;
    this.last = row.id;
    if (!eventsOf[this.kind].has(row.event)) return;
    if (!this.staff && this.kind === 'board' && row.item && aboutAPost.has(row.event) && !(await this.hub.visible(this.resource, row.item, row.id))) return;
    this.write(`id: ${row.id}\nevent: ${row.event}\ndata: ${JSON.stringify(row.item ? { id: row.item } : {})}\n\n`);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    this.hub.forget(this);
    try {
      this.controller.close();
    } catch {
      // already closed by the client
    }
  }
}

/** One per app: every open stream of this server, by resource and by client. */
export class LiveStreams {
  private readonly byResource = new Map<string, Set<Stream>>();
  private readonly byClient = new Map<string, number>();
  private readonly clientOf = new WeakMap<Stream, string>();
  /** Whether a post is visible, per change: the query in flight, shared by every public stream of the board. */
  private readonly visibility = new Map<string, Promise<boolean>>();
  private readonly unsubscribe: () => void;
  private shuttingDown = false;

  constructor(
    private readonly db: Queryable,
    feed: ChangeFeed,
    readonly options: LiveOptions = defaultLive,
  ) {
    this.unsubscribe = feed.subscribe((message) => this.heard(message));
  }

  /** How many streams are open (for tests and the bench). */
  get count(): number {
    let n = 0;
    for (const set of this.byResource.values()) n += set.size;
    return n;
  }

  /** How many streams of one board or room are open (for tests: one browser holds one per stream). */
  countOf(kind: StreamKind, resource: string): number {
    return this.byResource.get(`${kind}:${resource}`)?.size ?? 0;
  }

  /** Whether `client` may open one more stream. */
  admits(client: string): boolean {
    return !this.shuttingDown && (this.byClient.get(client) ?? 0) < this.options.perClient;
  }

  /**
   * Opens a stream of `kind`/`resource` for `client`: `retry:` at once, then (with `lastEventId`)
   * what was missed, or `reset` when that is no longer in the table; then each change as it comes.
   */
  async open(kind: StreamKind, resource: string, client: string, staff: boolean, lastEventId: number | undefined): Promise<ReadableStream<Uint8Array> | undefined> {
    if (!this.admits(client)) return undefined;
    // Counted before the first await, so streams opened at once cannot pass the cap together.
    this.byClient.set(client, (this.byClient.get(client) ?? 0) + 1);
    try {
      return await this.start(kind, resource, client, staff, lastEventId);
    } catch (error) {
      this.release(client);
      throw error;
    }
  }

  private release(client: string): void {
    const n = (this.byClient.get(client) ?? 1) - 1;
    if (n > 0) this.byClient.set(client, n);
    else this.byClient.delete(client);
  }

  private async start(kind: StreamKind, resource: string, client: string, staff: boolean, lastEventId: number | undefined): Promise<ReadableStream<Uint8Array>> {
    const { rows } = await this.db.query<{ last: string | number }>('SELECT last FROM change_counters WHERE kind = $1 AND resource = $2', [kind, resource]);
    const current = Number(rows[0]?.last ?? 0);
    let replayFrom = current;
    let reset = false;
    if (lastEventId !== undefined && lastEventId < current) {
      const oldest = await this.db.query<{ id: string | number }>('SELECT min(id) AS id FROM changes WHERE kind = $1 AND resource = $2', [kind, resource]);
      const held = oldest.rows[0]?.id == null ? current + 1 : Number(oldest.rows[0].id);
      if (lastEventId >= held - 1) replayFrom = lastEventId;
      else reset = true;
    } else if (lastEventId !== undefined && lastEventId > current) {
      reset = true; // a number this database never gave (restored from a backup): start again
    }
    const key = `${kind}:${resource}`;
    let stream!: Stream;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stream = new Stream(key, kind, resource, staff, replayFrom, controller, this);
      },
      cancel: () => stream.close(),
    });
    this.clientOf.set(stream, client);
    let set = this.byResource.get(key);
    if (!set) this.byResource.set(key, (set = new Set()));
    set.add(stream);
    stream.write(`retry: ${this.options.retryMs}\n\n`);
    if (reset) stream.write(`id: ${current}\nevent: reset\ndata: {}\n\n`);
    else if (replayFrom < current) void stream.queue(() => this.catchUp(stream));
    stream.startKeepAlive(this.options.keepAliveMs);
    return body;
  }

  /** Closes every stream (server shutdown): each reader's connection ends cleanly, and its browser reconnects elsewhere with `Last-Event-ID`. */
  closeAll(): void {
    this.shuttingDown = true;
    this.unsubscribe();
    for (const set of [...this.byResource.values()]) for (const stream of [...set]) stream.close();
  }

  /** Whether a post of `board` is visible now: asked once per change, shared by the board's public streams. */
  visible(board: string, post: string, change: number): Promise<boolean> {
    const key = `${board}\n${post}\n${change}`;
    let answer = this.visibility.get(key);
    if (!answer) {
      answer = this.db
        .query<{ visibility: string }>('SELECT visibility FROM posts WHERE id = $1 AND board_id = $2', [post, board])
        .then(({ rows }) => rows[0]?.visibility === 'visible');
      this.visibility.set(key, answer);
      // Every public stream of the board asks in the same moment and shares the one query; a later ask (a replay) reads afresh.
      void answer.finally(() => this.visibility.delete(key)).catch(() => {});
    }
    return answer;
  }

  forget(stream: Stream): void {
    const set = this.byResource.get(stream.key);
    set?.delete(stream);
    if (set?.size === 0) this.byResource.delete(stream.key);
    const client = this.clientOf.get(stream);
    this.clientOf.delete(stream);
    if (client !== undefined) this.release(client);
  }

  private heard(message: FeedMessage): void {
    if (message.type === 'reset') {
      // The LISTEN connection was lost: changes may have gone unheard. Every stream reads the table.
      for (const set of this.byResource.values()) for (const stream of set) void stream.queue(() => this.catchUp(stream));
      return;
    }
    const { change } = message;
    if (change.kind !== 'board' && change.kind !== 'room') return;
    const set = this.byResource.get(`${change.kind}:${change.resource}`);
    if (!set) return;
    const row: Row = { id: change.id, event: change.event, item: change.item };
    for (const stream of set) {
      void stream.queue(() => (row.id === stream.last + 1 ? stream.send(row) : row.id > stream.last ? this.catchUp(stream) : Promise.resolve()));
    }
  }

  /** Sends, in order, every change of the stream's resource after the last it passed. */
  private async catchUp(stream: Stream): Promise<void> {
    for (;;) {
      const { rows } = await this.db.query<{ id: string | number; event: string; item: string | null }>(
        'SELECT id, event, item FROM changes WHERE kind = $1 AND resource = $2 AND id > $3 ORDER BY id LIMIT 500',
        [stream.kind, stream.resource, stream.last],
      );
      for (const row of rows) await stream.send({ id: Number(row.id), event: row.event, item: row.item });
      if (rows.length < 500 || stream.closed) return;
    }
  }
}
