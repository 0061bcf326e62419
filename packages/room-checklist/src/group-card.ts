import { errorMessageKey, heading, textField, type PopoverController, type Translator } from '@copro/core';
import { groupStatuses, limits, type GroupStatus } from '@copro/protocol';
import { html, nothing } from 'lit';
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
  /** A status chosen in the select and not sent yet. */
  chosenStatus?: GroupStatus;
  /** The "Add a note" disclosure is open (for a group with no note yet). */
  noteOpen: boolean;
  hint?: PopoverController;
  onStatus(status: GroupStatus): void;
  /** The person is done with the select (left it or pressed Enter): send the status now. */
  onStatusDone(): void;
  onNoteInput(note: string): void;
  /** The note field was left: save what changed, quietly if nothing did. */
  onNoteLeave(): void;
  /** "Save note" was pressed: save, and say so even when leaving the field already did. */
  onNoteSave(): void;
  onAddNote(): void;
  onHint(): void;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** One group: its name and status, the reach-out hint, the note, and any conflict to resolve. */
export function groupCard(entry: GroupEntry, c: GroupCardContext) {
  const { t, text } = c;
  const base = `g-${entry.group.id}`;
  const status = entry.shown.status;
  const named = html`<span class="visually-hidden">: <bdi>${text.label}</bdi></span>`;
  return html`<li class="group ${status} ${c.filteredOut ? 'filtered-out' : ''}" part="group" data-group=${entry.group.id}>
    <div class="group-head">
      ${heading(c.level, html`<bdi>${text.label}</bdi>`, { id: `${base}-name`, className: 'group-name', offset: 2 })}
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
    ${text.hint ? html`<dt>${t('group.hint')}</dt><dd dir="auto">${text.hint}</dd>` : nothing}
    <dt>${t('group.note')}</dt>
    <dd class="note-text" dir=${entry.shown.note ? 'auto' : nothing}>${entry.shown.note || t('group.noNote')}</dd>
  </dl>`;
}

/**
 * Status, "How to reach them" and (for a group with no note yet) "Add a note" on one row where
 * there is room; the note field below, behind the "Add a note" disclosure until the group has a
 * note or an unsaved draft. DOM order is reading and focus order: status, hint, note.
 */
function editBody(entry: GroupEntry, c: GroupCardContext, named: unknown) {
  const { t, text } = c;
  const base = `g-${entry.group.id}`;
  const disabled = Boolean(entry.unsent);
  const note = c.draft ?? entry.shown.note;
  const hasNote = Boolean(note.trim()) || c.draft !== undefined;
  const chosen = c.chosenStatus ?? entry.shown.status;
  return html`<div class="controls">
      <div class="field status-field">
        <label for="${base}-status">${t('group.status')}${named}</label>
        <select
          id="${base}-status"
          part="status"
          ?disabled=${disabled}
          @change=${(event: Event) => c.onStatus((event.target as HTMLSelectElement).value as GroupStatus)}
          @blur=${c.onStatusDone}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && c.onStatusDone()}
        >
          ${groupStatuses.map((option) => html`<option value=${option} ?selected=${option === chosen}>${t(`status.${option}`)}</option>`)}
        </select>
      </div>
      ${text.hint ? hintDisclosure(entry, c, named) : nothing}
      ${hasNote
        ? nothing
        : html`<button
            type="button"
            class="add-note"
            part="add-note"
            id="${base}-add-note"
            aria-expanded=${c.noteOpen ? 'true' : 'false'}
            aria-controls="${base}-note-field"
            ?disabled=${disabled}
            @click=${c.onAddNote}
          >
            ${t('group.addNote')}${named}
          </button>`}
    </div>
    ${text.hint ? html`<p class="print-only"><strong>${c.t('label', { label: c.t('group.hint') })}</strong> <bdi>${c.text.hint}</bdi></p>` : nothing}
    <div class="note-field" id="${base}-note-field" ?hidden=${!hasNote && !c.noteOpen}>
      ${textField({
        id: `${base}-note`,
        label: html`${t('group.note')}${named}`,
        hint: t('group.noteHelp'),
        rows: 2,
        maxlength: limits.note,
        part: 'note',
        disabled,
        value: note,
        onInput: c.onNoteInput,
        onBlur: c.onNoteLeave,
      })}
      <div class="actions">
        <button type="button" ?disabled=${disabled} @click=${c.onNoteSave}>${t('group.saveNote')}${named}</button>
      </div>
    </div>
    ${entry.shown.note ? html`<p class="print-only note-text" dir="auto">${entry.shown.note}</p>` : nothing}`;
}

/** The hint's button and its pop-over, next to each other so a screen reader reaches the panel right after the button. */
function hintDisclosure(entry: GroupEntry, c: GroupCardContext, named: unknown) {
  const base = `g-${entry.group.id}`;
  const open = c.hint?.open ?? false;
  return html`<button type="button" class="hint-button" part="hint-button" id="${base}-hint-button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${base}-hint" @click=${c.onHint}>
      ${c.t('group.hintButton')}${named}
    </button>
    <div id="${base}-hint" class="hint-panel" part="hint" ?hidden=${!open}><p dir="auto">${c.text.hint}</p></div>`;
}

function versionView(values: GroupValues, c: GroupCardContext, id: string, title: string, action: unknown) {
  return html`<section class="version" aria-labelledby=${id}>
    ${heading(c.level, title, { id, offset: 3 })}
    <dl>
      <dt>${c.t('group.status')}</dt>
      <dd>${c.t(`status.${values.status}`)}</dd>
      <dt>${c.t('group.note')}</dt>
      <dd class="note-text" dir=${values.note ? 'auto' : nothing}>${values.note || c.t('group.noNote')}</dd>
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

function stateLine(entry: GroupEntry, { t, savedHere, readonly, draft }: GroupCardContext) {
  let text = '';
  if (entry.unsent) text = t('group.unsent');
  else if (entry.error) text = t('group.failed', { reason: t(errorMessageKey(entry.error)) });
  else if (entry.saving) text = t(entry.saving.state === 'queued' ? 'group.queued' : 'group.sending');
  else if (entry.elsewhere) text = t('live.elsewhere');
  else if (draft !== undefined && draft.trim() !== entry.shown.note.trim()) text = t('group.notSaved');
  else if (savedHere && !readonly) text = t('group.saved');
  return text ? html`<p class="state no-print ${entry.error ? 'error' : ''}">${text}</p>` : nothing;
}
