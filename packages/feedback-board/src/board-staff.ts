import { CoproRequestError, downloadStaffFile, EndpointClient, errorMessageKey, KioskLinks, routePath, StaffSession, StaffSignIn } from '@copro/core';
import { exportPosts, redactPost, reportedPosts, respondToPost, setPostVisibility, defaultReportsToHide, statusesWithDue, type Post, type ReportedPost } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveController } from 'lit';
import type { BoardParts } from './board-parts.ts';
import { removePersonalData } from './personal-data-remove.ts';
import { sectionOffset } from './view-parts.ts';
import { dueError, localToday, renderOverdueFlag } from './staff-promises-view.ts';
import { QuickEntry } from './staff-entry.ts';
import { renderStaffRecord, StaffRecord } from './staff-record.ts';
import { renderPostFlags, renderRedactButton, renderRedactForm, renderReportedSection, type ModerationContext, type Redactor } from './staff-reports-view.ts';
import { renderResponseEditor, renderSignIn, renderStaffActions, renderStaffToolbar, staffViews, type ResponseEditor, type StaffContext, type StaffView } from './staff-view.ts';

/** The staff words, which come with this module (the board adds them to its translator before it shows any), and the kiosk links panel's. */
export { staffMessages } from './staff/messages.ts';
export { reportMessages } from './report/messages.ts';
export { kioskLinksMessages } from '@copro/core';

/** What the board's staff work needs from the board. */
export interface BoardStaffHost extends BoardParts {
  level(): number;
  /** Loads the list again now (a sign-in), or once the staff's choice has settled (`soon`). */
  reloadList(soon?: boolean): void;
}

/**
 * Staff work on a board: sign-in through the page's shared staff session, the moderation queue
 * and other views, showing and hiding posts, answers, and the CSV export. The board loads this
 * module only with `mode="moderate"`, so readers never download it.
 */
export class BoardStaff implements ReactiveController {
  view: StaffView = 'pending';
  #editors = new Map<string, ResponseEditor>();
  /** The token the list was last loaded with, to reload when the session changes (here or in another element). */
  #seenToken = '';
  readonly #session: StaffSession;
  readonly #signInForm: StaffSignIn;
  readonly #record: StaffRecord;
  /** "Type up responses": posts on someone's behalf, from paper, an event, a call or an email. */
  readonly #entry: QuickEntry;
  /** "Kiosk links for events": a shared tablet's link for this board and an event. */
  readonly #kioskLinks: KioskLinks;
  #redactors = new Map<string, Redactor>();
  /** Posts with reports no moderator has dealt with, read whenever the signed-in token changes and after each decision. */
  readonly #reports: Task<readonly [string, string, string], ReadonlyMap<string, ReportedPost>>;

  constructor(private readonly c: BoardStaffHost) {
    this.#session = new StaffSession(c.host, c.endpoint);
    this.#signInForm = new StaffSignIn({
      host: c.host,
      session: this.#session,
      t: c.t,
      focus: c.focus,
      signedIn: () => {
        this.view = 'pending';
        this.c.announce(this.c.t()('staff.signedIn'));
        this.c.focus('#staff-view');
      },
    });
    this.#entry = new QuickEntry({
      ...c,
      token: () => this.token,
      failed: (error) => this.#failed(error),
      added: () => {
        this.#record.refresh();
        if (this.view !== 'pending' && this.view !== 'hidden' && this.view !== 'overdue') this.c.reloadList(true);
      },
    });
    this.#kioskLinks = new KioskLinks({
      ...c,
      resource: 'board',
      id: c.board,
      headingOffset: sectionOffset,
      token: () => this.token,
      failed: (error) => this.#failed(error),
    });
    this.#record = new StaffRecord(c.host, () => [c.endpoint(), c.board(), this.#session.token] as const, (error) => this.failed(error));
    this.#reports = new Task(c.host, {
      task: async ([endpoint, board, token], { signal }) => {
        if (!token) return new Map();
        try {
          const page = await new EndpointClient(endpoint).call(reportedPosts, { params: { board }, token, signal });
          return new Map(page.items.map((item) => [item.post.id, item]));
        } catch (error) {
          // An endpoint that implements only the original version 1 has no reports: the queue works without them.
          if (error instanceof CoproRequestError && error.status === 404) return new Map();
          this.failed(error);
          throw error;
        }
      },
      args: () => [this.c.endpoint(), this.c.board(), this.#session.token] as const,
    });
    c.host.addController(this);
  }

  get token(): string {
    return this.#session.token;
  }

  /** Which posts staff asked to see (every visibility for `all`). */
  get visibility(): Exclude<StaffView, 'all' | 'overdue'> | undefined {
    return this.view === 'all' || this.view === 'overdue' ? undefined : this.view;
  }

  /** Staff asked for overdue promises only (over every visibility). */
  get overdueOnly(): boolean {
    return this.view === 'overdue';
  }

  hostUpdate(): void {
    const token = this.#session.token;
    if (token === this.#seenToken) return;
    this.#seenToken = token;
    // After this update, not inside it: loading changes what the host renders.
    if (token) queueMicrotask(() => this.c.reloadList());
    else {
      this.#editors = new Map();
      this.#redactors = new Map();
    }
  }

  /** The staff part of the board: the sign-in form, or the toolbar, the reported posts and the list. */
  render(list: () => unknown) {
    const context = this.#context();
    const record = renderStaffRecord(this.#record.value, context.t, context.level, this.#showOverdue);
    const entry = context.canModerate ? html`${this.#entry.render()}${this.#kioskLinks.render()}` : nothing;
    return this.#session.signedIn ? html`${renderStaffToolbar(context)}${entry}${record}${renderReportedSection(this.#moderation())}${list()}` : renderSignIn(context);
  }

  /** Reports, personal-data flags, moderation, redaction and the answer form under one post. */
  tools = (post: Post) => {
    const context = this.#context();
    const moderation = this.#moderation();
    return html`${renderOverdueFlag(post, context.t)}${renderPostFlags(post, moderation)}${renderStaffActions(post, context, renderRedactButton(post, moderation))}${renderRedactForm(post, moderation)}${renderResponseEditor(post, context)}`;
  };

  #moderation(): ModerationContext {
    return {
      t: this.c.t(),
      level: this.c.level(),
      canModerate: this.#session.can('moderator'),
      reported: this.#reports.value ?? new Map(),
      reportsToHide: this.c.posts.board?.reportsToHide ?? defaultReportsToHide,
      redactors: this.#redactors,
      onDecide: this.#decide,
      onToggleRedact: this.#toggleRedact,
      onEditRedact: this.#editRedact,
      onSaveRedact: this.#saveRedact,
    };
  }

  /** Keep a reported post visible, or hide it: either deals with its reports. */
  readonly #decide = async (post: Post, visibility: 'visible' | 'hidden') => {
    try {
      const updated = await new EndpointClient(this.c.endpoint()).call(setPostVisibility, { params: { board: this.c.board(), post: post.id }, body: { visibility }, token: this.token });
      if (this.c.posts.posts.some((each) => each.id === post.id)) this.c.posts.upsert(updated);
      await this.#reports.run();
      this.c.announce(this.c.t()(visibility === 'visible' ? 'staff.reported.kept' : 'staff.hiddenDone'));
      this.c.focus('#reported-heading');
      if (visibility === 'hidden' && this.view === 'visible') this.c.reloadList(true);
    } catch (error) {
      this.#failed(error);
    }
  };

  readonly #toggleRedact = (post: Post) => {
    const next = new Map(this.#redactors);
    const closing = next.has(post.id);
    if (closing) next.delete(post.id);
    else next.set(post.id, { text: removePersonalData(post.body) || post.body });
    this.#redactors = next;
    this.#update();
    this.c.focus(`#${closing ? 'redact' : 'redact-text'}-${CSS.escape(post.id)}`);
  };

  readonly #editRedact = (id: string, text: string) => {
    if (!this.#redactors.has(id)) return;
    this.#redactors = new Map(this.#redactors).set(id, { text });
    this.#update();
  };

  readonly #saveRedact = async (event: Event, post: Post) => {
    event.preventDefault();
    const editor = this.#redactors.get(post.id);
    if (!editor) return;
    const t = this.c.t();
    const body = editor.text.trim();
    if (!body) {
      this.#redactors = new Map(this.#redactors).set(post.id, { ...editor, error: t('staff.redact.empty') });
      this.#update();
      this.c.focus(`#redact-text-${CSS.escape(post.id)}`);
      return;
    }
    try {
      const updated = await new EndpointClient(this.c.endpoint()).call(redactPost, { params: { board: this.c.board(), post: post.id }, body: { body }, token: this.token });
      const next = new Map(this.#redactors);
      next.delete(post.id);
      this.#redactors = next;
      this.c.posts.upsert(updated);
      this.c.announce(t('staff.redact.saved'));
      this.c.focus(`#redact-${CSS.escape(post.id)}`);
    } catch (error) {
      this.#failed(error);
    }
  };

  /** Judges a failed staff read (the board has reported it): a refused token signs the whole page out. */
  failed(error: unknown): void {
    if (this.#session.failed(error) === 'signed-out') this.c.focus('#token');
  }

  #context(): StaffContext {
    const t = this.c.t();
    return {
      t,
      level: this.c.level(),
      signInForm: () =>
        this.#signInForm.render({ hint: t('staff.token.hint') }),
      view: this.view,
      canModerate: this.#session.can('moderator'),
      editors: this.#editors,
      onSignOut: this.#signOut,
      onViewChange: this.#onViewChange,
      onExport: this.#exportCsv,
      onVisibility: this.#setVisibility,
      onToggleEditor: this.#toggleEditor,
      onEditResponse: this.#editResponse,
      onSaveResponse: this.#saveResponse,
      onEditDue: this.#editDue,
      onUpdate: this.#openUpdate,
    };
  }

  #update(): void {
    this.c.host.requestUpdate();
  }

  readonly #signOut = () => {
    this.#session.signOut();
    this.#signInForm.reset();
    this.c.announce(this.c.t()('staff.signedOut'));
    this.c.focus('#token');
  };

  /** From the record: the overdue promises, with focus on the view choice that now says so. */
  readonly #showOverdue = () => {
    this.view = 'overdue';
    this.#update();
    this.c.reloadList();
    this.c.focus('#staff-view');
  };

  readonly #onViewChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value as StaffView;
    this.view = staffViews.includes(value) ? value : 'pending';
    this.#update();
    this.c.reloadList(true);
  };

  /** The one place a staff write's failure is judged: a refused token signs every staff element on the page out. */
  #failed(error: unknown): void {
    this.c.reportError(error);
    const t = this.c.t();
    const outcome = this.#session.failed(error);
    if (outcome === 'signed-out') this.c.focus('#token');
    else this.c.announce(t(errorMessageKey(error)));
  }

  readonly #setVisibility = async (post: Post, visibility: 'visible' | 'hidden') => {
    const posts = this.c.posts;
    try {
      const updated = await new EndpointClient(this.c.endpoint()).call(setPostVisibility, { params: { board: this.c.board(), post: post.id }, body: { visibility }, token: this.token });
      if (this.view !== 'all' && this.view !== visibility) {
        const index = posts.posts.findIndex((each) => each.id === post.id);
        posts.remove(post.id);
        const next = posts.posts[index] ?? posts.posts[index - 1];
        this.c.focus(next ? `#post-${CSS.escape(next.id)}` : '#posts-heading');
      } else {
        posts.upsert(updated);
        this.c.focus(`#post-${CSS.escape(post.id)}`);
      }
      // Showing or hiding a post deals with its reports.
      if (this.#reports.value?.has(post.id)) void this.#reports.run();
      this.c.announce(this.c.t()(visibility === 'visible' ? 'staff.shown' : 'staff.hiddenDone'));
    } catch (error) {
      this.#failed(error);
    }
  };

  readonly #toggleEditor = (post: Post) => {
    const next = new Map(this.#editors);
    const closing = next.has(post.id);
    if (closing) next.delete(post.id);
    else next.set(post.id, { status: post.response?.status ?? 'heard', message: post.response?.message ?? '', due: post.response?.due ?? '' });
    this.#editors = next;
    this.#update();
    this.c.focus(`#${closing ? 'respond' : 'status'}-${CSS.escape(post.id)}`);
  };

  /** "Post an update": the answer form with the status and date as they stand and an empty message. */
  readonly #openUpdate = (post: Post) => {
    const next = new Map(this.#editors);
    const closing = next.get(post.id)?.update === true;
    if (closing) next.delete(post.id);
    else next.set(post.id, { status: post.response?.status ?? 'heard', message: '', due: post.response?.due ?? '', update: true });
    this.#editors = next;
    this.#update();
    this.c.focus(`#${closing ? 'update' : 'message'}-${CSS.escape(post.id)}`);
  };

  readonly #editDue = (id: string, due: string, bad: boolean) => {
    const editor = this.#editors.get(id);
    if (!editor) return;
    // Judged on saving; `dueBad` keeps a half-typed date (which the field reports as empty) from passing for none.
    this.#editors = new Map(this.#editors).set(id, { ...editor, due, dueBad: bad, dueError: undefined });
    this.#update();
  };

  readonly #editResponse = (id: string, change: Partial<ResponseEditor>) => {
    const editor = this.#editors.get(id);
    if (!editor) return;
    this.#editors = new Map(this.#editors).set(id, { ...editor, ...change, error: undefined });
    this.#update();
  };

  readonly #saveResponse = async (event: Event, post: Post) => {
    event.preventDefault();
    const editor = this.#editors.get(post.id);
    if (!editor) return;
    const message = editor.message.trim();
    const dated = statusesWithDue.includes(editor.status);
    const badDate = dated ? dueError(editor.due, Boolean(editor.dueBad), localToday(), this.c.t()) : undefined;
    if (badDate) {
      this.#editors = new Map(this.#editors).set(post.id, { ...editor, dueError: badDate });
      this.#update();
      this.c.focus(`#due-${CSS.escape(post.id)}`);
      return;
    }
    if (editor.status === 'not-doing' && !message) {
      this.#editors = new Map(this.#editors).set(post.id, { ...editor, error: this.c.t()('staff.response.reasonNeeded') });
      this.#update();
      this.c.focus(`#message-${CSS.escape(post.id)}`);
      return;
    }
    try {
      const updated = await new EndpointClient(this.c.endpoint()).call(respondToPost, {
        params: { board: this.c.board(), post: post.id },
        body: { status: editor.status, message, ...(dated && editor.due ? { due: editor.due } : {}) },
        token: this.token,
      });
      const next = new Map(this.#editors);
      next.delete(post.id);
      this.#editors = next;
      this.c.posts.upsert(updated);
      this.#record.refresh();
      this.c.announce(this.c.t()(editor.update ? 'staff.update.saved' : 'staff.response.saved'));
      this.c.focus(`#${editor.update ? 'update' : 'respond'}-${CSS.escape(post.id)}`);
    } catch (error) {
      this.#failed(error);
    }
  };

  /** Downloads every post as CSV (the token goes in a header, so this fetches, then saves). */
  readonly #exportCsv = async () => {
    const board = this.c.board();
    try {
      await downloadStaffFile(this.c.endpoint(), routePath(exportPosts, { board }), this.token, `${board}-posts.csv`);
      this.c.announce(this.c.t()('staff.exported'));
    } catch (error) {
      this.#failed(error instanceof CoproRequestError ? error : new CoproRequestError('network', String(error)));
    }
  };
}
