import { Announcer, CoproElement, endpointUrl, errorMessageKey, ForgetMe, forgetMeStyles, heading, participantId, routePath, type Translator } from '@copro/core';
import { boardFeed } from '@copro/protocol';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BoardParts } from './board-parts.ts';
import type { BoardStaff } from './board-staff.ts';
import type { BoardKiosk } from './kiosk.ts';
import { ComposerController } from './composer-controller.ts';
import { renderComposer } from './composer-view.ts';
import type {} from './events.ts';
import { renderList } from './list-view.ts';
import { messages } from './messages.ts';
import type { PostContext } from './post-view.ts';
import { ListChoicesController } from './list-choices-controller.ts';
import { PostsController } from './posts-controller.ts';
import { followLive, lazyReports, lazySimilar, loadStaff, startKiosk } from './on-demand.ts';
import { boardStyles } from './styles.ts';
import { SupportController } from './support-controller.ts';
import { WritesController } from './writes-controller.ts';

/**
 * @summary People post ideas and feedback, support each other's posts, and see the organisation's answers ("you said, we did").
 *
 * Readers see visible posts and their own posts still waiting for moderation, sort and filter them,
 * load more a page at a time, write a post (kept on the device and sent when the endpoint can be
 * reached) and support posts. With `mode="moderate"`, staff sign in with the staff token to
 * moderate, answer and export; that staff code loads only then, so readers never download it. One
 * sign-in serves every staff element for the same endpoint on the page (a clarity report, say),
 * and signing out in one signs out all.
 *
 * Live: with the board's stream (`GET /v1/boards/{board}/events`), supports and answers change in
 * place and posts others make wait behind "3 new posts: show them"; without one, nothing changes.
 * Staff signed in read the stream with the token, so posts waiting for moderation are offered too
 * ("1 new post to moderate: show it").
 *
 * Without JavaScript (or before the script runs) the element shows its light-DOM children and hides
 * them once it runs: put a plain form there that posts to the endpoint's form route (see "A board
 * that works without JavaScript" in docs/embedding.md, and packages/copro/demo/index.html).
 *
 * With `kiosk`, a shared tablet at an event (its code loads only then): a kiosk link's key
 * (`#copro-key=`) marks new posts and supports with the `event` channel and the event's name; each
 * person is a fresh participant kept only in memory, with no draft; a thank-you screen after each
 * post, and a countdown to a clean start after a quiet spell that anyone can stop. See docs/guide-charity.md.
 *
 * @attr idle - Kiosk mode: seconds without a touch, key or scroll before the countdown to a clean start (default 120). The countdown lasts 30 seconds, or `idle` seconds when that is shorter: keep it at 20 or more (WCAG 2.2.1) except in tests and demos.
 *
 * @event copro-post-submitted - The server has a new post. `detail: { post }`
 * @event copro-post-queued - A new post is saved on this device until the endpoint can be reached. `detail: { id, body }`
 * @event copro-support-changed - A support was given or withdrawn and the server has it. `detail: { post, supported, supportCount }`
 * @event copro-error - Something failed; `detail: { code, message }` in plain words.
 * @event copro-forgotten - "Forget me on this device" was used: this device forgot the participant id, drafts and unsent writes. `detail: { erased }` (the counts deleted from the service, or null)
 *
 * @csspart title - The board's title.
 * @csspart composer - The section with the form to write a post.
 * @csspart confirmation - The success panel after posting: sent, or saved on this device, what happens next and a link to the post. Its heading takes focus.
 * @csspart submit - The button that posts.
 * @csspart personal-data-warning - The warning shown when a post seems to include an email address or phone number.
 * @csspart similar - Posts like the one being written.
 * @csspart post - Each post in the list.
 * @csspart post-body - The words of a post.
 * @csspart badge - Labels on a post: yours, waiting to be checked, hidden, saved on this device.
 * @csspart response - The organisation's answer to a post.
 * @csspart status - The answer's status word (heard, considering, planned, done, not doing).
 * @csspart overdue - The sentence saying a promised date has passed without word of what happened.
 * @csspart history - The answer's history: each answer and update, oldest first.
 * @csspart support-button - The support toggle of a post.
 * @csspart report - "Report this post" under a post, and its short form (a reason from a list).
 * @csspart more - The "Show more posts" button.
 * @csspart sign-in - The staff sign-in form.
 * @csspart token - The staff token field of the sign-in form.
 * @csspart reported - Staff: the reported posts everyone can still see, with "Keep it visible" and "Hide".
 * @csspart reports - Staff: under a post, how many times and why readers reported it.
 * @csspart personal-data-flag - Staff: under a post, the flag that its words seem to include an email address or phone number.
 * @csspart overdue-flag - Staff: under a post, the plain-words flag that its promised date has passed.
 * @csspart staff-record - Staff: the board's record (answered, waiting, promises) and new voices by month, folded under the toolbar.
 * @csspart quick-entry - Staff (moderators): "Type up responses", the button and the form that adds posts on someone's behalf from paper, an event, a phone call or an email.
 * @csspart kiosk-links - Staff (moderators): "Kiosk links for events", the button and the section that makes a kiosk link for a shared tablet (the event's name, the last day), shows its address to copy, and lists and stops the board's links.
 * @csspart one-address - For staff: the note on a post whose supports came mostly from one internet address.
 * @csspart forget-me - The "Forget me on this device" area at the end of the board.
 * @csspart forget-button - The "Forget me on this device" button.
 * @csspart forget-panel - What forgetting would remove, the choices to also delete what was posted or to keep people for the tab only, and the download of what is stored.
 * @csspart kiosk-thanks - Kiosk mode: the thank-you screen after a post. Its heading takes focus.
 * @csspart kiosk-next - Kiosk mode: the "Start again for the next person" button on the thank-you screen.
 * @csspart kiosk-countdown - Kiosk mode: the countdown to a clean start after a quiet spell, fixed at the foot of the screen.
 * @csspart kiosk-more - Kiosk mode: the countdown's "I need more time" button.
 * @csspart kiosk-expired - Kiosk mode: the notice that the server refused the tablet's kiosk link (expired or revoked): ask staff for a new one.
 * @csspart held-writes - Writes kept on this device longer than a day, offered back: "Send now" or "Discard".
 *
 * @cssprop --copro-color-accent - Buttons, links and the answer's border.
 * @cssprop --copro-color-surface - Background of answers and notices.
 * @cssprop --copro-board-badge-background - Background of post badges.
 * @cssprop --copro-board-max-width - Widest the board grows (48em).
 */
export class CoproFeedbackBoard extends CoproElement {
  static override styles = [...CoproElement.styles, boardStyles, forgetMeStyles];
  protected static override messages = messages;

  /** Base URL of the copro endpoint (absolute, or relative to the page). */
  @property() endpoint = '';
  /** Id of the board at the endpoint. */
  @property() board = '';
  /** `read` (default) for everyone; `moderate` for staff: asks for the staff token, then shows posts waiting to be checked, "Make visible" / "Hide", answers and the CSV export. */
  @property({ reflect: true }) mode: 'read' | 'moderate' = 'read';
  /** A shared tablet at an event: a fresh participant per person, no draft, a thank-you screen and a clean start after each post or a quiet spell (see `idle`). */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /** Posts per page; "Show more posts" loads the next page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Staff work, loaded with `mode="moderate"` only. */
  @state() private staff?: BoardStaff;
  /** Kiosk mode, loaded with `kiosk` only. */
  @state() private kioskMode?: BoardKiosk;

  readonly #announcer = new Announcer(this, 100);
  readonly #countAnnouncer = new Announcer(this, 1000);
  readonly #posts = new PostsController(this, () => ({
    endpoint: this.endpoint,
    board: this.board,
    participant: this.#participant,
    pageSize: Math.min(100, Math.max(1, this.pageSize || 20)),
    token: this.#moderating ? this.staff?.token : undefined,
  }));
  readonly #writes = new WritesController(this, {
    postSent: (post) => {
      this.#posts.upsert(post);
      this.emit('copro-post-submitted', { post });
      this.#composer.sent(post);
    },
    supportSent: (postId, state) => this.#support.sent(postId, state),
    participant: () => (this.kiosk ? this.#participant : undefined),
  });
  readonly #similar = lazySimilar(this, () => ({ endpoint: this.endpoint, board: this.board, participant: this.#participant }), (posts) => {
    if (posts.length) this.#announcer.announce(this.t('similar.found', { count: posts.length }));
  });
  /** What the controllers below share from the element. */
  readonly #parts: BoardParts = {
    host: this,
    t: () => this.t,
    endpoint: () => this.endpoint,
    board: () => this.board,
    participant: () => this.#participant,
    posts: this.#posts,
    similar: this.#similar,
    writes: this.#writes,
    announce: (text, later = false) => this.#announcer.announce(text, !later),
    focus: (selector) => this.focusAfterUpdate(selector),
    reportError: (error) => this.reportError(error),
  };
  readonly #composer = new ComposerController({
    ...this.#parts,
    settings: () => this.#posts.board,
    announceCount: (text) => this.#countAnnouncer.announce(text),
    queued: (post) => this.emit('copro-post-queued', { id: post.id, body: post.body }),
  });
  readonly #list = new ListChoicesController({
    ...this.#parts,
    staffChoices: () => (this.#moderating ? { visibility: this.staff?.visibility, overdue: this.staff?.overdueOnly } : {}),
    failed: (error) => this.staff?.failed(error),
  });
  /** Live updates' "3 new posts: show them" (live-board.ts, loaded once the board has loaded). */
  #fresh?: () => unknown;
  readonly #support = new SupportController({ ...this.#parts, changed: (detail) => this.emit('copro-support-changed', detail) });
  readonly #reports = lazyReports(this.#parts);
  /** "Forget me on this device" (and writes held too long, offered back). */
  readonly #forgetMe = new ForgetMe(this, {
    endpoint: () => this.endpoint,
    participant: () => this.#participant,
    t: () => this.t,
    announce: (text) => this.#announcer.announce(text, true),
    kind: ['post', 'support'],
    match: (write) => write.meta?.board === this.board,
    forgotten: () => {
      // Start clean, and read the list again as the new participant (no "yours", nothing waiting).
      this.#composer.forgotten();
      if (!this.#moderating) void this.#list.reload();
    },
  });

  // A kiosk never makes or uses the device's participant id, not even before its own code loads.
  get #participant(): string { return this.kiosk ? (this.kioskMode?.person ?? '') : this.endpoint ? participantId(this.endpoint) : ''; }
  get #moderating(): boolean { return this.mode === 'moderate'; }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('endpoint') || changed.has('board') || changed.has('mode') || changed.has('kioskMode')) {
      // A kiosk reads and writes only once it has its own participant, never the device's.
      if (this.kiosk && !this.kioskMode) return void this.#loadKiosk();
      this.#composer.attach();
      this.#writes.attach(this.endpoint, this.board);
      this.#forgetMe.follow();
      if (this.#moderating && !this.staff) void this.#loadStaff();
      void this.#load();
    }
  }

  /** The staff module and its words, on demand: readers never download them. */
  async #loadStaff(): Promise<void> {
    const BoardStaff = await loadStaff(this);
    const reloadList = (soon?: boolean) => (soon ? this.#list.reloadSoon() : void this.#list.reload());
    this.staff ??= new BoardStaff({ ...this.#parts, level: () => this.headingLevel, reloadList });
  }

  async #loadKiosk(): Promise<void> {
    const live = [this.#announcer, this.#countAnnouncer];
    const kiosk = await startKiosk({ ...this.#parts, host: this, composer: this.#composer, support: this.#support, list: this.#list, live, closeReports: this.#reports.close });
    this.kioskMode ??= kiosk;
  }

  async #load(): Promise<void> {
    if (!this.board || !this.endpoint) return;
    try {
      await this.#posts.loadBoard();
      // Live updates: a reader's list, or staff's once signed in (with the token, on its own stream).
      void followLive(this.#parts, this.#list).then((render) => (this.#fresh = render));
      // Staff lists wait for a signed-in session; the staff module loads them when there is one.
      if (this.#moderating) return;
      await this.#posts.reload(this.#list.choices);
    } catch (error) {
      this.reportError(error);
    }
  }

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
    if (!board || (this.#moderating && !this.staff) || (this.kiosk && !this.kioskMode)) return html`<p>${t('loading')}</p>`;
    const post = this.#postContext(t);
    // A kiosk never shows one person's unsent words to the next (the outbox still sends them).
    const unsent = this.#moderating || this.kiosk ? [] : this.#writes.unsent;
    const list = () => [
      this.#fresh?.(),
      renderList(board, {
        post,
        data,
        posts: data.posts.filter((each) => !unsent.some((mine) => mine.id === each.id)),
        unsent,
        ...this.#list.view,
        emptyKey: this.#moderating && this.staff?.view === 'pending' ? 'staff.queue.empty' : this.#moderating && this.staff?.view === 'overdue' ? 'staff.overdue.empty' : undefined,
      }),
    ];
    if (this.#moderating && this.staff) return html`${heading(this.headingLevel, html`<bdi>${board.title}</bdi>`, { part: 'title' })}${this.staff.render(list)}`;
    const feed = endpointUrl(this.endpoint, routePath(boardFeed, { board: this.board }), { lang: t.lang.startsWith('cy') ? 'cy' : undefined });
    const page = html`
      ${heading(this.headingLevel, html`<bdi>${board.title}</bdi>`, { part: 'title' })}
      ${board.open ? renderComposer(board, this.#composer.context(post)) : html`<p class="notice">${t('write.closed')}</p>`}
      ${list()}
      ${this.kioskMode ? '' : html`<p class="feed"><a href=${feed}>${t('feed.link')}</a></p>${this.#forgetMe.render()}`}
    `;
    return this.kioskMode ? this.kioskMode.render(page) : page;
  }

  #postContext(t: Translator): PostContext {
    return {
      t,
      level: this.headingLevel,
      staff: this.#moderating,
      showChannel: this.#moderating || Boolean(this.#posts.board?.showChannel),
      categoryLabel: (id) => this.#posts.board?.categories.find((category) => category.id === id)?.label ?? id,
      message: (id) => this.#support.message(id),
      withPendingSupport: (post) => this.#support.withPending(post),
      onSupport: this.#support.toggle,
      canRestore: !this.#moderating && Boolean(this.#posts.board?.open),
      onRestore: this.#composer.restoreUnsent,
      onDiscard: this.#composer.discardUnsent,
      report: this.#moderating ? undefined : this.#reports,
      staffTools: this.staff?.tools,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-feedback-board': CoproFeedbackBoard;
  }
}
