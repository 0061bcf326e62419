import { expect } from '@open-wc/testing';
import { NewPost, PostPage } from '@copro/protocol';
import { IndexedDbOutboxStore, MemoryOutboxStore, Outbox, newId, resolveEndpoint, type OutboxOptions, type OutboxResult, type StoredWrite } from '@copro/core';
import { api, flakyEndpoint, freshId, serverStallsAnswers, serverUp, until } from '../../../test/support/index.ts';

// Every `send()` settles — sent, queued or rejected — in bounded time, whatever else holds the
// outbox's lock, its database or its connection. Under load WebKit once left a send unsettled and
// the browser tests retried failed tests to hide it; each test here hung on the code before this one.

function postWrite(board: string, extra: Partial<StoredWrite> = {}) {
  const participant = newId();
  const post = { id: newId(), participant, body: 'Open the library on Sundays' };
  return { participant, post, write: { id: post.id, method: 'POST' as const, path: `/v1/boards/${board}/posts`, body: post, kind: 'post', meta: { board }, ...extra } };
}

async function postsOn(board: string, participant: string) {
  const { json } = await api<PostPage>('GET', `/v1/boards/${board}/posts?participant=${participant}&limit=100`);
  return PostPage.parse(json).items;
}

/** The promise's value, or a failure naming what did not settle within `ms` (instead of a hung test). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Takes a Web Lock and keeps it until `release()`, as another page (or a stuck flush) would. */
async function holdLock(name: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await new Promise<void>((granted) => {
    void navigator.locks.request(name, () => {
      granted();
      return held;
    });
  });
  return release;
}

/** Keeps a read-write transaction on the outbox's database busy until `release()`: every other transaction on it waits. */
async function blockOutboxDatabase(): Promise<() => void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('copro-outbox', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('writes', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let busy = true;
  const store = db.transaction('writes', 'readwrite').objectStore('writes');
  const spin = () => {
    if (busy) store.get('nothing').onsuccess = spin;
  };
  spin();
  return () => {
    busy = false;
    db.close();
  };
}

/** A store that can be made to fail its next reads, as IndexedDB does when its connection is lost. */
class FailingStore extends MemoryOutboxStore {
  failReads = 0;
  override async all() {
    if (this.failReads > 0) {
      this.failReads -= 1;
      throw new DOMException('Connection to Indexed Database server lost.', 'UnknownError');
    }
    return super.all();
  }
}

describe('Outbox: every send settles', () => {
  const outboxes: Outbox[] = [];
  const make = (options: OutboxOptions = {}) => {
    const outbox = new Outbox(flakyEndpoint(), { store: new MemoryOutboxStore(), baseDelayMs: 50, maxDelayMs: 200, timeoutMs: 3000, ...options });
    outboxes.push(outbox);
    return outbox;
  };
  const lockName = () => `copro-outbox:${resolveEndpoint(flakyEndpoint())}`;
  afterEach(async () => {
    await serverUp().catch(() => {});
    for (const outbox of outboxes.splice(0)) {
      for (const write of await outbox.pending()) await outbox.discard(write.id);
      outbox.close();
    }
  });

  it('times out an answer whose body stalls after its headers, keeps the write and sends it again', async () => {
    const board = freshId('robust');
    const outbox = make({ timeoutMs: 700 });
    const { write, participant, post } = postWrite(board);
    await serverStallsAnswers(1);
    const result = await within(outbox.send(write, NewPost), 5000, 'a send whose answer stalled');
    expect(result.state).to.equal('queued');
    expect(result.state === 'queued' && result.error.kind).to.equal('timeout');
    await until(async () => (await outbox.pending()).length === 0, 'the retry to be sent');
    expect((await postsOn(board, participant)).map((item) => item.id)).to.deep.equal([post.id]);
  });

  it('says "queued" when another holder keeps the send lock, and sends once the lock is free', async () => {
    const release = await holdLock(lockName());
    try {
      const board = freshId('robust');
      const outbox = make({ lockTimeoutMs: 300 });
      const { write, participant, post } = postWrite(board);
      const result = await within(outbox.send(write, NewPost), 4000, 'a send behind a held lock');
      expect(result.state).to.equal('queued');
      expect(await postsOn(board, participant)).to.have.length(0);
      release();
      await until(async () => (await outbox.pending()).length === 0, 'the write to be sent after the lock was freed');
      expect((await postsOn(board, participant)).map((item) => item.id)).to.deep.equal([post.id]);
    } finally {
      release();
    }
  });

  it('a closed outbox still waiting for the lock sends nothing, so it never takes a live outbox’s write away unannounced', async () => {
    const store = new MemoryOutboxStore(); // one site's database, shared by the closed page and the live one
    const release = await holdLock(lockName());
    try {
      const closed = make({ store }); // its first flush waits for the lock
      closed.close();
      const live = make({ store });
      const board = freshId('robust');
      const { write, participant } = postWrite(board);
      const sending = live.send(write, NewPost);
      release();
      const result = await within(sending, 5000, 'the live outbox’s send');
      expect(result.state).to.equal('sent');
      expect(await postsOn(board, participant)).to.have.length(1);
    } finally {
      release();
    }
  });

  it('settles a send replaced before it went out as "replaced", and sends the newer write', async () => {
    const release = await holdLock(lockName());
    try {
      const outbox = make();
      const board = freshId('robust');
      const earlier = postWrite(board, { replaces: 'post:robust' });
      const later = postWrite(board, { replaces: 'post:robust' });
      const first = outbox.send(earlier.write, NewPost);
      const second = outbox.send(later.write, NewPost); // sent at once after the first: the outbox keeps their order
      const replaced: OutboxResult = await within(first, 3000, 'the replaced send');
      expect(replaced.state).to.equal('replaced');
      expect((await outbox.pending()).map((write) => write.id)).to.deep.equal([later.post.id]);
      release();
      expect((await within(second, 5000, 'the newer send')).state).to.equal('sent');
      expect((await postsOn(board, later.participant)).map((item) => item.id)).to.deep.equal([later.post.id]);
    } finally {
      release();
    }
  });

  it('says "queued" when its store fails while sending, and sends when the store works again', async () => {
    const store = new FailingStore();
    const outbox = make({ store });
    await outbox.flush(); // the first flush of a new outbox, before the store fails
    const board = freshId('robust');
    const { write, participant, post } = postWrite(board);
    store.failReads = 1;
    const result = await within(outbox.send(write, NewPost), 4000, 'a send whose store failed');
    expect(result.state).to.equal('queued');
    await until(async () => (await outbox.pending()).length === 0, 'the write to be sent');
    expect((await postsOn(board, participant)).map((item) => item.id)).to.deep.equal([post.id]);
  });
});

describe('IndexedDbOutboxStore: a transaction that never completes', () => {
  it('gives up after its time-out instead of waiting for ever, and works again afterwards', async () => {
    const release = await blockOutboxDatabase();
    const store = new IndexedDbOutboxStore({ transactionTimeoutMs: 300 });
    const write: StoredWrite = { id: newId(), endpoint: 'http://example.invalid/', method: 'POST', path: '/v1/x', kind: 'test', createdAt: 0, attempts: 0, nextAttemptAt: 0, state: 'waiting' };
    let error: unknown;
    try {
      await within(store.put(write), 3000, 'a put behind a busy transaction');
    } catch (caught) {
      error = caught;
    } finally {
      release();
    }
    expect(error instanceof DOMException && error.name).to.equal('TimeoutError');
    await store.put(write);
    expect((await store.all()).some((stored) => stored.id === write.id)).to.equal(true);
    await store.delete(write.id);
  });
});
