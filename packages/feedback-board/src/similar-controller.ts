import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { similarPosts } from '@copro/core';
import type { Post } from '@copro/protocol';

/** Fewer characters than this say too little to compare. */
const MIN_LENGTH = 12;

/**
 * Looks for posts like the words being typed (the server's trigram search), a moment after
 * typing stops, so people can support an existing post instead of repeating it. The search is a
 * `@lit/task`: a newer search, shorter text or the element leaving aborts the one under way.
 */
export class SimilarController implements ReactiveController {
  posts: Post[] = [];
  #timer?: ReturnType<typeof setTimeout>;
  #lastQuery = '';
  readonly #search: Task<[string], { query: string; items: Post[] }>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { endpoint: string; board: string; participant: string },
    private readonly onFound: (posts: Post[]) => void,
    private readonly delayMs = 400,
  ) {
    host.addController(this);
    this.#search = new Task(host, {
      autoRun: false,
      task: async ([query], { signal }) => {
        const { endpoint, board, participant } = this.source();
        const answer = await similarPosts(endpoint, board, query, 3, participant, signal);
        return { query, items: answer.items };
      },
      onComplete: ({ query, items }) => {
        this.#lastQuery = query;
        this.#set(items);
      },
      // Similar posts are a help, not a need: offline or an older server without search shows none.
      onError: () => {},
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#search.abort();
  }

  search(text: string): void {
    clearTimeout(this.#timer);
    const query = text.trim().slice(0, 500);
    if (query.length < MIN_LENGTH) {
      this.#search.abort();
      this.#lastQuery = '';
      if (this.posts.length) this.#set([]);
      return;
    }
    if (query === this.#lastQuery) return;
    this.#timer = setTimeout(() => void this.#search.run([query]), this.delayMs);
  }

  clear(): void {
    this.search('');
  }

  #set(posts: Post[]): void {
    const before = this.posts.map((post) => post.id).join();
    this.posts = posts;
    this.host.requestUpdate();
    if (posts.map((post) => post.id).join() !== before) this.onFound(posts);
  }

  /** Keeps a shown post in step (after a support change). */
  update(post: Post): void {
    if (!this.posts.some((each) => each.id === post.id)) return;
    this.posts = this.posts.map((each) => (each.id === post.id ? post : each));
    this.host.requestUpdate();
  }
}
