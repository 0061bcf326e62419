import { formatDate, heading } from '@copro/core';
import type { AuditEntry, AuditPage, AuditQuery } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ScreenContext } from './context.ts';
import { staffApi } from './staff-api.ts';

type Filters = Pick<AuditQuery, 'staff' | 'action' | 'target'>;
const PAGE_SIZE = 25;

/** "key: value" pairs of what an entry changed, as plain text (never HTML). */
function changesText(changes: AuditEntry['changes']): string {
  return Object.entries(changes)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/**
 * The audit screen (admins): the trail of staff writes, newest first, filtered by staff name,
 * action and item, a page at a time (older and newer), and downloaded as CSV with the same filters.
 */
export class AuditScreen {
  #filters: Filters = {};
  /** The cursors of the pages before this one, so "Newer entries" goes back; the last is this page's. */
  #cursors: Array<string | undefined> = [undefined];
  #error = '';

  readonly #page: Task<readonly [string, string, Filters, string | undefined], AuditPage | undefined>;

  constructor(
    host: ReactiveControllerHost,
    private readonly c: ScreenContext,
  ) {
    this.#page = new Task(host, {
      task: async ([endpoint, token, filters, cursor], { signal }) => {
        if (!token) return undefined;
        try {
          const page = await staffApi.audit(endpoint, { ...filters, cursor, limit: PAGE_SIZE }, token, signal);
          this.#error = '';
          this.c.announce(this.c.t()('audit.loaded', { count: page.items.length }));
          return page;
        } catch (error) {
          this.#error = this.c.failed(error);
          throw error;
        }
      },
      args: () => [this.c.endpoint(), this.c.token(), this.#filters, this.#cursors.at(-1)] as const,
    });
  }

  readonly #apply = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    this.#filters = { staff: value('staff'), action: value('action'), target: value('target') };
    this.#cursors = [undefined];
    this.c.requestUpdate();
  };

  /** A reset button: the browser empties the fields, and the unfiltered first page is read. */
  readonly #clear = () => {
    this.#filters = {};
    this.#cursors = [undefined];
    this.c.requestUpdate();
    this.c.focus('#audit-staff');
  };

  readonly #older = () => {
    const next = this.#page.value?.nextCursor;
    if (!next) return;
    this.#cursors = [...this.#cursors, next];
    this.c.requestUpdate();
    this.c.focus('#audit-caption');
  };

  readonly #newer = () => {
    if (this.#cursors.length < 2) return;
    this.#cursors = this.#cursors.slice(0, -1);
    this.c.requestUpdate();
    this.c.focus('#audit-caption');
  };

  readonly #download = async () => {
    try {
      await staffApi.downloadAudit(this.c.endpoint(), this.#filters, this.c.token());
      this.c.announce(this.c.t()('audit.exported'));
    } catch (error) {
      this.#error = this.c.failed(error);
      this.c.requestUpdate();
    }
  };

  #renderTable(page: AuditPage) {
    const t = this.c.t();
    const number = this.#cursors.length;
    if (!page.items.length && number === 1) return html`<p id="audit-caption" tabindex="-1">${t('audit.none')}</p>`;
    return html`<div class="table-wrap" role="region" aria-labelledby="audit-caption" tabindex="0">
        <table part="audit-table">
          <caption id="audit-caption" tabindex="-1">${number === 1 ? t('audit.caption') : t('audit.captionPage', { page: t.number(number) })}</caption>
          <thead>
            <tr>
              <th scope="col">${t('audit.at')}</th>
              <th scope="col">${t('audit.staff')}</th>
              <th scope="col">${t('audit.action')}</th>
              <th scope="col">${t('audit.target')}</th>
              <th scope="col">${t('audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.map(
              (entry) => html`<tr>
                <td><time datetime=${entry.at}>${formatDate(entry.at, t.lang, { dateStyle: 'medium', timeStyle: 'short' })}</time></td>
                <th scope="row"><bdi dir="auto">${entry.staff}</bdi></th>
                <td><code>${entry.action}</code></td>
                <td class="break"><bdi dir="auto">${entry.target}</bdi></td>
                <td class="break"><bdi dir="auto">${changesText(entry.changes)}</bdi></td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <nav class="buttons" part="audit-paging" aria-label=${t('audit.caption')}>
        ${number > 1 ? html`<button type="button" @click=${this.#newer}>${t('audit.newer')}</button>` : nothing}
        ${page.nextCursor ? html`<button type="button" @click=${this.#older}>${t('audit.older')}</button>` : nothing}
      </nav>`;
  }

  render() {
    const t = this.c.t();
    const page = this.#page.value;
    const f = this.#filters;
    return html`<section part="audit-screen" aria-labelledby="audit-heading">
      ${heading(this.c.headingLevel(), t('audit.heading'), { id: 'audit-heading' })}
      <p>${t('audit.intro')}</p>
      <form part="audit-filters" class="filters" @submit=${this.#apply} aria-label=${t('audit.filters')}>
        <div class="field">
          <label for="audit-staff">${t('audit.filter.staff')}</label>
          <input id="audit-staff" name="staff" type="text" maxlength="200" dir="auto" autocomplete="off" .value=${f.staff ?? ''} />
        </div>
        <div class="field">
          <label for="audit-action">${t('audit.filter.action')}</label>
          <span class="hint" id="audit-action-hint">${t('audit.filter.actionHint')}</span>
          <input id="audit-action" name="action" type="text" maxlength="100" autocomplete="off" spellcheck="false" aria-describedby="audit-action-hint" .value=${f.action ?? ''} />
        </div>
        <div class="field">
          <label for="audit-target">${t('audit.filter.target')}</label>
          <span class="hint" id="audit-target-hint">${t('audit.filter.targetHint')}</span>
          <input id="audit-target" name="target" type="text" maxlength="300" autocomplete="off" spellcheck="false" aria-describedby="audit-target-hint" .value=${f.target ?? ''} />
        </div>
        <div class="buttons">
          <button class="primary" type="submit">${t('audit.filter.apply')}</button>
          <button type="reset" @click=${this.#clear}>${t('audit.filter.clear')}</button>
          <button type="button" part="audit-export" @click=${this.#download}>${t('audit.export')}</button>
        </div>
      </form>
      ${this.#error ? html`<p class="error" role="alert">${this.#error}</p>` : nothing}
      ${page === undefined ? html`<p>${t('loading')}</p>` : this.#renderTable(page)}
    </section>`;
  }
}
