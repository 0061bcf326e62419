/** The fields the outbox keeps for each write, in IndexedDB, until the server has it. */
export interface StoredWrite {
  /** Stays the same across retries. For writes with a client-made id, it is that id. */
  id: string;
  /** The resolved endpoint base URL. */
  endpoint: string;
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  /** What the write is, for the widget that shows it (`post`, `support`, `group`, `rating`, `clarity`). */
  kind: string;
  /** The widget's own context, to show a waiting write after a reload (a board id, say). */
  meta?: Record<string, unknown>;
  /** A later write with the same key replaces an earlier unsent one (support on, then off). */
  replaces?: string;
  createdAt: number;
  /** The tab that queued it (a random id kept in that tab's `sessionStorage`, so it survives a reload). */
  tab?: string;
  /** When the person last said to send it ("Send now" on a held write); its age counts from here. */
  confirmedAt?: number;
  attempts: number;
  nextAttemptAt: number;
  state: 'waiting' | 'rejected';
  lastError?: { kind: string; status: number; code: string; message: string };
}

export interface OutboxStore {
  all(): Promise<StoredWrite[]>;
  put(write: StoredWrite): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'copro-outbox';
const STORE = 'writes';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export interface IndexedDbOutboxStoreOptions {
  /**
   * How long one read or write of the database may take, opening it included, before it is given
   * up (rejected with a `TimeoutError` DOMException) and the connection is opened afresh next time.
   * A transaction queued behind another that never ends, or a connection the browser lost, would
   * otherwise leave the outbox waiting for ever.
   */
  transactionTimeoutMs?: number;
}

/** The durable store: one IndexedDB database shared by every copro element of the origin. */
export class IndexedDbOutboxStore implements OutboxStore {
  #db?: Promise<IDBDatabase>;
  readonly #timeoutMs: number;

  constructor(options: IndexedDbOutboxStoreOptions = {}) {
    this.#timeoutMs = options.transactionTimeoutMs ?? 10000;
  }

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => {
        const db = request.result;
        // The browser closed it (storage cleared, its database process lost), or another page
        // wants to change or delete the database: let go, and open afresh next time.
        db.onclose = () => this.#forget(db);
        db.onversionchange = () => this.#forget(db);
        resolve(db);
      };
      request.onerror = () => reject(request.error);
    });
    return this.#db;
  }

  /** Drops the connection (the given one, or whichever is open) so the next operation opens a new one. */
  #forget(db?: IDBDatabase): void {
    const current = this.#db;
    this.#db = undefined;
    if (db) db.close();
    else current?.then((open) => open.close(), () => {});
  }

  async #run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    let transaction: IDBTransaction | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        gaveUp = true;
        try {
          transaction?.abort();
        } catch {
          // It had finished after all, or never started.
        }
        this.#forget();
        reject(new DOMException(`The outbox database did not answer within ${this.#timeoutMs} ms.`, 'TimeoutError'));
      }, this.#timeoutMs);
    });
    const work = (async () => {
      let db = await this.#open();
      if (gaveUp) throw new DOMException('Given up.', 'TimeoutError'); // never start what the caller was told failed
      try {
        transaction = db.transaction(STORE, mode);
      } catch (error) {
        // A connection closed under us (InvalidStateError): one more try on a new one.
        if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
        this.#forget(db);
        db = await this.#open();
        if (gaveUp) throw new DOMException('Given up.', 'TimeoutError');
        transaction = db.transaction(STORE, mode);
      }
      const done = transaction;
      const result = promised(action(done.objectStore(STORE)));
      result.catch(() => {}); // the transaction's own error or abort below reports it
      await new Promise<void>((resolve, reject) => {
        done.oncomplete = () => resolve();
        done.onerror = () => reject(done.error);
        done.onabort = () => reject(done.error ?? new DOMException('The outbox transaction was aborted.', 'AbortError'));
      });
      return result;
    })();
    try {
      return await Promise.race([work, watchdog]);
    } finally {
      clearTimeout(timer);
      work.catch(() => {}); // given up by the watchdog: its late failure is not news
    }
  }

  all() {
    return this.#run('readonly', (store) => store.getAll() as IDBRequest<StoredWrite[]>);
  }
  async put(write: StoredWrite) {
    await this.#run('readwrite', (store) => store.put(write));
  }
  async delete(id: string) {
    await this.#run('readwrite', (store) => store.delete(id));
  }
}

/** Used where IndexedDB is unavailable: writes survive retries on this page, not a reload. */
export class MemoryOutboxStore implements OutboxStore {
  #writes = new Map<string, StoredWrite>();
  async all() {
    return [...this.#writes.values()].map((write) => structuredClone(write));
  }
  async put(write: StoredWrite) {
    this.#writes.set(write.id, structuredClone(write));
  }
  async delete(id: string) {
    this.#writes.delete(id);
  }
}
