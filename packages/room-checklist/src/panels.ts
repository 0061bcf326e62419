import { heading, styleProperties, type Translator } from '@copro/core';
import { limits } from '@copro/protocol';
import { html, nothing } from 'lit';
import { summarySentence } from './export.ts';
import { roomFilters, type RoomCounts, type RoomFilter } from './model.ts';
import type { GroupStatus } from '@copro/protocol';

/** The summary: a sentence (the text that counts) and a bar that draws the same numbers. `level` is the checklist's own. */
export function summaryView(counts: RoomCounts, t: Translator, level: number) {
  const share = (count: number) => (counts.total ? `${(count / counts.total) * 100}%` : '0%');
  const segments = [
    ['present', counts.present],
    ['invited', counts.invited],
    ['missing', counts.missingOrUnknown],
  ] as const;
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    ${heading(level, t('summary.heading'), { id: 'summary-heading', offset: 1 })}
    <p class="summary-sentence" id="summary-sentence">${summarySentence(counts, t)}</p>
    <div class="bar" part="bar" aria-hidden="true">
      ${segments.map(([name, count]) => (count ? html`<span class=${name} style=${styleProperties({ width: share(count) })}></span>` : nothing))}
    </div>
  </section>`;
}

export function filterView(filter: RoomFilter, t: Translator, onChange: (filter: RoomFilter) => void) {
  return html`<fieldset class="filter" part="filter">
    <legend>${t('filter.legend')}</legend>
    ${roomFilters.map(
      (option) => html`<label class="choice">
        <input type="radio" name="filter" value=${option} .checked=${option === filter} @change=${() => onChange(option)} />
        ${t(`filter.${option}`)}
      </label>`,
    )}
  </fieldset>`;
}

export interface AddFormState {
  error: boolean;
}

export function addGroupForm(t: Translator, level: number, state: AddFormState, onSubmit: (event: SubmitEvent) => void) {
  return html`<section class="add" part="add-form" aria-labelledby="add-heading">
    ${heading(level, t('add.heading'), { id: 'add-heading', offset: 1 })}
    <p>${t('add.intro')}</p>
    <form novalidate @submit=${onSubmit}>
      <div class="field">
        <label for="add-label">${t('add.label')}</label>
        ${state.error ? html`<p class="error" id="add-label-error">${t('add.required')}</p>` : nothing}
        <input
          type="text"
          id="add-label"
          name="label"
          autocomplete="off"
          maxlength=${limits.label}
          aria-invalid=${state.error ? 'true' : 'false'}
          aria-describedby=${state.error ? 'add-label-error' : nothing}
        />
      </div>
      <div class="field">
        <label for="add-hint">${t('add.hint')}</label>
        <textarea id="add-hint" name="hint" rows="2" maxlength=${limits.hint}></textarea>
      </div>
      <button type="submit" class="primary">${t('add.submit')}</button>
    </form>
  </section>`;
}

export interface ExportState {
  /** The spreadsheet's text, made only when the link is used. */
  csv(): string;
  fileName: string;
  minutes: string;
  copyState: '' | 'copied' | 'failed';
}

/**
 * Points the download link at the spreadsheet as it is now, as the link is followed (its default
 * action reads `href` after this click handler), so rendering makes no object URL; each one is
 * freed once the download has had time to start.
 */
function pointAtCsv(link: HTMLAnchorElement, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.href = url;
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function exportPanel(t: Translator, state: ExportState, onCopy: () => void, onPrint: () => void) {
  return html`<details class="export" part="export">
    <summary>${t('export.heading')}</summary>
    <ul>
      <li><a href="#" download=${state.fileName} @click=${(event: Event) => pointAtCsv(event.currentTarget as HTMLAnchorElement, state.csv())}>${t('export.csv')}</a></li>
      <li><button type="button" @click=${onCopy}>${t('export.copy')}</button></li>
      <li><button type="button" @click=${onPrint}>${t('export.print')}</button></li>
    </ul>
    <p role="status" class="copy-state">${state.copyState ? t(state.copyState === 'copied' ? 'export.copied' : 'export.copyFailed') : ''}</p>
    <div class="field">
      <label for="minutes">${t('export.text')}</label>
      <textarea id="minutes" readonly rows="8" .value=${state.minutes}></textarea>
    </div>
  </details>`;
}

/** What the public summary shows: each group's name in the page's language, its status and note. */
export interface PublicGroup {
  label: string;
  status: GroupStatus;
  note: string;
}

/** Only links a page would mean: web pages, mail, phone, or a place on this page. */
function safeLink(url: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  try {
    const { protocol } = new URL(trimmed, document.baseURI);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The read-only room for the public: who the project has heard from, who it has invited and who
 * it is still missing, as short lists with counts; the notes that exist; and an invitation to help.
 * No controls, and none of the steering group's instructions.
 */
export function publicSummaryView(groups: readonly PublicGroup[], t: Translator, level: number, contactUrl: string) {
  const lists = [
    { key: 'public.heard', statuses: ['present'] },
    { key: 'public.invited', statuses: ['invited'] },
    { key: 'public.missing', statuses: ['missing', 'unknown'] },
  ] as const;
  const noted = groups.filter((group) => group.note.trim());
  const link = safeLink(contactUrl);
  return html`<div class="public">
    ${lists.map(({ key, statuses }, index) => {
      const names = groups.filter((group) => (statuses as readonly GroupStatus[]).includes(group.status)).map((group) => group.label);
      return html`<section class="public-list" aria-labelledby="public-${index}">
        ${heading(level, t(key, { count: names.length }), { id: `public-${index}`, offset: 1 })}
        ${names.length ? html`<ul class="names">${names.map((name) => html`<li dir="auto">${name}</li>`)}</ul>` : html`<p>${t('public.none')}</p>`}
      </section>`;
    })}
    ${noted.length
      ? html`<section class="public-notes" aria-labelledby="public-notes">
          ${heading(level, t('public.notes'), { id: 'public-notes', offset: 1 })}
          <dl>${noted.map((group) => html`<dt dir="auto">${group.label}</dt><dd dir="auto">${group.note}</dd>`)}</dl>
        </section>`
      : nothing}
    ${link ? html`<p class="invite">${t('public.invite')} <a href=${link}>${t('public.tellUs')}</a></p>` : nothing}
  </div>`;
}
