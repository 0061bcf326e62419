import { errorMessageKey, type PopoverController, type Translator } from '@copro/core';
import { groupStatuses, limits, type GroupStatus } from '@copro/protocol';
import { html, nothing } from 'lit';
import { heading } from './heading.ts';
import type { GroupValues } from './model.ts';
import type { GroupEntry } from './room-sync.ts';

/** What a group card needs from the element. */
export interface GroupCardContext {
  t: Translator;
  level: number;
  readonly: boolean;
  /** The group's label and hint in the page's language. */
  text: { label: string; hint: string };
  custom: boolean;
  filteredOut: boolean;
  savedHere: boolean;
  /** The text in the note field that is not saved yet. */
  draft?: string;
  hint?: PopoverController;
  onStatus(status: GroupStatus): void;
  onNoteInput(note: string): void;
  onNoteSave(): void;
  onHint(): void;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** One group: its name and status, the reach-out hint, the note, and any conflict to resolve. */
export function groupCard(entry: GroupEntry, c: GroupCardContext) {
  const { t, text } = c;
  const base = `g-${entry.group.id}`;
  const status = entry.shown.status;
  const named = html`<span class="visually-hidden">: ${text.label}</span>`;
  return html`<li class="group ${status} ${c.filteredOut ? 'filtered-out' : ''}" part="group" data-group=${entry.group.id}>
    <div class="group-head">
      ${heading(c.level, text.label, { id: `${base}-name`, className: 'group-name' })}
      <span class="badge" aria-hidden="true">${t(`status.${status}`)}</span>
    </div>
    ${c.custom ? html`<p class="custom">${t('group.custom')}</p>` : nothing}
    ${c.readonly ? readonlyBody(entry, c) : entry.conflict ? conflictView(entry, c, named) : editBody(entry, c, named)}
    ${stateLine(entry, c)}
  </li>`;
}

function readonlyBody(entry: GroupEntry, { t, text }: GroupCardContext) {
  return html`<dl>
    <dt>${t('group.status')}</dt>
    <dd>${t(`status.${entry.shown.status}`)}</dd>
    ${text.hint ? html`<dt>${t('group.hint')}</dt><dd>${text.hint}</dd>` : nothing}
    <dt>${t('group.note')}</dt>
    <dd class="note-text">${entry.shown.note || t('group.noNote')}</dd>
  </dl>`;
}

function editBody(entry: GroupEntry, c: GroupCardContext, named: unknown) {
  const { t, text } = c;
  const base = `g-${entry.group.id}`;
  const disabled = Boolean(entry.unsent);
  const note = c.draft ?? entry.shown.note;
  return html`<div class="field">
      <label for="${base}-status">${t('group.status')}${named}</label>
      <select id="${base}-status" part="status" ?disabled=${disabled} @change=${(event: Event) => c.onStatus((event.target as HTMLSelectElement).value as GroupStatus)}>
        ${groupStatuses.map((option) => html`<option value=${option} ?selected=${option === entry.shown.status}>${t(`status.${option}`)}</option>`)}
      </select>
    </div>
    ${text.hint ? hintDisclosure(entry, c, named) : nothing}
    <div class="field">
      <label for="${base}-note">${t('group.note')}${named}</label>
      <p class="help" id="${base}-note-help">${t('group.noteHelp')}</p>
      <textarea
        id="${base}-note"
        part="note"
        rows="2"
        maxlength=${limits.note}
        aria-describedby="${base}-note-help"
        ?disabled=${disabled}
        .value=${note}
        @input=${(event: Event) => c.onNoteInput((event.target as HTMLTextAreaElement).value)}
        @blur=${c.onNoteSave}
      ></textarea>
      <div class="actions">
        <button type="button" ?disabled=${disabled} @click=${c.onNoteSave}>${t('group.saveNote')}${named}</button>
      </div>
      <p class="print-only note-text">${entry.shown.note}</p>
    </div>`;
}

function hintDisclosure(entry: GroupEntry, c: GroupCardContext, named: unknown) {
  const base = `g-${entry.group.id}`;
  const open = c.hint?.open ?? false;
  return html`<div class="actions">
      <button type="button" class="hint-button" part="hint-button" id="${base}-hint-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${base}-hint" @click=${c.onHint}>
        ${c.t('group.hintButton')}${named}
      </button>
    </div>
    <div id="${base}-hint" class="hint-panel" part="hint" ?hidden=${!open}><p>${c.text.hint}</p></div>
    <p class="print-only"><strong>${c.t('group.hint')}:</strong> ${c.text.hint}</p>`;
}

function versionView(values: GroupValues, c: GroupCardContext, id: string, title: string, action: unknown) {
  return html`<section class="version" aria-labelledby=${id}>
    ${heading(c.level + 1, title, { id })}
    <dl>
      <dt>${c.t('group.status')}</dt>
      <dd>${c.t(`status.${values.status}`)}</dd>
      <dt>${c.t('group.note')}</dt>
      <dd class="note-text">${values.note || c.t('group.noNote')}</dd>
    </dl>
    ${action}
  </section>`;
}

/** The two versions side by side, with a way to keep either: nothing is overwritten unseen. */
function conflictView(entry: GroupEntry, c: GroupCardContext, named: unknown) {
  const { t } = c;
  const conflict = entry.conflict!;
  const base = `g-${entry.group.id}`;
  return html`<div class="conflict" part="conflict" role="group" aria-labelledby="${base}-conflict">
    <p class="conflict-title" id="${base}-conflict">${t('conflict.title')}</p>
    <p>${t('conflict.intro')}</p>
    <div class="versions">
      ${versionView(conflict.theirs, c, `${base}-theirs`, t('conflict.theirs'), html`<button type="button" @click=${c.onTakeTheirs}>${t('conflict.takeTheirs')}${named}</button>`)}
      ${versionView(conflict.mine, c, `${base}-mine`, t('conflict.mine'), html`<button type="button" class="primary" @click=${c.onKeepMine}>${t('conflict.keepMine')}${named}</button>`)}
    </div>
  </div>`;
}

function stateLine(entry: GroupEntry, { t, savedHere, readonly }: GroupCardContext) {
  let text = '';
  if (entry.unsent) text = t('group.unsent');
  else if (entry.error) text = t('group.failed', { reason: t(errorMessageKey(entry.error)) });
  else if (entry.saving) text = t(entry.saving.state === 'queued' ? 'group.queued' : 'group.sending');
  else if (savedHere && !readonly) text = t('group.saved');
  return text ? html`<p class="state no-print ${entry.error ? 'error' : ''}">${text}</p>` : nothing;
}
