import { CoproRequestError, EndpointClient, formatDate, heading, type Translator } from '@copro/core';
import { assistedChannels, boardAccountability, type Accountability } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { sectionOffset } from './view-parts.ts';

/**
 * Staff: the board's record (the figures of `GET /accountability`, read with the staff token so the
 * new-voices figures come too), read whenever the token changes and after `refresh()`.
 */
export class StaffRecord {
  readonly #task: Task<readonly [string, string, string], Accountability | undefined>;

  constructor(host: ReactiveControllerHost, source: () => readonly [endpoint: string, board: string, token: string], failed: (error: unknown) => void) {
    this.#task = new Task(host, {
      task: async ([endpoint, board, token], { signal }) => {
        if (!token) return undefined;
        try {
          return await new EndpointClient(endpoint).call(boardAccountability, { params: { board }, token, signal });
        } catch (error) {
          // An endpoint that implements only the original version 1 has no record: the staff view works without it.
          if (error instanceof CoproRequestError && error.status === 404) return undefined;
          failed(error);
          throw error;
        }
      },
      args: source,
    });
  }

  get value(): Accountability | undefined {
    return this.#task.value;
  }

  refresh(): void {
    void this.#task.run();
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** "2 (100%)": how many of the month's items came from first-timers, and their share. */
function share(t: Translator, part: number, whole: number) {
  return t('staff.record.share', { count: part, percent: percent(part, whole) });
}

/**
 * The record for staff, folded away under the toolbar: the public figures as a table, new voices
 * per month, how posts arrived (typed online, or typed up by staff), and a way to the overdue promises.
 */
export function renderStaffRecord(record: Accountability | undefined, t: Translator, level: number, onShowOverdue: () => void) {
  if (!record) return nothing;
  const figures: [string, string][] = [
    [t('staff.record.answered'), String(record.answered)],
    [t('staff.record.waiting'), String(record.waiting)],
    [t('staff.record.median'), record.medianDaysToFirstAnswer === null ? t('staff.record.none') : String(record.medianDaysToFirstAnswer)],
    [t('staff.record.onTime'), String(record.promises.onTime)],
    [t('staff.record.late'), String(record.promises.late)],
    [t('staff.record.overdue'), String(record.promises.overdue)],
    [t('staff.record.open'), String(record.promises.open)],
  ];
  const months = record.newVoices ?? [];
  return html`<section class="staff-record" part="staff-record" aria-labelledby="staff-record-heading">
    <details>
      <summary>${heading(level, t('staff.record.heading'), { id: 'staff-record-heading', offset: sectionOffset })}</summary>
      <table class="figures">
        <caption class="visually-hidden">${t('staff.record.heading')}</caption>
        <tbody>
          ${figures.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}
        </tbody>
      </table>
      ${record.promises.overdue > 0 ? html`<p><button type="button" @click=${onShowOverdue}>${t('staff.record.showOverdue')}</button></p>` : nothing}
      ${months.length
        ? html`<table class="new-voices">
            <caption>${t('staff.record.newVoices')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('staff.record.month')}</th>
                <th scope="col">${t('staff.record.posts')}</th>
                <th scope="col">${t('staff.record.firstTimePosts')}</th>
                <th scope="col">${t('staff.record.ratings')}</th>
                <th scope="col">${t('staff.record.firstTimeRatings')}</th>
              </tr>
            </thead>
            <tbody>
              ${months.map(
                (month) => html`<tr>
                  <th scope="row">${formatDate(`${month.month}-15T12:00:00Z`, t.lang, { month: 'long', year: 'numeric' })}</th>
                  <td>${month.posts}</td>
                  <td>${share(t, month.firstTimePosts, month.posts)}</td>
                  <td>${month.ratings}</td>
                  <td>${share(t, month.firstTimeRatings, month.ratings)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <p class="hint">${t('staff.record.newVoicesHint')}</p>`
        : nothing}
      ${record.channels
        ? html`<table class="channels">
            <caption>${t('staff.record.channels')}</caption>
            <tbody>
              ${(['online', ...assistedChannels] as const).map((channel) => html`<tr><th scope="row">${t(channel === 'online' ? 'staff.record.online' : `staff.entry.channel.${channel}`)}</th><td>${record.channels![channel]}</td></tr>`)}
            </tbody>
          </table>`
        : nothing}
    </details>
  </section>`;
}
