import { expect } from '@open-wc/testing';
import { NewPost, PostPage } from '@copro/protocol';
import { IndexedDbOutboxStore, MemoryOutboxStore, Outbox, newId, resolveEndpoint, staffSessionFor, type OutboxSettledDetail, type OutboxStore } from '@copro/core';
import { api, flakyEndpoint, freshId, serverDown, serverDropsAnswers, serverFails, serverUp, staffToken, until } from '../../../test/support/index.ts';

function postWrite(board: string, body = 'A youth club open on Saturdays') {
  const participant = newId();
  const post = { id: newId(), participant, body };
  return { participant, post, write: { id: post.id, method: 'POST' as const, path: `/v1/boards/${board}/posts`, body: post, kind: 'post', meta: { board } } };
}

async function postsOn(board: string, participant: string) {
  const { json } = await api<PostPage>('GET', `/v1/boards/${board}/posts?participant=${participant}&limit=100`);
  return PostPage.parse(json).items;
}

function sentOnce(outbox: Outbox, id: string) {
  return new Promise<OutboxSettledDetail>((resolve) => {
    outbox.addEventListener('settled', (event) => {
      const detail = (event as CustomEvent<OutboxSettledDetail>).detail;
      if (detail.write.id === id && detail.result.state === 'sent') resolve(detail);
    });
  });
}

describe('Outbox, against the real server', () => {
  const outboxes: Outbox[] = [];
  const make = (store: OutboxStore = new IndexedDbOutboxStore()) => {
    const outbox = new Outbox(flakyEndpoint(), { store, baseDelayMs: 50, maxDelayMs: 200, timeoutMs: 3000 });
    outboxes.push(outbox);
    return outbox;
  };
  afterEach(async () => {
    await serverUp().catch(() => {});
    for (const outbox of outboxes.splice(0)) {
      for (const write of await outbox.pending()) await outbox.discard(write.id);
      outbox.close();
    }
  });

  it('sends a write at once when the server is up, and keeps nothing afterwards', async () => {
    const board = freshId('outbox');
    const outbox = make();
    const { write, participant, post } = postWrite(board);
    const result = await outbox.send(write, NewPost);
    expect(result.state).to.equal('sent');
    expect(result.state === 'sent' && result.status).to.equal(201);
    expect(await outbox.pending()).to.have.length(0);
    const items = await postsOn(board, participant);
    expect(items.map((item) => item.id)).to.deep.equal([post.id]);
  });

  it('keeps a write made while the server is down and delivers it exactly once when it is back', async () => {
    const board = freshId('outbox');
    const outbox = make();
    const { write, participant, post } = postWrite(board);
    await serverDown();
    const result = await outbox.send(write, NewPost);
    expect(result.state).to.equal('queued');
    const waiting = await outbox.pending('post');
    expect(waiting.map((item) => item.id)).to.deep.equal([post.id]);
    expect(waiting[0].attempts).to.be.at.least(1); // tried, failed, kept (a slow engine may have retried already)

    const delivered = sentOnce(outbox, post.id);
    await serverUp();
    await delivered; // the backoff timer retries by itself
    await outbox.flush({ force: true }); // a second flush must not store it again
    expect(await outbox.pending()).to.have.length(0);
    const items = await postsOn(board, participant);
    expect(items.filter((item) => item.id === post.id)).to.have.length(1);
    expect(items).to.have.length(1);
  });

  it('delivers a write after a reload: a new page’s outbox sends what the old page stored', async () => {
    const board = freshId('outbox');
    const { write, participant, post } = postWrite(board);
    await serverDown();
    const before = make();
    expect((await before.send(write, NewPost)).state).to.equal('queued');
    before.close(); // the page goes away

    await serverUp();
    const after = make(); // the next page load
    await until(async () => (await after.pending()).length === 0, 'the stored write to be sent');
    const items = await postsOn(board, participant);
    expect(items.map((item) => item.id)).to.deep.equal([post.id]);
  });

  it('retries after server faults (500) and stores the write once', async () => {
    const board = freshId('outbox');
    const outbox = make();
    const { write, participant, post } = postWrite(board);
    await serverFails(2);
    const delivered = sentOnce(outbox, post.id);
    expect((await outbox.send(write, NewPost)).state).to.equal('queued');
    await delivered;
    expect((await postsOn(board, participant)).map((item) => item.id)).to.deep.equal([post.id]);
  });

  it('retries a write whose answer was lost after the server stored it, and the server keeps one', async () => {
    const board = freshId('outbox');
    const outbox = make();
    const { write, participant, post } = postWrite(board);
    // Chromium resends a POST by itself when a reused connection drops before any answer (once
    // as a rule; on a loaded machine it was seen to get an answer within three drops): drop enough
    // answers that the outbox, not only the browser, has to retry.
    await serverDropsAnswers(5);
    const delivered = sentOnce(outbox, post.id);
    const first = await outbox.send(write, NewPost);
    expect(first.state).to.equal('queued'); // the client saw a dropped connection
    const { result } = await delivered;
    expect(result.state === 'sent' && result.status).to.equal(200); // the retry was answered as a replay
    expect((await postsOn(board, participant)).map((item) => item.id)).to.deep.equal([post.id]);
  });

  it('treats a replay of a write that already landed (its answer was lost) as sent, not as a second post', async () => {
    const board = freshId('outbox');
    const outbox = make();
    const { write, participant, post } = postWrite(board);
    expect((await api('POST', `/v1/boards/${board}/posts`, post)).status).to.equal(201); // first attempt landed
    const result = await outbox.send(write, NewPost); // the retry
    expect(result.state).to.equal('sent');
    expect(result.state === 'sent' && result.status).to.equal(200);
    expect(await postsOn(board, participant)).to.have.length(1);
  });

  it('two pages flushing the same stored write at once store it once', async () => {
    const board = freshId('outbox');
    const store = new IndexedDbOutboxStore();
    const { write, participant } = postWrite(board);
    await serverDown();
    const first = make(store);
    await first.send(write, NewPost);
    const second = make(store);
    await serverUp();
    await Promise.all([first.flush({ force: true }), second.flush({ force: true })]);
    expect(await postsOn(board, participant)).to.have.length(1);
    expect(await first.pending()).to.have.length(0);
  });

  it('tells the other pages of the site when it sends their write, so they stop saying "saved on this device"', async () => {
    const board = freshId('outbox');
    const store = new IndexedDbOutboxStore();
    const { write, participant, post } = postWrite(board);
    await serverDown();
    const writer = make(store); // the page where the person wrote
    expect((await writer.send(write, NewPost)).state).to.equal('queued');
    const otherPage = make(store);
    const heardByWriter = sentOnce(writer, post.id);
    await serverUp();
    await otherPage.flush({ force: true }); // the other page came back online first and sent it
    const { result } = await heardByWriter;
    expect(result.state === 'sent' && result.status).to.equal(201);
    expect(result.state === 'sent' && (result.response as { id: string }).id).to.equal(post.id);
    expect(await postsOn(board, participant)).to.have.length(1);
  });

  it('refuses a body that fails the schema before storing or sending anything', async () => {
    const outbox = make(new MemoryOutboxStore());
    const board = freshId('outbox');
    const { write } = postWrite(board, '   ');
    const result = await outbox.send(write, NewPost);
    expect(result.state).to.equal('rejected');
    expect(result.state === 'rejected' && result.error.issues[0].path).to.deep.equal(['body']);
    expect(await outbox.pending()).to.have.length(0);
  });

  it('keeps a write the server rejects (4xx) so nothing is silently lost, until it is discarded', async () => {
    const outbox = make();
    const board = freshId('outbox');
    const { write } = postWrite(board);
    const tooLong = { ...write, body: { ...write.body, body: 'x'.repeat(6000) } };
    const result = await outbox.send(tooLong); // no client-side schema: the server must refuse it
    expect(result.state).to.equal('rejected');
    expect(result.state === 'rejected' && result.error.status).to.equal(400);
    const [kept] = await outbox.pending();
    expect(kept.state).to.equal('rejected');
    expect(kept.lastError?.code).to.equal('validation_failed');
    await outbox.discard(kept.id);
    expect(await outbox.pending()).to.have.length(0);
  });

  it('a later write with the same `replaces` key supersedes an unsent earlier one', async () => {
    const outbox = make();
    await serverDown();
    const base = { method: 'PUT' as const, kind: 'support', replaces: 'support:x' };
    await outbox.send({ ...base, id: newId(), path: '/v1/health' });
    await outbox.send({ ...base, id: newId(), method: 'DELETE', path: '/v1/health' });
    const waiting = await outbox.pending('support');
    expect(waiting).to.have.length(1);
    expect(waiting[0].method).to.equal('DELETE');
  });
  it('another tab’s room write that needs the editor key this tab lacks is left for a tab that has it, not refused', async () => {
    // A room that only editor links (or staff) may change, and an editor link opened in another tab.
    const room = freshId('room');
    const endpoint = flakyEndpoint();
    await api('PUT', `/v1/rooms/${room}`, { title: 'Who is not in the room?' }, staffToken()); // the flaky endpoint's database too
    staffSessionFor(endpoint).signOut();
    const keyName = `copro:room-key:${resolveEndpoint(endpoint)}:${room}`;
    sessionStorage.removeItem(keyName);
    const store = new MemoryOutboxStore();
    const group = { id: 'young-carers', label: 'Young carers' };
    // Queued by the tab with the key (so it is not this page's own send), shared through the store.
    const queued = { endpoint: resolveEndpoint(endpoint), method: 'POST' as const, path: `/v1/rooms/${room}/groups`, kind: 'room-group-add', meta: { room }, createdAt: Date.now(), attempts: 0, nextAttemptAt: 0, state: 'waiting' as const };
    await store.put({ ...queued, id: newId(), body: group, tab: 'another-tab' });

    const withoutKey = make(store);
    await withoutKey.flush();
    const [kept] = await store.all();
    expect(kept?.state, 'still waiting, not refused').to.equal('waiting');
    expect(kept.attempts).to.equal(0);
    // This tab's own write without a key is refused, as before: the person is told.
    const own = await withoutKey.send({ id: newId(), method: 'POST', path: `/v1/rooms/${room}/groups`, body: { id: 'older-people', label: 'Older people' }, kind: 'room-group-add', meta: { room } });
    expect(own.state).to.equal('rejected');
    expect(own.state === 'rejected' && own.error.status).to.equal(401);
    await withoutKey.discard(own.id);

    // A tab that has the key sends it.
    const key = (await api<{ key: string }>('POST', `/v1/rooms/${room}/editor-links`, {}, staffToken())).json.key;
    sessionStorage.setItem(keyName, key);
    try {
      const withKey = make(store);
      await withKey.flush();
      await until(async () => (await store.all()).length === 0, 'sent by the tab with the key');
      const { json } = await api<{ groups: { id: string }[] }>('GET', `/v1/rooms/${room}`);
      expect(json.groups.some((each) => each.id === 'young-carers')).to.equal(true);
    } finally {
      sessionStorage.removeItem(keyName);
    }
  });

  it('a tablet’s kiosk key goes only with the writes queued on the tablet: a resident’s post is sent without it, and the tablet’s post is left for the tablet', async () => {
    const board = freshId('kiosk-outbox');
    const endpoint = flakyEndpoint();
    const link = (await api<{ key: string }>('POST', `/v1/boards/${board}/kiosk-links`, { event: 'Spring fair', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }, staffToken())).json;
    const keyName = `copro:kiosk-key:${resolveEndpoint(endpoint)}:${board}`;
    const store = new MemoryOutboxStore();
    const shared = { endpoint: resolveEndpoint(endpoint), method: 'POST' as const, path: `/v1/boards/${board}/posts`, kind: 'post', createdAt: Date.now(), attempts: 0, nextAttemptAt: 0, state: 'waiting' as const };
    // A resident's post queued in another tab, and a post queued on the tablet (marked as the tablet's).
    const resident = { id: newId(), participant: newId(), body: 'Typed at home' };
    const tablet = { id: newId(), participant: newId(), body: 'Said at the fair' };
    await store.put({ ...shared, id: resident.id, body: resident, meta: { board }, tab: 'a-resident-tab' });
    await store.put({ ...shared, id: tablet.id, body: tablet, meta: { board, kiosk: true }, tab: 'the-tablet-tab' });
    // Every post, whatever the board's moderation made of it (pending or visible).
    const posts = async () => {
      const lists = await Promise.all(['pending', 'visible'].map((visibility) => api<{ items: { id: string; channel: string }[] }>('GET', `/v1/boards/${board}/posts?visibility=${visibility}&limit=100`, undefined, staffToken())));
      return lists.flatMap((list) => list.json.items);
    };
    try {
      // A tab without the key sends the resident's post, and leaves the tablet's for the tablet.
      sessionStorage.removeItem(keyName);
      const elsewhere = make(store);
      await elsewhere.flush();
      await until(async () => (await store.all()).length === 1, 'the resident’s post sent');
      const [left] = await store.all();
      expect(left.id).to.equal(tablet.id);
      expect([left.state, left.attempts]).to.deep.equal(['waiting', 0], 'never sent without the tablet’s key');
      // The tablet's tab (holding the key) sends its own post with it; a resident's post queued
      // beside it meanwhile goes without the key.
      const later = { id: newId(), participant: newId(), body: 'Also typed at home' };
      await store.put({ ...shared, id: later.id, body: later, meta: { board }, tab: 'a-resident-tab' });
      sessionStorage.setItem(keyName, link.key);
      const onTablet = make(store);
      await onTablet.flush();
      await until(async () => (await store.all()).length === 0, 'both sent');
      const channels = Object.fromEntries((await posts()).map((post) => [post.id, post.channel]));
      expect([channels[resident.id], channels[later.id], channels[tablet.id]]).to.deep.equal(['online', 'online', 'event']);
    } finally {
      sessionStorage.removeItem(keyName);
    }
  });
});
