import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MemoryOutboxStore, newId, outboxFor } from '@copro/core';
import type { NewPost, Post, SupportState } from '@copro/protocol';
import { PostsController, type ListSource } from '../src/posts-controller.ts';
import { WritesController } from '../src/writes-controller.ts';
import { fakeEndpoint, json, networkFailure, type FakeEndpoint, type FakeRequest } from '../../../test/support/fake-endpoint.ts';
import { until } from '../../../test/support/index.ts';

// Unit tests of the board's state machines: the posts controller's paging and aborted reads, and
// the writes controller's following of the outbox. A fake endpoint and an in-memory outbox store
// put each step under the test's control; the board's end-to-end tests use the real server.

function post(index: number): Post {
  return {
    id: newId(),
    body: `Post ${index}`,
    category: null,
    displayName: null,
    createdAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
    supportCount: 0,
    visibility: 'visible',
    response: null,
    supported: false,
    mine: false,
    redactedAt: null,
    channel: 'online',
    event: null,
  };
}

/** A board on the fake endpoint: cursor pages over `posts`, and posts and supports as the server takes them. */
class FakeBoard {
  readonly posts = Array.from({ length: 7 }, (_, index) => post(index));
  down = false;
  /** Called before a list page is answered (to hold it while a newer read starts, say). */
  beforePage?: (request: FakeRequest) => Promise<void>;
  readonly handle = async (request: FakeRequest): Promise<Response> => {
    if (this.down) networkFailure();
    const path = request.path;
    if (request.method === 'GET' && path === '/v1/boards/b') {
      return json(200, { id: 'b', title: 'Aldermoor', categories: [], moderation: 'after', maxLength: 2000, open: true, closesAt: null, timeZone: 'Europe/London' });
    }
    if (request.method === 'GET' && path === '/v1/boards/b/posts') {
      await this.beforePage?.(request);
      const from = Number(request.url.searchParams.get('cursor') ?? 0);
      const limit = Number(request.url.searchParams.get('limit'));
      const items = this.posts.slice(from, from + limit);
      return json(200, { items, nextCursor: from + limit < this.posts.length ? String(from + limit) : null });
    }
    // The reader's part, as the reference server answers it (an endpoint without it gets the
    // version 1 reads instead, a second request for the first page).
    if (request.method === 'GET' && path === '/v1/boards/b/mine') return json(200, { supported: [], pending: [], posted: [] });
    if (request.method === 'POST' && path === '/v1/boards/b/posts') {
      const body = request.body as NewPost;
      return json(201, { ...post(99), id: body.id, body: body.body, mine: true });
    }
    if (request.method === 'PUT' || request.method === 'DELETE') return json(200, { supported: request.method === 'PUT', supportCount: request.method === 'PUT' ? 1 : 0 });
    return json(404, { error: { code: 'not_found', message: 'No.' } });
  };
}

class PostsHost extends LitElement {
  source: ListSource = { endpoint: '', board: 'b', participant: newId(), pageSize: 3 };
  readonly posts = new PostsController(this, () => this.source);
}
customElements.define('posts-state-host', PostsHost);

class WritesHost extends LitElement {
  readonly sent: string[] = [];
  /** Who uses the board now (a kiosk changes it for each person). */
  person = newId();
  readonly writes = new WritesController(this, {
    postSent: (post: Post) => this.sent.push(`post ${post.id}`),
    supportSent: (postId: string, state: SupportState) => this.sent.push(`support ${postId} ${state.supported}`),
    participant: () => this.person,
  });
}
customElements.define('writes-state-host', WritesHost);

describe('Board state (unit: fake endpoint, in-memory outbox)', () => {
  let fake: FakeEndpoint | undefined;
  let board: FakeBoard;
  beforeEach(() => {
    board = new FakeBoard();
    fake = fakeEndpoint(board.handle);
  });
  afterEach(() => {
    outboxFor(fake!.endpoint).close();
    fake!.restore();
  });

  describe('PostsController', () => {
    async function host() {
      const element = document.createElement('posts-state-host') as PostsHost;
      element.source = { ...element.source, endpoint: fake!.endpoint };
      return fixture<PostsHost>(html`${element}`);
    }

    it('pages through the list with the cursor, adding only what is new, and says when there is no more', async () => {
      const { posts } = await host();
      expect(await posts.loadBoard()).to.include({ id: 'b' });
      expect(await posts.reload({ sort: 'newest' })).to.equal(true);
      expect(posts.posts.map((each) => each.body)).to.deep.equal(['Post 0', 'Post 1', 'Post 2']);
      expect(posts.nextCursor).to.equal('3');
      expect(posts.loaded).to.equal(true);
      const added = await posts.more({ sort: 'newest' });
      expect(added.map((each) => each.body)).to.deep.equal(['Post 3', 'Post 4', 'Post 5']);
      board.posts.splice(3, 0, post(42)); // a post arrives: the next page starts one later, repeating Post 5
      expect((await posts.more({ sort: 'newest' })).map((each) => each.body)).to.deep.equal(['Post 6']);
      expect(posts.nextCursor).to.equal(null);
      expect(posts.posts).to.have.length(7);
      expect(await posts.more({ sort: 'newest' })).to.deep.equal([]);
      const cursors = fake!.requests.filter((request) => request.path.endsWith('/posts')).map((request) => request.url.searchParams.get('cursor'));
      expect(cursors).to.deep.equal([null, '3', '6']);
    });

    it('a newer read aborts the one it supersedes: its request is cancelled and its answer never shown', async () => {
      const { posts } = await host();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      board.beforePage = (request) => (request.url.searchParams.get('sort') === 'newest' ? held : Promise.resolve());
      const first = posts.reload({ sort: 'newest' });
      await until(() => fake!.requests.some((request) => request.path.endsWith('/posts')), 'the first read to start');
      expect(posts.loading).to.equal('list');
      const second = posts.reload({ sort: 'most-supported' });
      expect(fake!.requests.find((request) => request.path.endsWith('/posts'))!.signal?.aborted).to.equal(true);
      expect(await second).to.equal(true);
      release();
      expect(await first).to.equal(false);
      expect(posts.loading).to.equal(false);
      expect(posts.posts.map((each) => each.body)).to.deep.equal(['Post 0', 'Post 1', 'Post 2']);
      expect(posts.listError).to.equal(undefined);
    });

    it('keeps a failed read’s error for the template and throws it; the next read clears it', async () => {
      const { posts } = await host();
      board.down = true;
      let thrown: unknown;
      await posts.reload({ sort: 'newest' }).catch((error: unknown) => (thrown = error));
      expect(thrown === posts.listError).to.equal(true);
      expect((posts.listError as { kind?: string }).kind).to.equal('network');
      board.down = false;
      expect(await posts.reload({ sort: 'newest' })).to.equal(true);
      expect(posts.listError).to.equal(undefined);
    });
  });

  describe('WritesController', () => {
    async function host() {
      // No automatic retry: the test sends again when it brings the endpoint back.
      outboxFor(fake!.endpoint, { store: new MemoryOutboxStore(), baseDelayMs: 60000, timeoutMs: 2000 });
      const element = await fixture<WritesHost>(html`<writes-state-host></writes-state-host>`);
      element.writes.attach(fake!.endpoint, 'b');
      return element;
    }
    const newPost = (body: string, participant: string): NewPost => ({ id: newId(), participant, body });

    it('lists a post kept while the endpoint is down as unsent, and reports it sent when the outbox delivers it', async () => {
      const element = await host();
      board.down = true;
      const mine = newPost('Open the library on Sundays', element.person);
      expect((await element.writes.sendPost(mine)).state).to.equal('queued');
      await until(() => element.writes.unsent.length === 1, 'the unsent post listed');
      expect(element.writes.unsent[0]).to.include({ id: mine.id, state: 'queued', body: 'Open the library on Sundays' });
      board.down = false;
      await outboxFor(fake!.endpoint).flush({ force: true });
      await until(() => element.writes.unsent.length === 0, 'the unsent list to empty');
      expect(element.sent).to.deep.equal([`post ${mine.id}`]);
    });

    it('a support change replaces an unsent earlier one of the same post: one pending change, one sent', async () => {
      const element = await host();
      board.down = true;
      const participant = element.person;
      expect((await element.writes.sendSupport(newId(), 'p1', participant, true)).state).to.equal('queued');
      expect((await element.writes.sendSupport(newId(), 'p1', participant, false)).state).to.equal('queued');
      await until(() => element.writes.pendingSupport.size === 1, 'one pending support change');
      expect(element.writes.pendingSupport.get('p1')).to.equal(false);
      board.down = false;
      await outboxFor(fake!.endpoint).flush({ force: true });
      await until(() => element.writes.pendingSupport.size === 0, 'the change sent');
      expect(element.sent).to.deep.equal(['support p1 false']);
    });

    it('follows only its own board: another board’s writes in the same outbox are not listed', async () => {
      const element = await host();
      board.down = true;
      const outbox = outboxFor(fake!.endpoint);
      await outbox.send({ id: newId(), method: 'POST', path: '/v1/boards/other/posts', body: newPost('Elsewhere', element.person), kind: 'post', meta: { board: 'other' } });
      await element.writes.refresh();
      expect(element.writes.unsent).to.deep.equal([]);
    });

    it('on a shared tablet, the next person neither sees the last one’s queued post and support as theirs nor is told they were sent; both are still sent, once', async () => {
      const element = await host();
      board.down = true;
      const first = element.person;
      const theirs = newPost('Somewhere warm after school', first);
      expect((await element.writes.sendPost(theirs)).state).to.equal('queued');
      expect((await element.writes.sendSupport(newId(), 'p1', first, true)).state).to.equal('queued');
      await until(() => element.writes.unsent.length === 1 && element.writes.pendingSupport.size === 1, 'the first person’s writes listed');

      element.person = newId(); // a clean start: the next person
      await element.writes.refresh();
      expect(element.writes.unsent).to.deep.equal([]);
      expect(element.writes.pendingSupport.size).to.equal(0);
      // The next person's own support of the same post does not replace the first person's.
      expect((await element.writes.sendSupport(newId(), 'p1', element.person, false)).state).to.equal('queued');
      board.down = false;
      const before = fake!.requests.length;
      await outboxFor(fake!.endpoint).flush({ force: true });
      const sent = () => fake!.requests.slice(before).map((request) => `${request.method} ${request.path}`);
      await until(() => sent().length === 3, 'the post and both supports sent');
      expect(sent().sort()).to.deep.equal(['DELETE /v1/boards/b/posts/p1/support', 'POST /v1/boards/b/posts', 'PUT /v1/boards/b/posts/p1/support'], 'each write once, the first person’s support not replaced');
      expect(element.sent).to.deep.equal(['support p1 false'], 'only the next person’s own write is theirs');
    });
  });
});
