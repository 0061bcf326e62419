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

/** The durable store: one IndexedDB database shared by every copro element of the origin. */
export class IndexedDbOutboxStore implements OutboxStore {
  #db?: Promise<IDBDatabase>;

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return this.#db;
  }

  async #run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.#open();
    const transaction = db.transaction(STORE, mode);
    const result = promised(action(transaction.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    return result;
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
