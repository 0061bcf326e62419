import { Announcer, CoproElement, EndpointClient, errorMessageKey, formatDate, StaffSession, StaffSignIn, translateIsolated } from '@copro/core';
import { Task, TaskStatus } from '@lit/task';
import { clarityReport, type ClarityReport } from '@copro/protocol';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { clarityMessages } from './messages.ts';

/**
 * @summary Staff results of "Was this clear?" for one page: per block, how many found it clear or not, and their comments.
 *
 * Reads `GET /v1/clarity?page=` with the staff token. Staff sign in once per page: the token is
 * typed into a password field (here or in any staff element for the same endpoint, such as a board
 * with `mode="moderate"`) and kept in `sessionStorage` for the endpoint only while the tab is open;
 * a kept token loads the results at once. A refused token signs every staff element out.
 *
 * @csspart token - The staff token field.
 * @csspart table - The table of counts per block.
 * @csspart comments - The comments of one block.
 */
export class CoproClarityReport extends CoproElement {
  static override styles = [
    ...CoproElement.styles,
    css`
      form,
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--_space);
        margin-bottom: calc(var(--_space) * 2);
      }
      .field {
        display: grid;
        gap: calc(var(--_space) / 2);
        flex: 1 1 14em;
        max-inline-size: 24em;
      }
      label {
        font-weight: 700;
      }
      .hint {
        color: var(--_text-secondary);
      }
      .error {
        margin: 0;
      }
      input {
        min-height: var(--_target);
        padding: 0 var(--_space);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
        width: 100%;
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        min-inline-size: min(100%, 24em);
      }
      th,
      td {
        padding: var(--_space);
      }
      td.count {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      [role='heading'] {
        margin: calc(var(--_space) * 2) 0 var(--_space);
        font-weight: 700;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25em;
      }
      li + li {
        margin-top: var(--_space);
      }
      .meta {
        display: block;
        color: var(--_text-secondary);
      }
      .status {
        margin: 0 0 var(--_space);
      }
    `,
  ];
  protected static override messages = clarityMessages;

  /** The service the answers were sent to. */
  @property() endpoint = '';
  /** The page id the answers are filed under: the consultation page's path (e.g. `/`) unless its switch set `page`. */
  @property() page = '/';
  /** The level of the headings above each block's comments. */
  @property({ type: Number, attribute: 'heading-level' }) override headingLevel = 3;

  readonly #announcer = new Announcer(this, 0);
  /** The page's staff session for this endpoint: signing in or out here does so for every staff element on the page. */
  readonly #session = new StaffSession(this, () => this.endpoint);
  readonly #signIn = new StaffSignIn({
    host: this,
    session: this.#session,
    t: () => this.t,
    focus: (selector) => this.focusAfterUpdate(selector),
    // The form gives way to the refresh button: keep keyboard focus on the control that replaced it.
    signedIn: () => this.focusAfterUpdate('.actions button'),
  });
  /** The results, read whenever the page, the endpoint or the signed-in token changes; a superseded read is aborted. */
  readonly #report = new Task(this, {
    task: async ([endpoint, page, token], { signal }) => {
      if (!token) return undefined;
      try {
        const report = await new EndpointClient(endpoint).call(clarityReport, { query: { page }, token, signal });
        this.#announcer.announce(this.t('report.loaded', { count: report.blocks.length }), true);
        return report;
      } catch (error) {
        // A token no longer accepted signs the page's staff out: the form says why, at its field.
        if (this.#session.failed(error) === 'signed-out') this.focusAfterUpdate('#token');
        throw error;
      }
    },
    args: () => [this.endpoint, this.page, this.#session.token] as const,
  });

  /** Loads the results again with the signed-in token. */
  load(): Promise<unknown> {
    return this.#report.run();
  }

  readonly #signOut = () => {
    this.#session.signOut();
    this.#signIn.reset();
    this.focusAfterUpdate('#token');
  };

  #renderReport(report: ClarityReport) {
    if (!report.blocks.length) return html`<p>${this.t('report.empty', { page: report.page })}</p>`;
    const version = (value: string) => this.t(`report.version.${value}`);
    return html`
      <div class="table-wrap">
        <table part="table">
          <caption>${this.t('report.caption', { page: report.page })}</caption>
          <thead>
            <tr><th scope="col">${this.t('report.block')}</th><th scope="col">${this.t('report.clear')}</th><th scope="col">${this.t('report.unclear')}</th></tr>
          </thead>
          <tbody>
            ${report.blocks.map(
              (block) => html`<tr><th scope="row">${this.#blockName(block)}</th><td class="count">${this.t.number(block.clear)}</td><td class="count">${this.t.number(block.unclear)}</td></tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${report.blocks
        .filter((block) => block.comments.length)
        .map(
          (block) => html`<div part="comments">
            <div role="heading" aria-level=${this.headingLevel}>${translateIsolated(this.t, 'report.comments', { block: this.#blockName(block) })}</div>
            <ul>
              ${block.comments.map(
                (comment) => html`<li>
                  <span class="meta">${this.t(comment.clear ? 'report.commentClear' : 'report.commentUnclear', { version: version(comment.version), date: formatDate(comment.createdAt, this.t.lang) })}</span>
                  <bdi>${comment.comment}</bdi>
                </li>`,
              )}
            </ul>
          </div>`,
        )}
    `;
  }

  /** The words a block starts with, as readers saw them, and its id; older answers sent no words. */
  #blockName(block: ClarityReport['blocks'][number]) {
    return block.excerpt ? translateIsolated(this.t, 'report.blockWords', { excerpt: block.excerpt }, { block: block.block }) : block.block;
  }

  protected override render() {
    const signedIn = this.#session.signedIn;
    // Signed out, the form says what went wrong with a token, at its field.
    const status = signedIn
      ? this.#report.render({
          initial: () => this.#announcer.text,
          pending: () => this.t('loading'),
          complete: () => this.#announcer.text,
          error: (error) => this.t(errorMessageKey(error)),
        })
      : this.#announcer.text;
    const failed = signedIn && this.#report.status === TaskStatus.ERROR;
    const report = signedIn ? this.#report.value : undefined;
    return html`
      ${signedIn
        ? html`<div class="actions">
            <button class="primary" type="button" @click=${() => void this.load()}>${this.t('report.refresh')}</button>
            <button type="button" @click=${this.#signOut}>${this.t('report.forget')}</button>
          </div>`
        : this.#signIn.render({ submit: this.t('report.show') })}
      <p class="status ${failed ? 'error' : ''}" role="status">${status}</p>
      ${report ? this.#renderReport(report) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-clarity-report': CoproClarityReport;
  }
}
