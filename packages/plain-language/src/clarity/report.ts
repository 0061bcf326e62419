import { Announcer, CoproElement, CoproRequestError, EndpointClient, errorMessageKey, forgetStaffToken, readStaffToken, saveStaffToken } from '@copro/core';
import type { ClarityReport } from '@copro/protocol';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clarityMessages } from './messages.ts';

/**
 * @summary Staff results of "Was this clear?" for one page: per block, how many found it clear or not, and their comments.
 *
 * Reads `GET /v1/clarity?page=` with the staff token. The token is typed into a password field and
 * kept in `sessionStorage` for the endpoint (only while the tab is open); a stored token loads the
 * results at once. A rejected token is forgotten.
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
        flex: 1 1 14rem;
        max-width: 24rem;
      }
      label {
        font-weight: 700;
      }
      .hint {
        color: var(--_text-secondary);
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
        min-width: min(100%, 24rem);
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
        padding-inline-start: 1.25rem;
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

  @state() private token = '';
  @state() private report?: ClarityReport;
  @state() private loading = false;
  @state() private error = '';
  readonly #announcer = new Announcer(this, 0);

  override connectedCallback(): void {
    super.connectedCallback();
    this.token = this.endpoint ? readStaffToken(this.endpoint) : '';
    if (this.token) void this.load();
  }

  /** Loads (or reloads) the results with the token. */
  async load(): Promise<void> {
    // The button stays enabled (a disabled one would drop keyboard focus); a second press waits its turn.
    if (!this.token || this.loading) return;
    this.loading = true;
    this.error = '';
    try {
      this.report = await new EndpointClient(this.endpoint).getClarity(this.page, this.token);
      this.#announcer.announce(this.t('report.loaded', { count: this.report.blocks.length }), true);
    } catch (error) {
      if (error instanceof CoproRequestError && error.status === 401) this.#forget();
      this.error = this.t(errorMessageKey(error));
    } finally {
      this.loading = false;
    }
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token')!;
    this.token = input.value.trim();
    saveStaffToken(this.endpoint, this.token);
    void this.load();
    // The form gives way to the refresh button: keep keyboard focus on the control that replaced it.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.actions button')?.focus());
  }

  #forget(): void {
    this.token = '';
    this.report = undefined;
    forgetStaffToken(this.endpoint);
  }

  readonly #forgetAndFocus = async () => {
    this.#forget();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#token')?.focus();
  };

  #renderTokenForm() {
    return html`<form @submit=${this.#submit}>
      <div class="field">
        <label for="token">${this.t('report.token')}</label>
        <span class="hint" id="token-hint">${this.t('report.tokenHint')}</span>
        <input part="token" id="token" type="password" autocomplete="off" spellcheck="false" aria-describedby="token-hint" required />
      </div>
      <button class="primary" type="submit">${this.t('report.show')}</button>
    </form>`;
  }

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
            <div role="heading" aria-level=${this.headingLevel}>${this.t('report.comments', { block: this.#blockName(block) })}</div>
            <ul>
              ${block.comments.map(
                (comment) => html`<li>
                  <span class="meta">${this.t(comment.clear ? 'report.commentClear' : 'report.commentUnclear', { version: version(comment.version), date: this.t.date(comment.createdAt) })}</span>
                  ${comment.comment}
                </li>`,
              )}
            </ul>
          </div>`,
        )}
    `;
  }

  /** The words a block starts with, as readers saw them, and its id; older answers sent no words. */
  #blockName(block: ClarityReport['blocks'][number]): string {
    return block.excerpt ? this.t('report.blockWords', { excerpt: block.excerpt, block: block.block }) : block.block;
  }

  protected override render() {
    return html`
      ${this.token
        ? html`<div class="actions">
            <button class="primary" type="button" @click=${() => void this.load()}>${this.t('report.refresh')}</button>
            <button type="button" @click=${this.#forgetAndFocus}>${this.t('report.forget')}</button>
          </div>`
        : this.#renderTokenForm()}
      <p class="status ${this.error ? 'error' : ''}" role="status">${this.loading ? this.t('loading') : this.error || this.#announcer.text}</p>
      ${this.report ? this.#renderReport(this.report) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-clarity-report': CoproClarityReport;
  }
}
