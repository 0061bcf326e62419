import { CoproElement, EndpointClient, endpointUrl, errorMessageKey, formatDate, formatDueDate, heading, routePath } from '@copro/core';
import { boardAccountability, boardFeed, type Accountability, type AccountabilityPair } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { messages } from './messages.ts';
import { recordStyles } from './styles.ts';

/**
 * @summary A board's public record: what was answered, how fast, and whether the promises were kept.
 *
 * Reads `GET {endpoint}/v1/boards/{board}/accountability` and shows, in words and in a table:
 * how many posts have an answer and how many wait, the median days to a first answer, and the
 * dated promises kept on time, kept late, overdue and not yet due. Below them, the latest
 * "you said, we did" pairs: each post's words beside the answer, with its date and, for a
 * promise, the date it was due (and the plain sentence when it is overdue). A link follows the
 * board's answers as an Atom feed. Everything shown is public: the figures count visible posts only.
 *
 * Without JavaScript the element shows its light-DOM children (it has no default slot): put a
 * link to the board or a published report there.
 *
 * @event copro-error - Loading failed. `detail: { code, message }`.
 *
 * @csspart title - The heading.
 * @csspart summary - The sentences with the figures.
 * @csspart erased - The sentence saying how many answered posts were removed at their authors' request (shown only when some were).
 * @csspart table - The table of figures.
 * @csspart pairs - The list of the latest "you said, we did" pairs.
 * @csspart pair - One pair: the post's words beside the answer.
 * @csspart status - The answer's status word in a pair.
 * @csspart overdue - The sentence saying a promise is overdue.
 * @csspart feed - The link to the Atom feed of answers.
 *
 * @cssprop --copro-color-accent - Colour of links and the retry button.
 * @cssprop --copro-color-warning - Edge of an overdue pair.
 * @cssprop --copro-color-surface - Background of each pair.
 */
export class CoproYouSaidWeDid extends CoproElement {
  static override styles = [...CoproElement.styles, recordStyles];
  protected static override messages = messages;

  /** Base URL of the copro endpoint (absolute, or relative to the page). */
  @property() endpoint = '';

  /** Id of the feedback board whose record is shown. */
  @property() board = '';

  /** How many of the latest "you said, we did" pairs to show (the endpoint sends up to 5); 0 shows only the figures and the feed link. */
  @property({ type: Number }) latest = 5;

  readonly #record = new Task(this, {
    task: async ([endpoint, board]) => {
      if (!endpoint || !board) return undefined;
      try {
        return await new EndpointClient(endpoint).call(boardAccountability, { params: { board } });
      } catch (error) {
        this.reportError(error);
        throw error;
      }
    },
    args: () => [this.endpoint, this.board] as const,
  });

  #renderLatest(latest: AccountabilityPair[]) {
    const t = this.t;
    const count = Math.max(0, Math.floor(Number.isFinite(this.latest) ? this.latest : 5));
    if (count === 0) return nothing;
    const shown = latest.slice(0, count);
    return html`${heading(this.headingLevel, t('latest.heading'), { id: 'latest', offset: 1 })}
      ${shown.length
        ? html`<ol class="pairs" part="pairs" aria-labelledby="latest">${shown.map((pair) => this.#renderPair(pair))}</ol>`
        : html`<p>${t('latest.none')}</p>`}`;
  }

  override render() {
    const t = this.t;
    if (!this.board) return html`<p class="error">${t('missing.board')}</p>`;
    return html`<section aria-labelledby="title">
      ${heading(this.headingLevel, t('title'), { id: 'title', part: 'title' })}
      <p class="intro">${t('record.intro')}</p>
      ${this.#record.render({
        pending: () => html`<p role="status">${t('record.loading')}</p>`,
        error: (error) => html`<p class="error" role="alert">${t(errorMessageKey(error))}</p>
          <button type="button" @click=${() => void this.#record.run()}>${t('retry')}</button>`,
        complete: (record) => (record ? this.#renderRecord(record) : nothing),
      })}
    </section>`;
  }

  #renderRecord(record: Accountability) {
    const t = this.t;
    const total = record.answered + record.waiting;
    const median = record.medianDaysToFirstAnswer;
    const rows: [string, string][] = [
      [t('row.answered'), t.number(record.answered)],
      [t('row.waiting'), t.number(record.waiting)],
      [t('row.median'), median === null ? t('row.median.none') : t.number(median)],
      [t('row.onTime'), t.number(record.promises.onTime)],
      [t('row.late'), t.number(record.promises.late)],
      [t('row.overdue'), t.number(record.promises.overdue)],
      [t('row.open'), t.number(record.promises.open)],
    ];
    return html`<div class="summary" part="summary">
        <p>${total ? t('summary', { answered: record.answered, waiting: record.waiting, count: total }) : t('summary.none')}</p>
        <p>${median === null ? t('record.median.none') : t('median.days', { count: median })}</p>
        ${record.erasedAnswered ? html`<p part="erased">${t('erased', { count: record.erasedAnswered })}</p>` : nothing}
      </div>
      <div class="table-wrap">
        <table part="table">
          <caption>${t('table.caption')}</caption>
          <thead>
            <tr><th scope="col">${t('table.what')}</th><th scope="col">${t('table.number')}</th></tr>
          </thead>
          <tbody>
            ${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}
          </tbody>
        </table>
      </div>
      ${this.#renderLatest(record.latest)}
      <p class="feed">
        <a part="feed" href=${endpointUrl(this.endpoint, routePath(boardFeed, { board: this.board }), { lang: this.t.lang.startsWith('cy') ? 'cy' : 'en' })}
          >${t('feed')}</a
        >
      </p>`;
  }

  #renderPair(pair: AccountabilityPair) {
    const t = this.t;
    const { status, message, respondedAt, due, overdue } = pair.response;
    const dueSentence = due === null || overdue || (status !== 'planned' && status !== 'considering') ? '' : t(`pair.due.${status}`, { date: formatDueDate(t, due) });
    return html`<li class="pair ${overdue ? 'is-overdue' : ''}" part="pair">
      <p class="said"><span class="label">${t('pair.said')}:</span> <bdi>${pair.body}</bdi></p>
      <p class="did">
        <span class="label">${t('pair.did')}:</span> <span class="status status-${status}" part="status">${t(`status.${status}`)}</span>${message
          ? html`. <bdi>${message}</bdi>`
          : nothing}
      </p>
      <p class="meta">${t('pair.date', { date: formatDate(respondedAt, t.lang) })}.${dueSentence ? ` ${dueSentence}` : ''}</p>
      ${overdue && due ? html`<p class="overdue" part="overdue">${t('pair.overdue', { date: formatDueDate(t, due) })}</p>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-you-said-we-did': CoproYouSaidWeDid;
  }
}
