import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { EndpointClient } from '@copro/core';
import type { Board, ListPostsQuery, Post, PostPage } from '@copro/protocol';

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

/** One read of the list: its first page for these choices (`list`), or the page after `cursor` (`more`). */
interface ListRead {
  mode: 'list' | 'more';
  choices: ListChoices;
  cursor?: string;
}

/**
 * The board and its posts, a cursor page at a time. Only the pages asked for are ever held, so a
 * board with thousands of posts costs what one page costs until someone asks for more.
 *
 * Reads are `@lit/task`s run on demand: a newer read of the board, or of the list (a new sort, a
 * further page), aborts the one it supersedes through the task's signal, so its request stops.
 */
export class PostsController {
  board?: Board;
  posts: Post[] = [];
  nextCursor: string | null = null;
  /** The list has been loaded at least once (so an empty list means "no posts"). */
  loaded = false;
  readonly #board: Task<[ListSource], Board>;
  readonly #list: Task<[ListRead], { read: ListRead; page: PostPage }>;
  #listMode: 'list' | 'more' = 'list';
  /** The signal of the read just started (a task calls its function synchronously in `run`). */
  #started?: AbortSignal;
  /** The posts the last `more` added. */
  #added: Post[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Where the list is read from, and as whom (the staff token for staff lists). */
    readonly source: () => ListSource,
  ) {
    this.#board = new Task(host, {
      autoRun: false,
      task: ([from], { signal }) => {
        this.#started = signal;
        return new EndpointClient(from.endpoint).getBoard(from.board, signal);
      },
      onComplete: (board) => (this.board = board),
    });
    this.#list = new Task(host, {
      autoRun: false,
      task: async ([read], { signal }) => {
        this.#started = signal;
        return { read, page: await this.#page(read.choices, read.cursor, signal) };
      },
      onComplete: ({ read, page }) => this.#apply(read, page),
    });
  }

  get client(): EndpointClient {
    return new EndpointClient(this.source().endpoint);
  }

  /** `board`: loading the board; `list`: the first page; `more`: a further page. */
  get loading(): 'board' | 'list' | 'more' | false {
    if (this.#list.status === TaskStatus.PENDING) return this.#listMode;
    return this.#board.status === TaskStatus.PENDING ? 'board' : false;
  }

  /** Why the last read of the board failed (none while it is read again). */
  get boardError(): unknown {
    return this.#board.status === TaskStatus.ERROR ? this.#board.error : undefined;
  }

  /** Why the last read of the list failed (none while it is read again). */
  get listError(): unknown {
    return this.#list.status === TaskStatus.ERROR ? this.#list.error : undefined;
  }

  /**
   * Runs a read: true when it finished and was applied, false when a newer read superseded it
   * (its request was aborted). A failure is kept for the template and thrown.
   */
  async #read<A>(task: Task<[A], unknown>, arg: A): Promise<boolean> {
    const running = task.run([arg]);
    const signal = this.#started!;
    await running;
    if (signal.aborted) return false;
    if (task.status === TaskStatus.ERROR) throw task.error;
    return true;
  }

  async loadBoard(): Promise<Board | undefined> {
    return (await this.#read(this.#board, this.source())) ? this.board : undefined;
  }

  /** Loads the first page for these choices, replacing what is shown; false when a newer read superseded it. */
  reload(choices: ListChoices): Promise<boolean> {
    this.#listMode = 'list';
    return this.#read(this.#list, { mode: 'list', choices });
  }

  /** Adds the next page; answers the posts added (none already shown are repeated). */
  async more(choices: ListChoices): Promise<Post[]> {
    if (!this.nextCursor) return [];
    this.#listMode = 'more';
    this.#added = [];
    return (await this.#read(this.#list, { mode: 'more', choices, cursor: this.nextCursor })) ? this.#added : [];
  }

  #apply(read: ListRead, page: PostPage): void {
    if (read.mode === 'list') {
      this.posts = page.items;
      this.loaded = true;
    } else {
      const shown = new Set(this.posts.map((post) => post.id));
      this.#added = page.items.filter((post) => !shown.has(post.id));
      this.posts = [...this.posts, ...this.#added];
    }
    this.nextCursor = page.nextCursor;
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
