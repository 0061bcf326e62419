import * as z from 'zod/mini';
import { CoproRequestError, endpointUrl, httpError, resolveEndpoint, sendRequest, type FailureKind } from './client.ts';
import { newId } from './ids.ts';
import { writeCredential } from './write-credentials.ts';
import { storedError } from './outbox-watch.ts';
import { IndexedDbOutboxStore, MemoryOutboxStore, type OutboxStore, type StoredWrite } from './outbox-store.ts';

export type { StoredWrite } from './outbox-store.ts';

/** A write to send: the fields of a stored write the caller gives (the outbox adds the rest). */
export type OutboxWrite = Pick<StoredWrite, 'id' | 'method' | 'path' | 'body' | 'kind' | 'meta' | 'replaces'>;

export type OutboxResult =
  | { state: 'sent'; id: string; status: number; response: unknown }
  | { state: 'queued'; id: string; error: CoproRequestError }
  | { state: 'rejected'; id: string; error: CoproRequestError }
  /** A later write with the same `replaces` key took its place before it was sent: it never will be. */
  | { state: 'replaced'; id: string; by: string };

/** What one attempt did to a write (a `settled` event): never `replaced`, which only its `send()` hears. */
export type SettledResult = Exclude<OutboxResult, { state: 'replaced' }>;

export interface OutboxSettledDetail {
  write: StoredWrite;
  result: SettledResult;
}

/** What one page tells the others about a write it settled (structured-clone safe). */
interface SharedSettle {
  write: StoredWrite;
  result: {
    state: 'sent' | 'queued' | 'rejected';
    id: string;
    status?: number;
    response?: unknown;
    error?: { kind: string; message: string; status: number; code: string; issues: CoproRequestError['issues']; retryAfter?: number; body?: unknown };
  };
}

export interface OutboxOptions {
  store?: OutboxStore;
  timeoutMs?: number;
  /** First retry delay; doubles each time up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /**
   * How long a flush waits for the send lock, which another page of the site (or a flush stuck on
   * something) may hold, before it stops waiting: its waiting sends settle `queued` and it tries
   * again after a back-off. Without it a send could wait for ever.
   */
  lockTimeoutMs?: number;
  /**
   * Age after which an unsent write is held: no longer sent by itself, but offered back to the
   * person ("Send now" or "Discard"), never dropped. Default one day: on a shared computer the next
   * person must not send the last person's words, and a week-old write may no longer be meant.
   */
  holdAfterMs?: number;
}

/** One day: unsent writes older than this wait for a person to say "Send now" (see `OutboxOptions.holdAfterMs`). */
export const HOLD_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * A durable queue of writes for one endpoint. A write is stored in IndexedDB before it is sent
 * and deleted only when the server has answered 2xx, so it survives the endpoint being down,
 * the browser being offline and the page being reloaded. It keeps its id across retries, and the
 * server stores a replayed id once, so a write is never stored twice.
 *
 * It sends when a write is added, when the browser comes back `online`, when the page becomes
 * visible, when the page loads (a new Outbox flushes at once), and on a backoff timer.
 *
 * Events: `change` (the queue changed) and `settled` (a `CustomEvent<OutboxSettledDetail>` per attempt
 * that sent or rejected a write, including writes made before a reload).
 */
export class Outbox extends EventTarget {
  readonly endpoint: string;
  readonly #store: OutboxStore;
  readonly #timeoutMs: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #lockTimeoutMs: number;
  /** Passes that failed in a row (lock not granted, store failed): the next flush waits longer each time. */
  #failedPasses = 0;
  #notBefore = 0;
  /** Sends store their writes one after another, so a `replaces` read sees every earlier write. */
  #storing: Promise<unknown> = Promise.resolve();
  readonly #holdAfterMs: number;
  #flushing?: Promise<void>;
  /** A flush was asked for while one ran: run again after it (forced, if any ask was). */
  #again: false | 'due' | 'force' = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** The sends of this page still waiting for their result, by write id. */
  readonly #waiters = new Map<string, { write: StoredWrite; resolve: (result: OutboxResult) => void }>();
  /**
   * Other pages' writes this page may not send: refused (401) for want of a credential this tab does
   * not have (a room editor key lives in the tab that opened the link). They stay waiting for a
   * page that has it, and this page stops trying them.
   */
  readonly #notMine = new Set<string>();

  constructor(endpoint: string, options: OutboxOptions = {}) {
    super();
    this.endpoint = resolveEndpoint(endpoint);
    this.#store = options.store ?? (typeof indexedDB !== 'undefined' ? new IndexedDbOutboxStore() : new MemoryOutboxStore());
    this.#timeoutMs = options.timeoutMs ?? 15000;
    this.#baseDelayMs = options.baseDelayMs ?? 1000;
    this.#maxDelayMs = options.maxDelayMs ?? 5 * 60 * 1000;
    this.#lockTimeoutMs = options.lockTimeoutMs ?? 10000;
    this.#holdAfterMs = options.holdAfterMs ?? HOLD_AFTER_MS;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.#onOnline);
      document.addEventListener('visibilitychange', this.#onVisible);
    }
    if (typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(`copro-outbox:${this.endpoint}`);
      this.#channel.onmessage = (event: MessageEvent<SharedSettle>) => this.#onOtherPage(event.data);
    }
    void this.flush();
  }

  /**
   * Pages of one site share the outbox's IndexedDB, so one page may send another's write (both
   * come back online; the first to take the lock sends everything). The page that sends tells the
   * others, so their widgets stop saying "saved on this device" and their `send()` promises end.
   */
  #channel?: BroadcastChannel;

  #onOtherPage(message: SharedSettle): void {
    if (this.#closed || message?.write?.endpoint !== this.endpoint) return;
    const { result } = message;
    const error = result.error
      ? new CoproRequestError(result.error.kind as FailureKind, result.error.message, result.error.status, result.error.code, result.error.issues, result.error.retryAfter, result.error.body)
      : undefined;
    const local: SettledResult =
      result.state === 'sent'
        ? { state: 'sent', id: result.id, status: result.status ?? 200, response: result.response }
        : { state: result.state === 'rejected' ? 'rejected' : 'queued', id: result.id, error: error ?? new CoproRequestError('network', 'Another page could not send it.') };
    this.#settle(message.write, local, false);
  }

  readonly #onOnline = () => void this.flush({ force: true });
  readonly #onVisible = () => {
    if (document.visibilityState === 'visible') void this.flush();
  };
  #closed = false;

  /**
   * Stops sending from this page (what unloading the page does): a flush under way stops before its
   * next write, one waiting for the lock sends nothing, and sends still waiting settle `queued`.
   * Stored writes stay for the next page.
   */
  close(): void {
    this.#closed = true;
    this.#settleWaiting(new CoproRequestError('network', 'The outbox was closed; the write is kept for the next page.'));
    clearTimeout(this.#timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.#onOnline);
      document.removeEventListener('visibilitychange', this.#onVisible);
    }
    if (outboxes.get(this.endpoint) === this) outboxes.delete(this.endpoint);
    this.#channel?.close();
  }

  /**
   * Stores a write and tries to send it now. Resolves `sent` with the server's answer, `queued`
   * when it will be retried, or `rejected` when the server refused it (kept until `discard`).
   * A body that fails `bodySchema` is rejected before anything is stored.
   */
  async send(write: OutboxWrite, bodySchema?: z.core.$ZodType): Promise<OutboxResult> {
    if (bodySchema) {
      const checked = z.safeParse(bodySchema, write.body);
      if (!checked.success) {
        const issues = checked.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
        return { state: 'rejected', id: write.id, error: new CoproRequestError('invalid-request', 'The write does not match the schema.', 0, 'validation_failed', issues) };
      }
    }
    const store = async () => {
      const now = Date.now();
      if (write.replaces) {
        for (const earlier of await this.#store.all()) {
          if (earlier.endpoint === this.endpoint && earlier.replaces === write.replaces && earlier.id !== write.id) {
            await this.#store.delete(earlier.id);
            this.#waiters.get(earlier.id)?.resolve({ state: 'replaced', id: earlier.id, by: write.id });
            this.#waiters.delete(earlier.id);
          }
        }
      }
      const stored: StoredWrite = { ...write, endpoint: this.endpoint, createdAt: now, tab: thisTab(), attempts: 0, nextAttemptAt: now, state: 'waiting' };
      await this.#store.put(stored);
      return stored;
    };
    const storing = this.#storing.then(store, store);
    this.#storing = storing.catch(() => {});
    const stored = await storing;
    this.#changed();
    const result = new Promise<OutboxResult>((resolve) => this.#waiters.set(write.id, { write: stored, resolve }));
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.#settle(stored, { state: 'queued', id: write.id, error: new CoproRequestError('network', 'The browser is offline.') });
    } else {
      void this.flush();
    }
    return result;
  }

  /** Writes of this endpoint still in the outbox, waiting or rejected, oldest first. */
  async pending(kind?: string): Promise<StoredWrite[]> {
    const all = await this.#store.all();
    return all
      .filter((write) => write.endpoint === this.endpoint && (!kind || write.kind === kind))
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Removes a write for good (after the person chose to drop a rejected one, say). */
  async discard(id: string): Promise<void> {
    await this.#store.delete(id);
    this.#changed();
  }

  /** Whether a write is held: waiting, and older than the hold age, so it is sent only when the person says so. */
  isHeld(write: StoredWrite, now = Date.now()): boolean {
    return write.state === 'waiting' && now - (write.confirmedAt ?? write.createdAt) > this.#holdAfterMs;
  }

  /** The person said "Send now" for these held writes: their age starts again and they are sent. */
  async sendNow(ids: readonly string[]): Promise<void> {
    const now = Date.now();
    for (const write of await this.pending()) {
      if (!ids.includes(write.id)) continue;
      this.#notMine.delete(write.id);
      await this.#store.put({ ...write, confirmedAt: now, nextAttemptAt: now });
    }
    this.#changed();
    await this.flush({ force: true });
  }

  /**
   * Forgets every write of this endpoint on this device (waiting, held or refused), for "Forget me
   * on this device". With the origin's send lock held, so no page sends one of them meanwhile:
   * `first` runs before anything is deleted (the erasure on the server, say); if it throws,
   * nothing is forgotten. Resolves how many writes were forgotten.
   */
  async forget(first?: () => Promise<void>): Promise<number> {
    let forgotten = 0;
    await this.#withLock(async () => {
      await first?.();
      for (const write of await this.pending()) {
        await this.#store.delete(write.id);
        forgotten += 1;
      }
    });
    this.#changed();
    return forgotten;
  }

  /** Sends every write that is due (every waiting one with `force`). One flush at a time per page and, with Web Locks, per origin. */
  flush(options: { force?: boolean } = {}): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#flushing) {
      if (options.force) this.#again = 'force';
      else this.#again ||= 'due';
      return this.#flushing;
    }
    this.#flushing = (async () => {
      let force = options.force ?? false;
      try {
        for (;;) {
          this.#again = false;
          try {
            await this.#withLock(() => this.#sendDue(force));
            this.#failedPasses = 0;
            this.#notBefore = 0;
          } catch (caught) {
            // The lock was not granted in time, or the store failed: nothing is lost (the writes are
            // stored, or their send() failed), but nobody may be left waiting. Try again later.
            this.#failedPasses += 1;
            this.#notBefore = Date.now() + this.#backoff(this.#failedPasses);
            this.#settleWaiting(caught instanceof CoproRequestError ? caught : new CoproRequestError('network', `The outbox could not send now: ${String(caught)}`));
            break;
          }
          if (!this.#again || this.#closed) break;
          force = this.#again === 'force';
        }
      } finally {
        this.#flushing = undefined;
        await this.#schedule();
      }
    })();
    return this.#flushing;
  }

  async #withLock(action: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return action();
    // The time-out ends only the wait for the lock; once granted, the pass runs to its end (each
    // of its steps has its own time-out).
    await locks.request(`copro-outbox:${this.endpoint}`, { signal: AbortSignal.timeout(this.#lockTimeoutMs) }, action);
  }

  /** A retry delay: `baseDelayMs` doubling with each failure up to `maxDelayMs`, with jitter. */
  #backoff(failures: number): number {
    return Math.min(this.#baseDelayMs * 2 ** (failures - 1), this.#maxDelayMs) * (0.75 + Math.random() / 2);
  }

  /** Settles every send of this page still waiting as `queued` (their writes stay stored and are retried). */
  #settleWaiting(error: CoproRequestError): void {
    for (const { write } of [...this.#waiters.values()]) this.#settle(write, { state: 'queued', id: write.id, error }, false);
  }

  async #sendDue(force: boolean): Promise<void> {
    if (this.#closed) return; // a page going away sends nothing more: it could not tell the others
    // Read afresh under the lock: another tab may have sent some of these already.
    const now = Date.now();
    const stored = await this.pending();
    // Another tab's write this tab lacked the credential for: try it again once this tab has one
    // (a staff sign-in here, or the editor link opened here).
    for (const write of stored) if (this.#notMine.has(write.id) && (await writeCredential(this.endpoint, write.path, write.meta))) this.#notMine.delete(write.id);
    const due = stored.filter((write) => write.state === 'waiting' && !this.#notMine.has(write.id) && !this.isHeld(write, now) && (force || write.nextAttemptAt <= now));
    // A send of this page whose write another page has already refused (without being able to
    // tell this one): settle it now rather than leave it waiting.
    for (const write of stored) if (write.state === 'rejected' && this.#waiters.has(write.id)) this.#settle(write, { state: 'rejected', id: write.id, error: storedError(write) }, false);
    for (const write of due) {
      if (this.#closed) return;
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        this.#settle(write, { state: 'queued', id: write.id, error: new CoproRequestError('network', 'The browser is offline.') });
        continue;
      }
      await this.#attempt(write);
    }
  }

  async #attempt(write: StoredWrite): Promise<void> {
    let credential: string | undefined;
    try {
      // The credential is looked up when sending, never stored with the write.
      credential = await writeCredential(this.endpoint, write.path, write.meta);
      if (write.meta?.kiosk && !credential && write.tab && write.tab !== thisTab()) {
        // A tablet's write, sent by another tab without its kiosk key, would be stored as typed
        // online: it is the tablet's to send.
        this.#notMine.add(write.id);
        return;
      }
      // One deadline for the whole answer, its body included: a body that stalls after the
      // headers would otherwise hold the send lock for ever.
      const deadline = AbortSignal.timeout(this.#timeoutMs);
      let response: Response;
      let text: string;
      try {
        response = await sendRequest(write.method, endpointUrl(this.endpoint, write.path), write.body, this.#timeoutMs, credential, deadline);
        text = await response.text();
      } catch (caught) {
        if (deadline.aborted) throw new CoproRequestError('timeout', `No whole answer within ${this.#timeoutMs} ms.`);
        if (caught instanceof CoproRequestError) throw caught;
        throw new CoproRequestError('network', caught instanceof Error ? caught.message : 'Network error');
      }
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      if (!response.ok) throw httpError(response, json);
      await this.#store.delete(write.id);
      this.#settle(write, { state: 'sent', id: write.id, status: response.status, response: json });
    } catch (caught) {
      const error = caught instanceof CoproRequestError ? caught : new CoproRequestError('network', String(caught));
      // A newer write may have replaced this one (or the person discarded it) while it was on
      // the wire: do not bring it back.
      if (!(await this.#store.all()).some((stored) => stored.id === write.id)) {
        this.#settle(write, { state: 'rejected', id: write.id, error });
        return;
      }
      const lastError = { kind: error.kind, status: error.status, code: error.code, message: error.message };
      if (error.kind === 'http' && error.status === 401 && !credential && write.tab && write.tab !== thisTab()) {
        // Another page's write needing a credential this tab lacks: not refused, only not ours to send.
        this.#notMine.add(write.id);
        return;
      }
      if (error.retryable) {
        const attempts = write.attempts + 1;
        const delay = error.retryAfter !== undefined ? error.retryAfter * 1000 : this.#backoff(attempts);
        const updated: StoredWrite = { ...write, attempts, nextAttemptAt: Date.now() + delay, lastError };
        await this.#store.put(updated);
        this.#settle(updated, { state: 'queued', id: write.id, error });
      } else {
        const updated: StoredWrite = { ...write, attempts: write.attempts + 1, state: 'rejected', lastError };
        await this.#store.put(updated);
        this.#settle(updated, { state: 'rejected', id: write.id, error });
      }
    }
  }

  #settle(write: StoredWrite, result: SettledResult, tellOtherPages = true): void {
    const waiter = this.#waiters.get(write.id);
    this.#waiters.delete(write.id);
    waiter?.resolve(result);
    if (tellOtherPages && this.#channel) {
      const error = result.state === 'sent' ? undefined : result.error;
      const shared: SharedSettle = {
        write,
        result: {
          state: result.state,
          id: result.id,
          status: result.state === 'sent' ? result.status : undefined,
          response: result.state === 'sent' ? result.response : undefined,
          error: error && { kind: error.kind, message: error.message, status: error.status, code: error.code, issues: error.issues, retryAfter: error.retryAfter, body: error.body },
        },
      };
      try {
        this.#channel.postMessage(shared);
      } catch {
        // A response that cannot be cloned only means other pages learn of it on their next load.
      }
    }
    this.dispatchEvent(new CustomEvent<OutboxSettledDetail>('settled', { detail: { write, result } }));
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  async #schedule(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#closed) return;
    let soonest: number;
    try {
      const now = Date.now();
      const waiting = (await this.pending()).filter((write) => write.state === 'waiting' && !this.#notMine.has(write.id) && !this.isHeld(write, now));
      if (!waiting.length) return;
      soonest = Math.max(this.#notBefore, Math.min(...waiting.map((write) => write.nextAttemptAt)));
    } catch {
      // The store cannot be read now: look again after a back-off.
      this.#failedPasses += 1;
      soonest = Date.now() + this.#backoff(this.#failedPasses);
    }
    if (this.#closed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), Math.max(0, soonest - Date.now()));
  }
}

/** This tab's id, for the writes it queues: random, kept in `sessionStorage` (so it survives a reload, not the tab). */
function thisTab(): string | undefined {
  try {
    let id = sessionStorage.getItem('copro:tab');
    if (!id) sessionStorage.setItem('copro:tab', (id = newId()));
    return id;
  } catch {
    return undefined;
  }
}

const outboxes = new Map<string, Outbox>();

/**
 * The page's one outbox for an endpoint. `options` apply only when this call makes it (a unit test
 * gives an in-memory store, say); later calls get the same outbox.
 */
export function outboxFor(endpoint: string, options?: OutboxOptions): Outbox {
  const key = resolveEndpoint(endpoint);
  let outbox = outboxes.get(key);
  if (!outbox) outboxes.set(key, (outbox = new Outbox(key, options)));
  return outbox;
}
