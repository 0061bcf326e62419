import { CoproRequestError, downloadStaffFile, EndpointClient, errorMessageKey, formatDate, heading, KioskLinks, routePath, StaffSession, StaffSignIn, translateIsolated } from '@copro/core';
import { exportLadderComments, ladderComments, type LadderComment, type LadderCommentPage, type LadderSummary } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { ShownLadder } from './labels.ts';
import { capitalise, groupName } from './results-view.ts';
import { LadderEntry, type EntryHost } from './staff/entry.ts';

/** What the comments need from the ladder element: what the entry form needs, and a way to report errors. */
export interface CommentsHost extends EntryHost {
  reportError(error: unknown): string;
  /** The ladder's heading level (`heading-level`). */
  level(): number;
}

/** The staff words, and the kiosk links panel's: the ladder adds both before it shows anything staff. */
export { staffMessages } from './staff/messages.ts';
export { kioskLinksMessages } from '@copro/core';

const PAGE = 20;

/**
 * Staff: the comments people left with their ratings, newest first, each with the rating it came
 * with, a page at a time, and a CSV download. Uses the page's one staff session: signing in on the
 * board (or here) signs in every staff element of the page. Loaded only with the `staff` attribute.
 */
export class LadderComments {
  readonly #session: StaffSession;
  #items: LadderComment[] = [];
  #next: string | null = null;
  readonly #signIn: StaffSignIn;
  readonly #read: Task<readonly [string, string, string], LadderCommentPage | undefined>;
  /** Ratings on someone's behalf (moderators and above), shown before the comments. */
  readonly #entry: LadderEntry;
  /** "Kiosk links for events" (moderators and above): a shared tablet's link for this ladder and an event. */
  readonly #kioskLinks: KioskLinks;

  constructor(private readonly c: CommentsHost) {
    this.#entry = new LadderEntry(c);
    this.#session = new StaffSession(c.host, c.endpoint);
    this.#kioskLinks = new KioskLinks({
      ...c,
      resource: 'ladder',
      id: c.ladder,
      headingClass: 'subheading',
      token: () => this.#session.token,
      failed: (error) => {
        this.c.reportError(error);
        this.#session.failed(error);
      },
    });
    this.#signIn = new StaffSignIn({ host: c.host, session: this.#session, t: c.t, focus: c.focus, signedIn: () => c.focus('#comments-heading'), id: 'comments-token' });
    this.#read = new Task(c.host, {
      task: async ([endpoint, ladder, token], { signal }) => {
        if (!token) return undefined;
        const page = await this.#page(endpoint, ladder, token, undefined, signal);
        this.#items = page.items;
        this.#next = page.nextCursor;
        return page;
      },
      args: () => [c.endpoint(), c.ladder(), this.#session.token] as const,
      onError: (error) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        this.c.reportError(error);
        this.#session.failed(error);
      },
    });
  }

  /** The page's staff token for this endpoint ('' when signed out): the ladder reads its results with it too. */
  get token(): string {
    return this.#session.token;
  }

  /** A staff read failed: a refused token signs the page's staff session out (see `StaffSession.failed`). */
  failed(error: unknown): void {
    this.#session.failed(error);
  }

  /**
   * In results read with the staff token: the roles with answers, but fewer than the public needs
   * (`minAnswersToShow`) to see them, named in a note (nothing when there are none).
   */
  hiddenNote(summary: LadderSummary, ladder: ShownLadder, minimum: number) {
    const t = this.c.t();
    const hidden = ladder.roles.filter((role) => {
      const count = summary.byRole[role.id]?.count ?? 0;
      return count > 0 && count < minimum;
    });
    if (!hidden.length) return nothing;
    return html`<div class="hidden-from-public">
      <p>${t('results.staffSees', { count: minimum })}</p>
      <ul>
        ${hidden.map((role) => html`<li>${t('results.hiddenRole', { role: capitalise(groupName(role, t)), count: summary.byRole[role.id].count })}</li>`)}
      </ul>
    </div>`;
  }

  #page(endpoint: string, ladder: string, token: string, cursor?: string, signal?: AbortSignal) {
    return new EndpointClient(endpoint).call(ladderComments, { params: { ladder }, query: { limit: String(PAGE), ...(cursor ? { cursor } : {}) }, token, signal });
  }

  readonly #more = async () => {
    if (!this.#next) return;
    try {
      const page = await this.#page(this.c.endpoint(), this.c.ladder(), this.#session.token, this.#next);
      const first = this.#items.length;
      this.#items = [...this.#items, ...page.items];
      this.#next = page.nextCursor;
      this.c.host.requestUpdate();
      this.c.announce(this.c.t()('comments.moreShown', { count: page.items.length }));
      if (page.items.length) this.c.focus(`#comment-${first}`);
    } catch (error) {
      this.c.reportError(error);
      this.#session.failed(error);
    }
  };

  /** Downloads every comment as CSV (the token goes in a header, so this fetches, then saves). */
  readonly #download = async () => {
    const ladder = this.c.ladder();
    try {
      await downloadStaffFile(this.c.endpoint(), routePath(exportLadderComments, { ladder }), this.#session.token, `${ladder}-comments.csv`);
      this.c.announce(this.c.t()('comments.downloaded'));
    } catch (error) {
      const failure = error instanceof CoproRequestError ? error : new CoproRequestError('network', String(error));
      this.c.reportError(failure);
      this.#session.failed(failure);
    }
  };

  render(level: number, ladder: ShownLadder) {
    const t = this.c.t();
    const label = (list: { id: string; label: string }[], id: string | null) => (id === null ? '' : (list.find((each) => each.id === id)?.label ?? id));
    // How a rating staff typed up reached them; the event's name is what staff typed, so isolated.
    const arrival = ({ channel, event }: LadderComment) =>
      channel === 'event' && event ? translateIsolated(t, 'comments.channel.eventNamed', { event }) : t(`comments.channel.${channel}`);
    const role = (id: string) => {
      const shown = ladder.roles.find((each) => each.id === id);
      return shown ? capitalise(groupName(shown, t)) : id;
    };
    const body = !this.#session.signedIn
      ? this.#signIn.render(
          { hint: t('comments.signInHint') },
          { className: 'comments-sign-in' },
        )
      : this.#read.render({
          pending: () => html`<p>${t('loading')}</p>`,
          error: (error) => html`<p class="error">${t(errorMessageKey(error))}</p>
            <button type="button" @click=${() => void this.#read.run()}>${t('retry')}</button>`,
          complete: () => html`
            <p class="hint" id="comments-count">${this.#items.length ? t(this.#next ? 'comments.showingMore' : 'comments.showing', { count: this.#items.length }) : t('comments.none')}</p>
            <ol class="comments" aria-labelledby="comments-heading">
              ${this.#items.map(
                (item, index) => html`<li id="comment-${index}" tabindex="-1">
                  <p class="comment" dir="auto">${item.comment}</p>
                  <p class="hint">
                    ${t('comments.rating', { role: role(item.role), now: label(ladder.rungs, item.now) })}${item.aim
                      ? html` ${t('comments.aim', { aim: label(ladder.rungs, item.aim) })}`
                      : nothing}
                    · ${formatDate(item.at, t.lang)}${item.channel === 'online' ? nothing : html` · ${arrival(item)}`}
                  </p>
                </li>`,
              )}
            </ol>
            <div class="actions">
              ${this.#next ? html`<button type="button" @click=${this.#more}>${t('comments.more')}</button>` : nothing}
              ${this.#items.length ? html`<button type="button" @click=${this.#download}>${t('comments.download')}</button>` : nothing}
            </div>
          `,
        });
    const links = this.#session.signedIn && this.#session.can('moderator') ? this.#kioskLinks.render() : nothing;
    return html`${this.#entry.render(level, ladder)}${links}<section class="staff-comments" aria-labelledby="comments-heading" part="comments">
      ${heading(level, t('comments.heading'), { id: 'comments-heading', className: 'subheading', offset: 1, tabindex: -1 })}
      ${body}
    </section>`;
  }
}
