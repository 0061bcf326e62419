/**
 * Live updates of the board (issue 21): reads the board's event stream (core's LiveReader, one
 * stream per browser) and never moves the list under the reader. Supports, answers and changed
 * posts already shown are read again and updated in place; posts others made are offered with a
 * button ("3 new posts: show them", announced politely), which puts them at the top and focuses
 * the first. A public stream never names a pending or hidden post, and the public list never
 * holds one, so neither is ever offered.
 *
 * Staff signed in (`mode="moderate"`) read the stream with the token (a stream of this tab's own,
 * never shared with a reader's), which names every post, and their list is read again as they see
 * it (the queue, hidden posts, ...). New posts wait behind the same button, "2 new posts to
 * moderate: show them" in the queue: a moderator working through the queue with a screen reader
 * keeps their place (inserting at the top would move everything under their reading position, and
 * appending at the foot would break the list's order and go unnoticed past "Show more posts"); the
 * polite announcement says how many are waiting, and one press brings them in with focus on the first.
 */
import { addMessages, EndpointClient, endpointUrl, LiveReader, readAgainMs, routePath, type LiveEvent } from '@copro/core';
import { boardEvents, type Post } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { BoardParts } from './board-parts.ts';
import type { CoproFeedbackBoard } from './feedback-board.ts';
import { liveMessages } from './live/messages.ts';
import type { ListChoicesController } from './list-choices-controller.ts';
import type { ListChoices } from './posts-controller.ts';

/** Events within this long are read together (one read for a burst of supports). */
const GATHER_MS = 100;

/** Each board's live part, and what it follows (endpoint and board). */
const following = new WeakMap<object, () => unknown>();

/**
 * Follows the board's stream, again when the element's endpoint, board or staff token changes
 * (a staff view only while signed in, with the token), and starts and stops with the element.
 * Answers what renders "3 new posts: show them". The element calls it once the board has loaded;
 * none of this is in the bundle readers download first.
 */
export function followBoard(parts: BoardParts, list: Pick<ListChoicesController, 'choices'>): () => unknown {
  const host = parts.host as unknown as CoproFeedbackBoard;
  let render = following.get(host);
  if (render) return render;
  let live: BoardLive | undefined;
  let key = '';
  const follow = () => {
    // The list's own source: the staff token while staff are signed in (none when signed out).
    const { token = '' } = parts.posts.source();
    const next = host.mode === 'moderate' && !token ? '' : `${parts.endpoint()}\n${parts.board()}\n${token}`;
    if (next === key) return;
    live?.close();
    live = undefined;
    if ((key = next))
      void addMessages(host, liveMessages).then(() => {
        // Another board (or endpoint, or token) meanwhile: this one is not followed.
        if (key !== next) return;
        // Back to this key before the words loaded (A, none, A): the first of these calls made it already.
        live?.close();
        live = new BoardLive(parts, () => list.choices, token);
        if (host.isConnected) live.start();
        host.requestUpdate();
      });
  };
  // Removed and put back, the stream resumes from its last event (the server replays what was missed).
  parts.host.addController({ hostUpdate: follow, hostConnected: () => live?.start(), hostDisconnected: () => live?.stop() });
  follow();
  following.set(host, (render = () => live?.render()));
  return render;
}

export class BoardLive {
  /** Posts others made, read but not shown yet. */
  readonly #new = new Map<string, Post>();
  /** Posts events named, not read again yet, with when each was last heard (`#heard`'s count); those that may be new (`post`, `visibility`). */
  readonly #named = new Map<string, number>();
  readonly #maybeNew = new Map<string, number>();
  /** When a `reset` or a catch-up without replay was last heard (anything may have changed), or 0. */
  #everything = 0;
  /** Events heard so far: a read clears only what was heard before it started. */
  #events = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** A read waits on `#timer`. */
  #queued = false;
  /** Started and not stopped: a failed re-read is tried again only then. */
  #running = false;
  /** Re-reads failed in a row. */
  #failures = 0;
  #said = 0;
  /** The view (staff filters, sort) the waiting posts (`#new`) were read for. */
  #view = '';
  readonly #reader: LiveReader;
  readonly #read: Task<[], void>;

  constructor(
    private readonly parts: BoardParts,
    private readonly choices: () => ListChoices,
    /** The staff token: the stream and the reads are staff's (every post); none for readers. */
    private readonly token = '',
  ) {
    this.#reader = new LiveReader({
      url: endpointUrl(parts.endpoint(), routePath(boardEvents, { board: parts.board() })),
      headers: () => (token ? { Authorization: `Bearer ${token}` } : undefined),
      onEvent: (event) => this.#heard(event),
      onResume: () => this.#heard({ type: 'reset', data: {} }),
    });
    this.#read = new Task(parts.host, { autoRun: false, task: (_, { signal }) => this.#readAgainOnFailure(signal) });
  }

  start(): void {
    this.#running = true;
    this.#reader.start();
    // Put back on the page with a read still owed (it failed, or was waiting when removed): read now,
    // since a stream resuming with Last-Event-ID replays only what came after.
    if (this.#named.size || this.#maybeNew.size || this.#everything) this.#readSoon(GATHER_MS);
  }

  stop(): void {
    this.#running = false;
    this.#reader.stop();
    clearTimeout(this.#timer);
    this.#queued = false;
    // A read on its way would land after: on a view no longer shown (staff signed out) or a board
    // off the page. What it was for stays owed, and `start` reads it again.
    this.#read.abort();
  }

  /** Stopped for good (another endpoint, board or token follows): its read leaves the element's controllers. */
  close(): void {
    this.stop();
    this.parts.host.removeController(this.#read);
  }

  /**
   * What the stream named stays unread until a read succeeds (`#refresh` clears it only then), so a
   * read that fails (offline a moment, the server busy) is tried again: without this, the board
   * would stay as it was until the stream's next event, which may never come.
   */
  async #readAgainOnFailure(signal: AbortSignal): Promise<void> {
    try {
      await this.#refresh(signal);
      this.#failures = 0;
    } catch (error) {
      // (A read already on its way, for an event heard meanwhile or the board put back, comes sooner.)
      if (!signal.aborted && this.#running && !this.#queued) this.#readSoon(readAgainMs(this.#failures++));
      throw error;
    }
  }

  #readSoon(ms: number): void {
    clearTimeout(this.#timer);
    this.#queued = true;
    this.#timer = setTimeout(() => {
      this.#queued = false;
      void this.#read.run();
    }, ms);
  }

  #shown(id: string): boolean {
    return this.parts.posts.posts.some((post) => post.id === id) || this.parts.writes.unsent.some((post) => post.id === id);
  }

  #heard({ type, data }: LiveEvent): void {
    const { id } = data;
    const at = ++this.#events;
    if (type === 'reset' || type === 'settings') this.#everything = at;
    else if (!id) return;
    else if (type === 'removed') {
      this.#new.delete(id);
      this.parts.posts.remove(id);
      return;
    } else {
      this.#named.set(id, at);
      if (type === 'post' || type === 'visibility') this.#maybeNew.set(id, at);
    }
    this.#readSoon(GATHER_MS);
  }

  /** Reads the list again past what is shown: shown posts change in place, new ones wait for the button. */
  async #refresh(signal: AbortSignal): Promise<void> {
    const { posts, writes } = this.parts;
    // What was heard up to now, and the reader's own support changes acknowledged up to now.
    const heard = this.#events;
    const since = writes.acked;
    const named = new Set(this.#named.keys());
    const maybeNew = new Set(this.#maybeNew.keys());
    const everything = this.#everything > 0;
    const choices = this.choices();
    // Posts waiting from another view (staff filters, sort) are that view's: start again, nothing said.
    const view = this.#currentView();
    if (view !== this.#view) {
      this.#new.clear();
      this.#said = 0;
      this.#view = view;
    }
    // What this read's answers hold: a waiting post it names and does not find has left the view (approved or hidden elsewhere).
    const found = new Set<string>();
    const newest = posts.posts.reduce((latest, post) => (post.createdAt > latest ? post.createdAt : latest), '');
    const take = (items: Post[]) => {
      for (const post of items) {
        found.add(post.id);
        if (this.#shown(post.id)) {
          // The reader's own support change of the post, newer than this read (on its way, waiting in
          // the outbox, or acknowledged since): the read's "supported" and count would undo it for a moment.
          const newer = (writes.own.get(post.id) ?? 0) > since || writes.pendingSupport.has(post.id);
          if (everything || named.has(post.id)) posts.update(post.id, (shown) => (newer ? { ...post, supported: shown.supported, supportCount: shown.supportCount } : post));
        } else if (!post.mine && (maybeNew.has(post.id) || (everything && post.createdAt > newest))) this.#new.set(post.id, post);
      }
    };
    // The list's first page (as long as what is shown), as this reader (or staff) reads it: the same read as the list's.
    const peek = async ({ sort, status, category, visibility, overdue }: ListChoices, limit: number) => {
      const { items } = await new EndpointClient(this.parts.endpoint()).listPosts(
        this.parts.board(),
        { sort, status, category, visibility, overdue: overdue ? 'true' : undefined, limit, participant: this.parts.participant() },
        this.token || undefined,
        signal,
      );
      // Stopped once the answer was read: it is not applied.
      signal.throwIfAborted();
      return items;
    };
    take(await peek(choices, Math.min(100, Math.max(20, posts.posts.length))));
    // A new post sorts low under "most supported": look for it among the newest too.
    const unread = [...maybeNew].filter((id) => !this.#shown(id) && !this.#new.has(id));
    const gone = [...this.#new.keys()].filter((id) => everything || named.has(id));
    if (choices.sort !== 'newest' && (unread.length || gone.length || everything)) take(await peek({ ...choices, sort: 'newest' }, 20));
    for (const id of gone) if (!found.has(id)) this.#new.delete(id);
    // The view changed while reading: what it read is for the old one.
    if (this.#currentView() !== view) return;
    // An event heard while reading names a change this read may have missed: it is read next time.
    for (const ids of [this.#named, this.#maybeNew]) for (const [id, at] of ids) if (at <= heard) ids.delete(id);
    if (this.#everything <= heard) this.#everything = 0;
    const count = this.#waiting().length;
    if (count && count !== this.#said) this.parts.announce(this.#words(count), true);
    this.#said = count;
    this.parts.host.requestUpdate();
  }

  /** "3 new posts: show them"; in the moderation queue, "3 new posts to moderate: show them" (a staff word, loaded with the staff code). */
  #words(count: number): string {
    return this.parts.t()(this.choices().visibility === 'pending' ? 'staff.live.newPosts' : 'live.newPosts', { count });
  }

  /** The list's view now (staff filters, sort), to tell whether the waiting posts were read for it. */
  #currentView(): string {
    return JSON.stringify(this.choices());
  }

  /** New posts not shown yet, newest first; none once the view has changed since they were read. */
  #waiting(): Post[] {
    if (this.#currentView() !== this.#view) return [];
    return [...this.#new.values()].filter((post) => !this.#shown(post.id)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  #show = (): void => {
    const waiting = this.#waiting();
    for (const post of [...waiting].reverse()) this.parts.posts.upsert(post, true);
    this.#new.clear();
    this.#said = 0;
    if (waiting[0]) this.parts.focus(`article[id="post-${waiting[0].id}"]`);
  };

  render() {
    const count = this.#waiting().length;
    if (!count) return nothing;
    return html`<p class="more"><button type="button" id="new-posts" @click=${this.#show}>${this.#words(count)}</button></p>`;
  }
}
