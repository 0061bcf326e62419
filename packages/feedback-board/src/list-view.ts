import { errorMessageKey, heading } from '@copro/core';
import { PostSort, responseStatuses, type Board, type Post, type PostStatusFilter } from '@copro/protocol';
import { html, nothing } from 'lit';
import { renderPost, renderUnsent, type PostContext } from './post-view.ts';
import type { PostsController } from './posts-controller.ts';
import { sectionOffset } from './view-parts.ts';
import type { UnsentPost } from './writes-controller.ts';

/** What the list of posts and its sort and filters need from the board. */
export interface ListContext {
  post: PostContext;
  data: Pick<PostsController, 'loading' | 'listError' | 'loaded' | 'nextCursor'>;
  posts: Post[];
  unsent: UnsentPost[];
  sort: PostSort;
  statusFilter: PostStatusFilter | '';
  categoryFilter: string;
  /** What an empty list says instead of "no posts" or "no match" (staff: the queue is empty). */
  emptyKey?: string;
  onSort(event: Event): void;
  onStatus(event: Event): void;
  onCategory(event: Event): void;
  onRetry(): void;
  onMore(): void;
}

/** The posts, their count, sort and filters, and "Show more posts". */
export function renderList(board: Board, c: ListContext) {
  const { t, level } = c.post;
  const { data } = c;
  const filtered = Boolean(c.statusFilter || c.categoryFilter);
  const count = c.unsent.length + c.posts.length;
  return html`<section aria-labelledby="posts-heading">
    ${heading(level, t('posts.heading'), { id: 'posts-heading', offset: sectionOffset })}
    <div class="controls">
      <div class="field">
        <label for="sort">${t('sort.label')}</label>
        <select id="sort" @change=${c.onSort}>
          ${PostSort.options.map((sort) => html`<option value=${sort} ?selected=${c.sort === sort}>${t(`sort.${sort}`)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="status-filter">${t('filter.status.label')}</label>
        <select id="status-filter" @change=${c.onStatus}>
          <option value="" ?selected=${!c.statusFilter}>${t('filter.status.all')}</option>
          <option value="unanswered" ?selected=${c.statusFilter === 'unanswered'}>${t('filter.status.unanswered')}</option>
          ${responseStatuses.map((status) => html`<option value=${status} ?selected=${c.statusFilter === status}>${t(`status.${status}`)}</option>`)}
        </select>
      </div>
      ${board.categories.length
        ? html`<div class="field">
            <label for="category-filter">${t('filter.category.label')}</label>
            <select id="category-filter" @change=${c.onCategory}>
              <option value="" ?selected=${!c.categoryFilter}>${t('filter.category.all')}</option>
              ${board.categories.map((category) => html`<option value=${category.id} ?selected=${c.categoryFilter === category.id}>${category.label}</option>`)}
            </select>
          </div>`
        : nothing}
    </div>
    ${data.loading === 'list' ? html`<p>${t('loading')}</p>` : nothing}
    ${data.listError
      ? html`<div role="alert"><p class="error">${t(errorMessageKey(data.listError))}</p></div>
          <button type="button" @click=${c.onRetry}>${t('retry')}</button>`
      : nothing}
    ${data.loaded && data.loading !== 'list'
      ? html`<p class="meta" id="posts-count">
          ${count === 0 ? t(c.emptyKey ?? (filtered ? 'posts.noMatch' : 'posts.empty')) : t(data.nextCursor ? 'posts.showingMore' : 'posts.showing', { count })}
        </p>`
      : nothing}
    <ul class="posts" aria-labelledby="posts-heading">
      ${c.unsent.map((post) => renderUnsent(post, c.post))}
      ${c.posts.map((post) => renderPost(post, c.post))}
    </ul>
    ${data.nextCursor && data.loading !== 'list'
      ? html`<button type="button" class="more" part="more" @click=${c.onMore}>${data.loading === 'more' ? t('loading') : t('posts.more')}</button>`
      : nothing}
  </section>`;
}
