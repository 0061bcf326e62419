import type { PostSort, PostStatusFilter } from '@copro/protocol';
import type { ReactiveController } from 'lit';
import type { BoardParts } from './board-parts.ts';
import type { ListContext } from './list-view.ts';
import type { ListChoices } from './posts-controller.ts';

/** What the list's choices need beyond the shared parts. */
export interface ListChoicesParts extends BoardParts {
  /** Staff choices (which posts by visibility, only overdue promises), when staff are moderating. */
  staffChoices(): Pick<ListChoices, 'visibility' | 'overdue'>;
  /** Tells staff work about a failed read (a refused token signs out). */
  failed(error: unknown): void;
}

/**
 * The list's sort and filters, and reading the list again when they change: once a choice has
 * settled, with one announcement of how many posts show. Also "Show more posts".
 */
export class ListChoicesController implements ReactiveController {
  /** How long a sort or filter choice must stay put before the list reloads. */
  static settleMs = 400;

  sort: PostSort = 'newest';
  status: PostStatusFilter | '' = '';
  category = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly c: ListChoicesParts) {
    c.host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  get choices(): ListChoices {
    return { sort: this.sort, status: this.status || undefined, category: this.category || undefined, ...this.c.staffChoices() };
  }

  /** The list's part of the list view: the current choices and what changing them does. */
  get view(): Pick<ListContext, 'sort' | 'statusFilter' | 'categoryFilter' | 'onSort' | 'onStatus' | 'onCategory' | 'onRetry' | 'onMore'> {
    const value = (event: Event) => (event.target as HTMLSelectElement).value;
    return {
      sort: this.sort,
      statusFilter: this.status,
      categoryFilter: this.category,
      onSort: (event) => this.#choose({ sort: value(event) as PostSort }),
      onStatus: (event) => this.#choose({ status: value(event) as PostStatusFilter | '' }),
      onCategory: (event) => this.#choose({ category: value(event) }),
      onRetry: () => void this.reload(),
      onMore: this.#more,
    };
  }

  /** Reads the first page again with the current choices and says how many posts show. */
  async reload(): Promise<void> {
    const { posts, t } = this.c;
    try {
      if (!(await posts.reload(this.choices))) return;
      const count = posts.posts.length;
      this.c.announce(count ? t()(posts.nextCursor ? 'posts.showingMore' : 'posts.showing', { count }) : t()('posts.noMatch'), true);
    } catch (error) {
      this.c.reportError(error);
      this.c.failed(error);
    }
  }

  /**
   * Arrow keys on a closed select change its value at every step (Chromium on Linux, Firefox), so
   * the list reloads once the choice has settled: one request, and one announcement of the count.
   */
  reloadSoon(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.reload(), ListChoicesController.settleMs);
  }

  #choose(change: Partial<Pick<ListChoicesController, 'sort' | 'status' | 'category'>>): void {
    Object.assign(this, change);
    this.c.host.requestUpdate();
    this.reloadSoon();
  }

  readonly #more = async () => {
    try {
      const added = await this.c.posts.more(this.choices);
      if (added.length) {
        this.c.announce(this.c.t()('posts.moreShown', { count: added.length }), true);
        this.c.focus(`#post-${CSS.escape(added[0].id)}`);
      }
    } catch (error) {
      this.c.reportError(error);
    }
  };
}
