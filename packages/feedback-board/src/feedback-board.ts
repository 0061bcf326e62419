import { Announcer, CoproElement, CoproRequestError, EndpointClient, endpointUrl, errorMessageKey, forgetStaffToken, heading, newId, participantId, readStaffToken, saveStaffToken, type OutboxResult } from '@copro/core';
import { PostStatusFilter, PostSort, responseStatuses, type Board, type NewPost, type Post, type ResponseStatus, type SupportState } from '@copro/protocol';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderComposer } from './composer-view.ts';
import { emptyDraft, readDraft, saveDraft, type Draft } from './draft.ts';
import type {} from './events.ts';
import { messages } from './messages.ts';
import { findPersonalData, hasPersonalData, removePersonalData } from './personal-data.ts';
import { renderPost, renderUnsent, sectionOffset } from './post-view.ts';
import { PostsController, type ListChoices } from './posts-controller.ts';
import { SimilarController } from './similar-controller.ts';
import { renderSignIn, renderStaffToolbar, staffViews, type StaffView } from './staff-view.ts';
import { boardStyles } from './styles.ts';
import { WritesController, type UnsentPost } from './writes-controller.ts';

interface ResponseEditor {
  status: ResponseStatus;
  message: string;
  error?: string;
}

/**
 * @summary People post ideas and feedback, support each other's posts, and see the organisation's answers ("you said, we did").
 *
 * Readers see visible posts and their own posts still waiting for moderation, sort and filter them,
 * load more a page at a time, write a post (kept on the device and sent when the endpoint can be
 * reached) and support posts. With `mode="moderate"`, staff sign in with the staff token to
 * moderate, answer and export.
 *
 * Without JavaScript (or before the script runs) the element shows its light-DOM children, and
 * once it runs it hides them (it has no default slot). Put a plain form there that posts to the
 * endpoint's form route, which stores the post and sends the browser back with `#copro-thanks`
 * (or `#copro-not-sent`) for the page to show with `:target` CSS:
 *
 * ```html
 * <copro-feedback-board endpoint="https://api.example.org/copro" board="youth-fund">
 *   <div class="form-message" id="copro-thanks"><p>Thank you: your idea was sent.</p></div>
 *   <div class="form-message" id="copro-not-sent"><p>Your idea was not sent. Try again.</p></div>
 *   <form method="post" action="https://api.example.org/copro/v1/boards/youth-fund/posts/form">
 *     <label for="idea">Your idea</label> <textarea id="idea" name="body" maxlength="1000" required></textarea>
 *     <label for="name">Your first name (optional)</label> <input id="name" name="displayName">
 *     <input type="hidden" name="return" value="https://www.example.org/consultation">
 *     <button>Send my idea</button>
 *   </form>
 * </copro-feedback-board>
 * ```
 *
 * `return` must be on an origin in the server's allow-list. An optional honeypot field named
 * `website` (hidden from people) catches bots. See packages/copro/demo/index.html.
 *
 * @event copro-post-submitted - The server has a new post. `detail: { post }`
 * @event copro-post-queued - A new post is saved on this device until the endpoint can be reached. `detail: { id, body }`
 * @event copro-support-changed - A support was given or withdrawn and the server has it. `detail: { post, supported, supportCount }`
 * @event copro-error - Something failed; `detail: { code, message }` in plain words.
 *
 * @csspart title - The board's title.
 * @csspart composer - The section with the form to write a post.
 * @csspart submit - The button that posts.
 * @csspart personal-data-warning - The warning shown when a post seems to include an email address or phone number.
 * @csspart similar - Posts like the one being written.
 * @csspart post - Each post in the list.
 * @csspart post-body - The words of a post.
 * @csspart badge - Labels on a post: yours, waiting to be checked, hidden, saved on this device.
 * @csspart response - The organisation's answer to a post.
 * @csspart status - The answer's status word (heard, considering, planned, done, not doing).
 * @csspart support-button - The support toggle of a post.
 * @csspart more - The "Show more posts" button.
 * @csspart sign-in - The staff sign-in form.
 *
 * @cssprop --copro-color-accent - Buttons, links and the answer's border.
 * @cssprop --copro-color-surface - Background of answers and notices.
 * @cssprop --copro-board-badge-background - Background of post badges.
 * @cssprop --copro-board-max-width - Widest the board grows (48em).
 */
export class CoproFeedbackBoard extends CoproElement {
  static override styles = [...CoproElement.styles, boardStyles];
  protected static override messages = messages;

  /** Base URL of the copro endpoint (absolute, or relative to the page). */
  @property() endpoint = '';

  /** Id of the board at the endpoint. */
  @property() board = '';

  /** `read` for everyone; `moderate` for staff (asks for the staff token). */
  @property({ reflect: true }) mode: 'read' | 'moderate' = 'read';

  /** Posts per page; "Show more posts" loads the next page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;


  /** @internal */ @state() sort: PostSort = 'newest';
  /** @internal */ @state() statusFilter: PostStatusFilter | '' = '';
  /** @internal */ @state() categoryFilter = '';
  /** @internal */ @state() staffView: StaffView = 'pending';
  /** @internal */ @state() draft: Draft = emptyDraft();
  /** @internal */ @state() bodyError = '';
  /** @internal */ @state() composerNotice = '';
  /** @internal */ @state() tokenError = '';
  /** @internal */ @state() editors = new Map<string, ResponseEditor>();
  @state() private staffToken = '';
  @state() private postMessages = new Map<string, { text: string; kind: 'error' | 'info' }>();

  readonly #announcer = new Announcer(this, 100);
  readonly #countAnnouncer = new Announcer(this, 1000);
  readonly #posts = new PostsController(this, () => ({
    endpoint: this.endpoint,
    board: this.board,
    participant: this.#participant,
    pageSize: Math.min(100, Math.max(1, this.pageSize || 20)),
    token: this.#staff ? this.staffToken : undefined,
  }));
  readonly #writes = new WritesController(this, {
    postSent: (post) => this.#onPostSent(post),
    supportSent: (postId, state) => this.#onSupportSent(postId, state),
  });
  /** @internal */
  readonly similar = new SimilarController(
    this,
    () => ({ endpoint: this.endpoint, board: this.board, participant: this.#participant }),
    (posts) => {
      if (posts.length) this.#announcer.announce(this.t('similar.found', { count: posts.length }));
    },
  );

  /** The translator, public for the template files. @internal */
  override get t() {
    return this.locale.t;
  }

  get #participant(): string {
    return this.endpoint ? participantId(this.endpoint) : '';
  }

  get #staff(): boolean {
    return this.mode === 'moderate';
  }

  get #choices(): ListChoices {
    return {
      sort: this.sort,
      status: this.statusFilter || undefined,
      category: this.categoryFilter || undefined,
      visibility: this.#staff && this.staffView !== 'all' ? this.staffView : undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('endpoint') || changed.has('board') || changed.has('mode')) {
      this.staffToken = this.#staff && this.endpoint ? readStaffToken(this.endpoint) : '';
      this.draft = this.endpoint && this.board ? readDraft(this.endpoint, this.board) : emptyDraft();
      this.#writes.attach(this.endpoint, this.board);
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    if (!this.board || !this.endpoint) return;
    try {
      await this.#posts.loadBoard();
      if (this.#staff && !this.staffToken) return;
      await this.#posts.reload(this.#choices);
    } catch (error) {
      this.reportError(error);
      if (error instanceof CoproRequestError && error.status === 401 && this.#staff) this.#signedOut(this.t('staff.token.wrong'));
    }
  }

  // ---------- rendering ----------

  protected override render() {
    if (!this.board) return html`<p class="error">${this.t('missing.board')}</p>`;
    return html`
      ${this.#renderBody()}
      <div role="status" class="visually-hidden">${this.#announcer.text}</div>
      <div aria-live="polite" class="visually-hidden">${this.#countAnnouncer.text}</div>
    `;
  }

  #renderBody() {
    const t = this.t;
    const data = this.#posts;
    if (!this.endpoint) return html`<p class="error" role="alert">${t('error.noEndpoint')}</p>`;
    if (data.boardError && !data.board) {
      return html`<div role="alert"><p class="error">${t(errorMessageKey(data.boardError))}</p></div>
        <button type="button" @click=${() => void this.#load()}>${t('retry')}</button>`;
    }
    const board = data.board;
    if (!board) return html`<p>${t('loading')}</p>`;
    return html`
      ${heading(this.headingLevel, board.title, { part: 'title' })}
      ${this.#staff
        ? this.staffToken
          ? html`${renderStaffToolbar(this)}${this.#renderList(board)}`
          : renderSignIn(this)
        : html`${board.open ? renderComposer(this, board) : html`<p class="notice">${t('write.closed')}</p>`}
          ${this.#renderList(board)}
          <p class="feed"><a href=${endpointUrl(this.endpoint, `/v1/boards/${encodeURIComponent(this.board)}/feed.atom`, { lang: t.lang.startsWith('cy') ? 'cy' : undefined })}>${t('feed.link')}</a></p>`}
    `;
  }

  #renderList(board: Board) {
    const t = this.t;
    const data = this.#posts;
    const unsent = this.#staff ? [] : this.#writes.unsent;
    const unsentIds = new Set(unsent.map((post) => post.id));
    const posts = data.posts.filter((post) => !unsentIds.has(post.id));
    const filtered = Boolean(this.statusFilter || this.categoryFilter);
    const count = unsent.length + posts.length;
    return html`<section aria-labelledby="posts-heading">
      ${heading(this.headingLevel, t('posts.heading'), { id: 'posts-heading', offset: sectionOffset })}
      <div class="controls">
        <div class="field">
          <label for="sort">${t('sort.label')}</label>
          <select id="sort" @change=${this.#onSortChange}>
            ${PostSort.options.map((sort) => html`<option value=${sort} ?selected=${this.sort === sort}>${t(`sort.${sort}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="status-filter">${t('filter.status.label')}</label>
          <select id="status-filter" @change=${this.#onStatusChange}>
            <option value="" ?selected=${!this.statusFilter}>${t('filter.status.all')}</option>
            <option value="unanswered" ?selected=${this.statusFilter === 'unanswered'}>${t('filter.status.unanswered')}</option>
            ${responseStatuses.map((status) => html`<option value=${status} ?selected=${this.statusFilter === status}>${t(`status.${status}`)}</option>`)}
          </select>
        </div>
        ${board.categories.length
          ? html`<div class="field">
              <label for="category-filter">${t('filter.category.label')}</label>
              <select id="category-filter" @change=${this.#onCategoryFilterChange}>
                <option value="" ?selected=${!this.categoryFilter}>${t('filter.category.all')}</option>
                ${board.categories.map((category) => html`<option value=${category.id} ?selected=${this.categoryFilter === category.id}>${category.label}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
      ${data.loading === 'list' ? html`<p>${t('loading')}</p>` : nothing}
      ${data.listError
        ? html`<div role="alert"><p class="error">${t(errorMessageKey(data.listError))}</p></div>
            <button type="button" @click=${() => void this.#reloadList()}>${t('retry')}</button>`
        : nothing}
      ${data.loaded && data.loading !== 'list'
        ? html`<p class="meta" id="posts-count">
            ${count === 0
              ? this.#staff && this.staffView === 'pending'
                ? t('staff.queue.empty')
                : filtered
                  ? t('posts.noMatch')
                  : t('posts.empty')
              : t(data.nextCursor ? 'posts.showingMore' : 'posts.showing', { count })}
          </p>`
        : nothing}
      <ul class="posts" aria-labelledby="posts-heading">
        ${unsent.map((post) => renderUnsent(this, post))}
        ${posts.map((post) => renderPost(this, post, this.#staff))}
      </ul>
      ${data.nextCursor && data.loading !== 'list'
        ? html`<button type="button" class="more" part="more" @click=${this.#showMore}>${data.loading === 'more' ? t('loading') : t('posts.more')}</button>`
        : nothing}
    </section>`;
  }

  // ---------- helpers the templates use ----------

  /** @internal */
  categoryLabel(id: string): string {
    return this.#posts.board?.categories.find((category) => category.id === id)?.label ?? id;
  }

  /** @internal */
  postMessage(id: string) {
    return this.postMessages.get(id);
  }

  #setPostMessage(id: string, text: string, kind: 'error' | 'info'): void {
    this.postMessages = new Map(this.postMessages).set(id, { text, kind });
  }

  #clearPostMessage(id: string): void {
    if (!this.postMessages.has(id)) return;
    const next = new Map(this.postMessages);
    next.delete(id);
    this.postMessages = next;
  }

  /** The post as the reader will see it once their unsent support change arrives. @internal */
  withPendingSupport(post: Post): Post {
    const pending = this.#writes.pendingSupport.get(post.id);
    if (pending === undefined || pending === post.supported) return post;
    return { ...post, supported: pending, supportCount: Math.max(0, post.supportCount + (pending ? 1 : -1)) };
  }

  // ---------- list choices ----------

  async #reloadList(): Promise<void> {
    try {
      await this.#posts.reload(this.#choices);
      const count = this.#posts.posts.length;
      this.#announcer.announce(count ? this.t(this.#posts.nextCursor ? 'posts.showingMore' : 'posts.showing', { count }) : this.t('posts.noMatch'));
    } catch (error) {
      this.reportError(error);
    }
  }

  /**
   * Arrow keys on a closed select change its value at every step (Chromium on Linux, Firefox), so
   * the list reloads once the choice has settled: one request, and one announcement of the count.
   */
  #reloadListSoon(): void {
    clearTimeout(this.#reloadTimer);
    this.#reloadTimer = setTimeout(() => void this.#reloadList(), CoproFeedbackBoard.choiceSettleMs);
  }
  #reloadTimer?: ReturnType<typeof setTimeout>;
  /** How long a sort or filter choice must stay put before the list reloads. @internal */
  static choiceSettleMs = 400;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#reloadTimer);
  }

  #onSortChange = (event: Event) => {
    this.sort = (event.target as HTMLSelectElement).value as PostSort;
    this.#reloadListSoon();
  };

  #onStatusChange = (event: Event) => {
    this.statusFilter = (event.target as HTMLSelectElement).value as PostStatusFilter | '';
    this.#reloadListSoon();
  };

  #onCategoryFilterChange = (event: Event) => {
    this.categoryFilter = (event.target as HTMLSelectElement).value;
    this.#reloadListSoon();
  };

  #showMore = async () => {
    try {
      const added = await this.#posts.more(this.#choices);
      if (added.length) {
        this.#announcer.announce(this.t('posts.moreShown', { count: added.length }));
        this.focusAfterUpdate(`#post-${CSS.escape(added[0].id)}`);
      }
    } catch (error) {
      this.reportError(error);
    }
  };

  // ---------- writing ----------

  /** @internal */
  onBodyInput = (event: Event) => {
    this.#setDraft({ body: (event.target as HTMLTextAreaElement).value });
    if (this.bodyError) this.bodyError = '';
    const remaining = (this.#posts.board?.maxLength ?? 0) - this.draft.body.length;
    this.#countAnnouncer.announce(remaining < 0 ? this.t('count.over', { count: -remaining }) : this.t('count.remaining', { count: remaining }));
    this.similar.search(this.draft.body);
    const found = hasPersonalData(findPersonalData(this.draft.body));
    if (found && !this.#personalWarned) this.#announcer.announce(this.t('personal.heading'));
    this.#personalWarned = found;
  };
  #personalWarned = false;

  /** @internal */
  onNameInput = (event: Event) => this.#setDraft({ displayName: (event.target as HTMLInputElement).value });

  /** @internal */
  onCategoryChange = (event: Event) => this.#setDraft({ category: (event.target as HTMLSelectElement).value });

  #setDraft(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    saveDraft(this.endpoint, this.board, this.draft);
  }

  /** @internal */
  removePersonalData = () => {
    this.#setDraft({ body: removePersonalData(this.draft.body) });
    this.#personalWarned = false;
    this.#announcer.announce(this.t('personal.removed'));
    this.focusAfterUpdate('#body');
  };

  /** @internal */
  submitPost = async (event: Event) => {
    event.preventDefault();
    const board = this.#posts.board;
    if (!board) return;
    const form = event.target as HTMLFormElement;
    const text = this.draft.body.trim();
    this.composerNotice = '';
    if (!text) this.bodyError = this.t('error.bodyEmpty');
    else if (text.length > board.maxLength) this.bodyError = this.t('error.bodyTooLong', { count: board.maxLength });
    else this.bodyError = '';
    if (this.bodyError) {
      this.focusAfterUpdate('#body');
      return;
    }
    const honeypot = (form.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
    const post: NewPost = {
      id: newId(),
      participant: this.#participant,
      body: text,
      ...(this.draft.category ? { category: this.draft.category } : {}),
      ...(this.draft.displayName.trim() ? { displayName: this.draft.displayName.trim() } : {}),
      ...(honeypot ? { website: honeypot } : {}),
    };
    const kept = this.draft;
    // The outbox holds it from here until the server has it; the form is free for the next post.
    this.#setDraft({ body: '' });
    this.similar.clear();
    this.#announcer.announce(this.t('outbox.sending'), true);
    const result: OutboxResult = await this.#writes.sendPost(post);
    if (result.state === 'queued') {
      this.#announcer.announce(this.t('outbox.queued'), true);
      this.emit('copro-post-queued', { id: post.id, body: post.body });
    } else if (result.state === 'rejected') {
      await this.#writes.discard(post.id);
      this.#restoreDraft(kept);
      this.composerNotice = this.t('draft.restored', { reason: this.reportError(result.error) });
    }
  };

  /** Puts a post that was not sent back in the form, before anything written since, and focuses the text box. */
  #restoreDraft(kept: Draft): void {
    this.#setDraft({
      body: this.draft.body ? `${kept.body}\n\n${this.draft.body}` : kept.body,
      displayName: kept.displayName || this.draft.displayName,
      category: kept.category || this.draft.category,
    });
    this.focusAfterUpdate('#body');
  }

  /** A refused post can go back in the text box only while there is one (readers, open board). @internal */
  get canRestore(): boolean {
    return !this.#staff && Boolean(this.#posts.board?.open);
  }

  /** A post refused after being saved on this device goes back in the text box to be changed. @internal */
  restoreUnsent = async (post: UnsentPost) => {
    await this.#writes.discard(post.id);
    this.#restoreDraft({ body: post.body, displayName: post.displayName ?? '', category: post.category ?? '' });
    this.#announcer.announce(this.t('post.restored'), true);
  };

  #onPostSent(post: Post): void {
    this.#posts.upsert(post);
    this.emit('copro-post-submitted', { post });
    const message = post.visibility === 'pending' ? this.t('post.sentPending') : this.t('post.sent');
    this.#announcer.announce(message, true);
  }

  /** @internal */
  discardUnsent = async (id: string) => {
    await this.#writes.discard(id);
    this.#announcer.announce(this.t('post.discarded'), true);
    this.focusAfterUpdate('#body');
  };

  // ---------- supporting ----------

  /** Optimistic: shows the change at once, rolls it back with a message if the server refuses it. @internal */
  toggleSupport = async (post: Post) => {
    const supported = !post.supported;
    const optimistic = { ...post, supported, supportCount: Math.max(0, post.supportCount + (supported ? 1 : -1)) };
    const before = this.#posts.update(post.id, () => optimistic) ?? post;
    this.similar.update(optimistic);
    this.#clearPostMessage(post.id);
    this.#announcer.announce(this.t(supported ? 'support.added' : 'support.removed'), true);
    const result = await this.#writes.sendSupport(newId(), post.id, this.#participant, supported);
    if (result.state === 'queued') {
      this.#setPostMessage(post.id, this.t('support.queued'), 'info');
    } else if (result.state === 'rejected') {
      await this.#writes.discard(result.id);
      this.#posts.update(post.id, () => before);
      this.similar.update(before);
      const message = this.t('support.failed', { reason: this.t(errorMessageKey(result.error)) });
      this.#setPostMessage(post.id, message, 'error');
      this.#announcer.announce(message, true);
      this.reportError(result.error);
    }
  };

  #onSupportSent(postId: string, state: SupportState): void {
    this.#clearPostMessage(postId);
    const apply = (post: Post) => (post.supported === state.supported ? { ...post, supportCount: state.supportCount } : post);
    const updated = this.#posts.update(postId, apply);
    const similar = this.similar.posts.find((post) => post.id === postId);
    if (similar) this.similar.update(apply(similar));
    if (updated || similar) this.emit('copro-support-changed', { post: postId, supported: state.supported, supportCount: state.supportCount });
  }

  // ---------- staff ----------

  /** @internal */
  signIn = async (event: Event) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    const token = input.value.trim();
    if (!token) {
      this.tokenError = this.t('staff.token.empty');
      this.focusAfterUpdate('#token');
      return;
    }
    try {
      await new EndpointClient(this.endpoint).listPosts(this.board, { visibility: 'pending', limit: 1 }, token);
    } catch (error) {
      this.tokenError = error instanceof CoproRequestError && error.status === 401 ? this.t('staff.token.wrong') : this.t(errorMessageKey(error));
      this.focusAfterUpdate('#token');
      return;
    }
    this.tokenError = '';
    saveStaffToken(this.endpoint, token);
    this.staffToken = token;
    this.staffView = 'pending';
    this.#announcer.announce(this.t('staff.signedIn'), true);
    await this.#reloadList();
    this.focusAfterUpdate('#staff-view');
  };

  /** @internal */
  signOut = () => {
    this.#signedOut();
    this.#announcer.announce(this.t('staff.signedOut'), true);
  };

  #signedOut(error = ''): void {
    forgetStaffToken(this.endpoint);
    this.staffToken = '';
    this.tokenError = error;
    this.editors = new Map();
    this.focusAfterUpdate('#token');
  }

  /** @internal */
  onStaffViewChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value as StaffView;
    this.staffView = staffViews.includes(value) ? value : 'pending';
    this.#reloadListSoon();
  };

  #staffFailed(error: unknown): void {
    this.reportError(error);
    if (error instanceof CoproRequestError && error.status === 401) this.#signedOut(this.t('staff.token.wrong'));
    else this.#announcer.announce(this.t(errorMessageKey(error)), true);
  }

  /** @internal */
  setVisibility = async (post: Post, visibility: 'visible' | 'hidden') => {
    try {
      const updated = await new EndpointClient(this.endpoint).setVisibility(this.board, post.id, { visibility }, this.staffToken);
      const leaves = this.staffView !== 'all' && this.staffView !== visibility;
      if (leaves) {
        const index = this.#posts.posts.findIndex((each) => each.id === post.id);
        this.#posts.remove(post.id);
        const next = this.#posts.posts[index] ?? this.#posts.posts[index - 1];
        this.focusAfterUpdate(next ? `#post-${CSS.escape(next.id)}` : '#posts-heading');
      } else {
        this.#posts.upsert(updated);
        this.focusAfterUpdate(`#post-${CSS.escape(post.id)}`);
      }
      this.#announcer.announce(this.t(visibility === 'visible' ? 'staff.shown' : 'staff.hiddenDone'), true);
    } catch (error) {
      this.#staffFailed(error);
    }
  };

  /** @internal */
  toggleEditor = (post: Post) => {
    const next = new Map(this.editors);
    const closing = next.has(post.id);
    if (closing) next.delete(post.id);
    else next.set(post.id, { status: post.response?.status ?? 'heard', message: post.response?.message ?? '' });
    this.editors = next;
    this.focusAfterUpdate(`#${closing ? 'respond' : 'status'}-${CSS.escape(post.id)}`);
  };

  /** @internal */
  editResponse = (id: string, change: Partial<ResponseEditor>) => {
    const editor = this.editors.get(id);
    if (!editor) return;
    this.editors = new Map(this.editors).set(id, { ...editor, ...change, error: undefined });
  };

  /** @internal */
  saveResponse = async (event: Event, post: Post) => {
    event.preventDefault();
    const editor = this.editors.get(post.id);
    if (!editor) return;
    const message = editor.message.trim();
    if (editor.status === 'not-doing' && !message) {
      this.editors = new Map(this.editors).set(post.id, { ...editor, error: this.t('staff.response.reasonNeeded') });
      this.focusAfterUpdate(`#message-${CSS.escape(post.id)}`);
      return;
    }
    try {
      const updated = await new EndpointClient(this.endpoint).setResponse(this.board, post.id, { status: editor.status, message }, this.staffToken);
      const next = new Map(this.editors);
      next.delete(post.id);
      this.editors = next;
      this.#posts.upsert(updated);
      this.#announcer.announce(this.t('staff.response.saved'), true);
      this.focusAfterUpdate(`#respond-${CSS.escape(post.id)}`);
    } catch (error) {
      this.#staffFailed(error);
    }
  };

  /** Downloads every post as CSV (the token goes in a header, so this fetches, then saves). @internal */
  exportCsv = async () => {
    try {
      const response = await fetch(endpointUrl(this.endpoint, `/v1/boards/${encodeURIComponent(this.board)}/export.csv`), {
        headers: { Authorization: `Bearer ${this.staffToken}` },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!response.ok) throw new CoproRequestError('http', `HTTP ${response.status}`, response.status, response.status === 401 ? 'unauthorized' : '');
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${this.board}-posts.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      this.#announcer.announce(this.t('staff.exported'), true);
    } catch (error) {
      this.#staffFailed(error instanceof CoproRequestError ? error : new CoproRequestError('network', String(error)));
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-feedback-board': CoproFeedbackBoard;
  }
}
