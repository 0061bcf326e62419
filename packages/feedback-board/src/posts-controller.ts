import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EndpointClient } from '@copro/core';
import type { Board, ListPostsQuery, Post } from '@copro/protocol';

/** What the list shows: the reader's choices, and for staff a visibility (or every post). */
export interface ListChoices {
  sort: ListPostsQuery['sort'];
  status?: ListPostsQuery['status'];
  category?: string;
  visibility?: ListPostsQuery['visibility'];
  /** Staff: only overdue promises. */
  overdue?: boolean;
}

export interface ListSource {
  endpoint: string;
  board: string;
  participant: string;
  pageSize: number;
  /** The staff token, for staff lists (moderation queue, hidden posts). */
  token?: string;
}

/**
 * The board and its posts, a cursor page at a time. Only the pages asked for are ever held, so a
 * board with thousands of posts costs what one page costs until someone asks for more.
 */
export class PostsController implements ReactiveController {
  board?: Board;
  boardError?: unknown;
  posts: Post[] = [];
  nextCursor: string | null = null;
  listError?: unknown;
  /** `board`: loading the board; `list`: the first page; `more`: a further page. */
  loading: 'board' | 'list' | 'more' | false = false;
  /** The list has been loaded at least once (so an empty list means "no posts"). */
  loaded = false;
  /** The read under way for the board and for the list: a newer read of the same aborts it. */
  readonly #reads: { board?: AbortController; list?: AbortController } = {};
  #listLoading: 'list' | 'more' = 'list';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => ListSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get client(): EndpointClient {
    return new EndpointClient(this.source().endpoint);
  }

  /**
   * Runs one read: marks what is loading, aborts the read of the same kind it supersedes (the
   * reader changed the sort, say), and keeps the error for the template.
   */
  async #track<T>(loading: 'board' | 'list' | 'more', work: (signal: AbortSignal) => Promise<T>, apply: (value: T) => void): Promise<T | undefined> {
    const kind = loading === 'board' ? 'board' : 'list';
    const error = loading === 'board' ? 'boardError' : 'listError';
    this.#reads[kind]?.abort();
    const read = (this.#reads[kind] = new AbortController());
    if (loading !== 'board') this.#listLoading = loading;
    this.loading = loading;
    this[error] = undefined;
    this.host.requestUpdate();
    try {
      const value = await work(read.signal);
      if (read.signal.aborted) return undefined;
      apply(value);
      return value;
    } catch (caught) {
      if (read.signal.aborted) return undefined;
      this[error] = caught;
      throw caught;
    } finally {
      if (this.#reads[kind] === read) {
        this.#reads[kind] = undefined;
        this.loading = this.#reads.list ? this.#listLoading : this.#reads.board ? 'board' : false;
        this.host.requestUpdate();
      }
    }
  }

  loadBoard(): Promise<Board | undefined> {
    return this.#track('board', (signal) => this.client.getBoard(this.source().board, signal), (board) => (this.board = board));
  }

  /** Loads the first page for these choices, replacing what is shown; false when a newer read superseded it. */
  async reload(choices: ListChoices): Promise<boolean> {
    const page = await this.#track('list', (signal) => this.#page(choices, undefined, signal), (page) => {
      this.posts = page.items;
      this.nextCursor = page.nextCursor;
      this.loaded = true;
    });
    return page !== undefined;
  }

  /** Adds the next page; answers the posts added (none already shown are repeated). */
  async more(choices: ListChoices): Promise<Post[]> {
    if (!this.nextCursor) return [];
    let added: Post[] = [];
    await this.#track('more', (signal) => this.#page(choices, this.nextCursor!, signal), (page) => {
      const shown = new Set(this.posts.map((post) => post.id));
      added = page.items.filter((post) => !shown.has(post.id));
      this.posts = [...this.posts, ...added];
      this.nextCursor = page.nextCursor;
    });
    return added;
  }

  #page(choices: ListChoices, cursor: string | undefined, signal: AbortSignal) {
    const { board, participant, pageSize, token } = this.source();
    return this.client.listPosts(
      board,
      { sort: choices.sort, status: choices.status || undefined, category: choices.category || undefined, visibility: choices.visibility, overdue: choices.overdue ? 'true' : undefined, cursor, limit: pageSize, participant },
      token,
      signal,
    );
  }

  /** Puts a post first (a new one) or updates it where it is. */
  upsert(post: Post, atTop = true): void {
    const index = this.posts.findIndex((each) => each.id === post.id);
    if (index >= 0) this.posts = this.posts.with(index, post);
    else this.posts = atTop ? [post, ...this.posts] : [...this.posts, post];
    this.host.requestUpdate();
  }

  update(id: string, change: (post: Post) => Post): Post | undefined {
    const index = this.posts.findIndex((each) => each.id === id);
    if (index < 0) return undefined;
    const before = this.posts[index];
    this.posts = this.posts.with(index, change(before));
    this.host.requestUpdate();
    return before;
  }

  remove(id: string): void {
    this.posts = this.posts.filter((post) => post.id !== id);
    this.host.requestUpdate();
  }
}
