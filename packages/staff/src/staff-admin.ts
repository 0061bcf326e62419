import { Announcer, CoproElement, CoproRequestError, errorMessageKey, fieldStyles, formatDate, StaffSession, StaffSignIn, translateIsolated } from '@copro/core';
import { roleAllows, type WaitingCount } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { AuditScreen } from './audit-screen.ts';
import { EvidenceScreen } from './evidence-screen.ts';
import { PrintScreen } from './print-screen.ts';
import { RetentionScreen } from './retention-screen.ts';
import type { ScreenContext } from './context.ts';
import { messages } from './messages.ts';
import { staffApi } from './staff-api.ts';
import { StaffScreen } from './staff-screen.ts';
import { printStyles, staffStyles } from './styles.ts';

/**
 * @summary The staff page's own corner: who is signed in and what their role may do, how many posts wait for moderation, and for admins the staff and audit screens.
 *
 * Signs in with the page's one staff session for the endpoint (a token typed here, or in any staff
 * element of the same endpoint, serves them all; kept in `sessionStorage` only while the tab is open).
 * Shows the name and role from `GET /v1/staff/me`, and only what that role allows:
 * - everyone: with `board`, the count of posts waiting for moderation (`GET /v1/boards/{board}/waiting`);
 * - admins: the staff screen (named staff in a table; add one with a role, the token shown once with a
 *   copy button; revoke with a confirmation), how long personal data is kept (the default period;
 *   the periods of clarity answers and of the audit trail, which they can change) and the audit
 *   screen (newest first; filters by staff, action and item; older and newer pages; CSV download
 *   with the same filters).
 * - everyone: with `room`, what backs each group of that room's checklist (the channels and events
 *   staff tagged it with, and how many posts and ratings came from them); moderators and admins tag.
 * - everyone, with `board`: paper forms and posters. A one-page paper form for the board (its title,
 *   its categories as tick boxes, a large box to write in, the privacy line for paper, and where to
 *   hand it back, which staff type here and which is kept only in the page), and a one-page poster
 *   with a QR code of the board's page (its `pageUrl`, or an address staff type) and the address as
 *   text. Each shows on screen as it prints; its "Print" button prints only that sheet, on A4, black
 *   on white (while printing, the host has `data-copro-print` and the document a print stylesheet
 *   that hides the rest of the page). The QR code is made on the device, by `uqr`, loaded with the poster.
 *
 * Loaded only on pages that show it: readers' pages never download it.
 *
 * @csspart token - The staff token field (signed out).
 * @csspart who - Who is signed in, their role and the sign-out button.
 * @csspart waiting - The count of posts waiting for moderation.
 * @csspart evidence-screen - What backs each group of the room's checklist (with `room`).
 * @csspart evidence-list - The list of groups, each with its tags and counts.
 * @csspart evidence-form - The form that tags a group with channels and events (moderators and admins).
 * @csspart staff-screen - The staff screen (admins).
 * @csspart staff-table - The table of named staff.
 * @csspart add-staff - The form that adds a staff member.
 * @csspart new-token - The panel that shows a new token, once.
 * @csspart retention-screen - How long personal data is kept (admins): the server's default period, and the periods of clarity answers and the audit trail.
 * @csspart retention-form - The form that changes those periods.
 * @csspart audit-screen - The audit screen (admins).
 * @csspart audit-filters - The audit trail's filters and CSV download.
 * @csspart audit-export - The CSV download button.
 * @csspart audit-table - The table of audit entries.
 * @csspart audit-paging - The older and newer page buttons.
 * @csspart print-screen - Paper forms and posters (with `board`).
 * @csspart paper-form - The paper form (on screen as it prints).
 * @csspart poster - The poster (on screen as it prints).
 * @csspart qr - The poster's QR code (an SVG image).
 */
export class CoproStaffAdmin extends CoproElement {
  static override styles = [...CoproElement.styles, fieldStyles, staffStyles, printStyles];
  protected static override messages = messages;

  /** The service staff sign in to. */
  @property() endpoint = '';
  /** A board whose moderation queue is counted (optional). */
  @property() board = '';
  /** A room whose checklist's evidence is shown (optional). */
  @property() room = '';

  readonly #announcer = new Announcer(this, 0);
  readonly #session = new StaffSession(this, () => this.endpoint);
  readonly #signIn = new StaffSignIn({
    host: this,
    session: this.#session,
    t: () => this.t,
    focus: (selector) => this.focusAfterUpdate(selector),
    signedIn: () => this.focusAfterUpdate('#sign-out'),
  });
  #screens?: { staff: StaffScreen; retention: RetentionScreen; audit: AuditScreen };
  readonly #print: PrintScreen;

  readonly #context: ScreenContext = {
    t: () => this.t,
    endpoint: () => this.endpoint,
    token: () => (this.#session.identity?.role === 'admin' ? this.#session.token : ''),
    headingLevel: () => this.headingLevel,
    announce: (text) => this.#announcer.announce(text, true),
    failed: (error) => this.#failure(error),
    focus: (selector) => this.focusAfterUpdate(selector),
    requestUpdate: () => this.requestUpdate(),
  };

  readonly #evidence = new EvidenceScreen(this, {
    ...this.#context,
    token: () => this.#session.token,
    room: () => this.room,
    canTag: () => roleAllows(this.#session.identity?.role ?? 'viewer', 'moderator'),
  });

  constructor() {
    super();
    this.#print = new PrintScreen(this, { ...this.#context, board: () => this.board, signedIn: () => this.#session.signedIn });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#print.stop();
  }

  /** The moderation queue's length, read whenever the board, the endpoint or the token changes. */
  readonly #waiting = new Task(this, {
    task: async ([endpoint, board, token], { signal }): Promise<WaitingCount | undefined> => {
      if (!board || !token) return undefined;
      try {
        return await staffApi.waiting(endpoint, board, token, signal);
      } catch (error) {
        this.#session.failed(error);
        throw error;
      }
    },
    args: () => [this.endpoint, this.board, this.#session.token] as const,
  });

  /** Reads the waiting count again. */
  refresh(): Promise<unknown> {
    return this.#waiting.run();
  }

  #failure(error: unknown): string {
    if (this.#session.failed(error) === 'forbidden') return this.t('forbidden');
    return this.t(errorMessageKey(error instanceof CoproRequestError ? error : new CoproRequestError('network', String(error))));
  }

  readonly #signOut = () => {
    this.#session.signOut();
    this.#signIn.reset();
    this.focusAfterUpdate('#token');
  };

  #renderWho() {
    const identity = this.#session.identity;
    const role = identity?.role;
    // The environment's admin token has no person's name (a version 1 server answers none).
    const named = identity && identity.name && identity.name !== 'COPRO_ADMIN_TOKEN';
    const who = named
      ? translateIsolated(this.t, 'who.signedIn', { name: identity.name }, { role: this.t(`role.${identity.role}`) })
      : identity
        ? this.t('who.signedInUnnamed')
        : this.t('signIn.checking');
    return html`<div part="who">
      <p class="who"><span id="who">${who}</span> <button id="sign-out" type="button" @click=${this.#signOut}>${this.t('signIn.signOut')}</button></p>
      ${role ? html`<p>${this.t('role.viewer.can')}${role !== 'viewer' ? html` ${this.t('role.moderator.can')}` : nothing}${role === 'admin' ? html` ${this.t('role.admin.can')}` : nothing}</p>` : nothing}
    </div>`;
  }

  #renderWaiting() {
    if (!this.board) return nothing;
    return this.#waiting.render({
      pending: () => html`<p part="waiting">${this.t('loading')}</p>`,
      complete: (count) =>
        count
          ? html`<p part="waiting" class="waiting">
              ${count.waiting
                ? translateIsolated(this.t, 'waiting.count', { board: this.board }, { count: count.waiting })
                : translateIsolated(this.t, 'waiting.none', { board: this.board })}
              ${count.oldestAt ? html`<span>${this.t('waiting.oldest', { date: formatDate(count.oldestAt, this.t.lang) })}</span>` : nothing}
            </p>`
          : nothing,
      error: (error) => html`<p part="waiting" class="error">${this.#failure(error)}</p>`,
    });
  }

  protected override render() {
    if (!this.endpoint) return html`<p class="error">${this.t('error.noEndpoint')}</p>`;
    const signedIn = this.#session.signedIn;
    const admin = signedIn && this.#session.identity?.role === 'admin';
    // The admin screens (and their reads) exist only once an admin has signed in on this page.
    if (admin) this.#screens ??= { staff: new StaffScreen(this, this.#context), retention: new RetentionScreen(this, this.#context), audit: new AuditScreen(this, this.#context) };
    return html`
      ${signedIn
        ? this.#renderWho()
        : this.#signIn.render({}, { className: 'who' })}
      ${signedIn ? this.#renderWaiting() : nothing}
      ${signedIn && this.#session.identity ? this.#evidence.render() : nothing}
      <p class="visually-hidden" role="status">${this.#announcer.text}</p>
      ${signedIn ? this.#print.render() : nothing}
      ${admin && this.#screens ? html`${this.#screens.staff.render()}${this.#screens.retention.render()}${this.#screens.audit.render()}` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-staff-admin': CoproStaffAdmin;
  }
}
