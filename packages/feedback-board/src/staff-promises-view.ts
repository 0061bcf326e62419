import { formatDueDate, type Translator } from '@copro/core';
import { statusesWithDue, type Post, type ResponseStatus } from '@copro/protocol';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { about } from './view-parts.ts';

/** The date part of an answer being written: `due` as the date field holds it (`YYYY-MM-DD` or empty). */
export interface DueEditor {
  status: ResponseStatus;
  due: string;
  /** The field holds a half-typed date (which it reports as empty). */
  dueBad?: boolean;
  dueError?: string;
  /** An update to an answer already given (the message starts empty and says what happened since). */
  update?: boolean;
}

/**
 * The date a promise is due (`planned`) or a decision will be made (`considering`): a labelled
 * native date field with a hint, and an error in the GOV.UK pattern (message above the field,
 * "Error:" for screen readers, the field marked invalid and described by both).
 */
export function renderDueField(post: Post, editor: DueEditor, t: Translator, onInput: (due: string, bad: boolean) => void) {
  if (!statusesWithDue.includes(editor.status)) return nothing;
  const id = `due-${post.id}`;
  const describedBy = editor.dueError ? `due-hint-${post.id} due-error-${post.id}` : `due-hint-${post.id}`;
  return html`<div class="field ${editor.dueError ? 'invalid' : ''}">
    <label for=${id}>${t(editor.status === 'planned' ? 'staff.due.planned' : 'staff.due.considering')}</label>
    <div class="hint" id="due-hint-${post.id}">${t('staff.due.hint')}</div>
    ${editor.dueError ? html`<p class="error" id="due-error-${post.id}"><span class="visually-hidden">${t('staff.error.prefix')} </span>${editor.dueError}</p>` : nothing}
    <input
      id=${id}
      type="date"
      class="due-input"
      aria-describedby=${describedBy}
      aria-invalid=${editor.dueError ? 'true' : 'false'}
      .value=${live(editor.due)}
      @input=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        onInput(input.value, input.validity.badInput);
      }}
    />
  </div>`;
}

/** The error for a date field, or undefined: a half-typed date, or a date already past (`today` is `YYYY-MM-DD`). */
export function dueError(due: string, bad: boolean, today: string, t: Translator): string | undefined {
  if (bad || (due !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(due))) return t('staff.due.invalid');
  if (due !== '' && due < today) return t('staff.due.past');
  return undefined;
}

/** Today's date on this device, `YYYY-MM-DD` (what the date field's own calendar counts from). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Post an update" under an answered post: the same form, starting empty, keeping the status and date. */
export function renderUpdateButton(post: Post, t: Translator, editing: boolean, onUpdate: (post: Post) => void) {
  if (!post.response) return nothing;
  return html`<button type="button" id="update-${post.id}" aria-expanded=${editing ? 'true' : 'false'} aria-controls="editor-${post.id}" @click=${() => onUpdate(post)}>${t('staff.update')}${about(post)}</button>`;
}

/** Staff: an overdue promise, in plain words, with what to do about it. */
export function renderOverdueFlag(post: Post, t: Translator) {
  const response = post.response;
  if (!response?.overdue || !response.due) return nothing;
  return html`<p class="staff-flag overdue-flag" part="overdue-flag"><strong>${t('staff.overdue.flag', { date: formatDueDate(t, response.due) })}</strong></p>`;
}
