import { heading, type Translator } from '@copro/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { responseStatuses, type Post, type ResponseStatus } from '@copro/protocol';
import { renderDueField, renderUpdateButton, type DueEditor } from './staff-promises-view.ts';
import { about, sectionOffset } from './view-parts.ts';

/** An answer being written or changed (or an update to it), per post, with any date it promises. */
export interface ResponseEditor extends DueEditor {
  status: ResponseStatus;
  message: string;
  error?: string;
}

/** What the staff views need from the board's staff module. */
export interface StaffContext {
  t: Translator;
  level: number;
  /** The staff sign-in form (core's, shared by every staff view). */
  signInForm(): unknown;
  view: StaffView;
  /** The signed-in role may moderate and answer (a viewer only reads and exports). */
  canModerate: boolean;
  editors: ReadonlyMap<string, ResponseEditor>;
  onSignOut(): void;
  onViewChange(event: Event): void;
  onExport(): void;
  onVisibility(post: Post, visibility: 'visible' | 'hidden'): void;
  onToggleEditor(post: Post): void;
  onEditResponse(id: string, change: Partial<ResponseEditor>): void;
  onSaveResponse(event: Event, post: Post): void;
  /** The date field changed (`bad`: the browser holds a half-typed date). */
  onEditDue(id: string, due: string, bad: boolean): void;
  /** "Post an update": the answer form, starting empty. */
  onUpdate(post: Post): void;
}

/** Staff sign-in, under its heading. */
export function renderSignIn(c: StaffContext) {
  const t = c.t;
  return html`<section aria-labelledby="sign-in-heading" part="sign-in">
    ${heading(c.level, t('staff.signIn.heading'), { id: 'sign-in-heading', offset: sectionOffset })}
    ${c.signInForm()}
  </section>`;
}

/** What staff can show: the moderation queue first. */
export const staffViews = ['pending', 'visible', 'hidden', 'all', 'overdue'] as const;
export type StaffView = (typeof staffViews)[number];

export function renderStaffToolbar(c: StaffContext) {
  const t = c.t;
  return html`<div class="controls">
    <div class="field">
      <label for="staff-view">${t('staff.view.label')}</label>
      <select id="staff-view" @change=${c.onViewChange}>
        ${staffViews.map((view) => html`<option value=${view} ?selected=${c.view === view}>${t(`staff.view.${view}`)}</option>`)}
      </select>
    </div>
    <button type="button" @click=${c.onExport}>${t('staff.export')}</button>
    <button type="button" @click=${c.onSignOut}>${t('staff.signOut')}</button>
    <p class="meta indicative">${t('staff.indicative')}</p>
  </div>`;
}

/** Show, hide and answer, then any `more` buttons (redaction). */
export function renderStaffActions(post: Post, c: StaffContext, more: unknown = nothing) {
  const t = c.t;
  if (!c.canModerate) return nothing;
  const editing = c.editors.has(post.id);
  return html`<div class="staff-actions">
    ${post.visibility !== 'visible' ? html`<button type="button" @click=${() => c.onVisibility(post, 'visible')}>${t('staff.show')}${about(post)}</button>` : nothing}
    ${post.visibility !== 'hidden' ? html`<button type="button" @click=${() => c.onVisibility(post, 'hidden')}>${t('staff.hide')}${about(post)}</button>` : nothing}
    <button type="button" id="respond-${post.id}" aria-expanded=${editing ? 'true' : 'false'} aria-controls="editor-${post.id}" @click=${() => c.onToggleEditor(post)}>${post.response ? t('staff.change') : t('staff.respond')}${about(post)}</button>
    ${renderUpdateButton(post, t, Boolean(c.editors.get(post.id)?.update), c.onUpdate)}
    ${more}
  </div>`;
}

/** Write or change the answer. "Not doing" needs a reason, here and on the server. */
export function renderResponseEditor(post: Post, c: StaffContext) {
  const t = c.t;
  if (!c.canModerate) return nothing;
  const editor = c.editors.get(post.id);
  if (!editor) return html`<div id="editor-${post.id}" hidden></div>`;
  const describedBy = editor.error ? `hint-${post.id} error-${post.id}` : `hint-${post.id}`;
  return html`<form id="editor-${post.id}" class="response-form" novalidate @submit=${(event: Event) => c.onSaveResponse(event, post)}>
    <div class="field">
      <label for="status-${post.id}">${t('staff.response.status')}</label>
      <select id="status-${post.id}" @change=${(event: Event) => c.onEditResponse(post.id, { status: (event.target as HTMLSelectElement).value as typeof editor.status })}>
        ${responseStatuses.map((status) => html`<option value=${status} ?selected=${editor.status === status}>${t(`status.${status}`)}</option>`)}
      </select>
    </div>
    ${renderDueField(post, editor, t, (due, bad) => c.onEditDue(post.id, due, bad))}
    <div class="field ${editor.error ? 'invalid' : ''}">
      <label for="message-${post.id}">${t(editor.update ? 'staff.update.message' : 'staff.response.message')}</label>
      <div class="hint" id="hint-${post.id}">${t(editor.update ? 'staff.update.hint' : 'staff.response.hint')}</div>
      ${editor.error ? html`<p class="error" id="error-${post.id}">${editor.error}</p>` : nothing}
      <textarea
        id="message-${post.id}"
        dir="auto"
        rows="4"
        aria-describedby=${describedBy}
        aria-invalid=${editor.error ? 'true' : 'false'}
        .value=${live(editor.message)}
        @input=${(event: Event) => c.onEditResponse(post.id, { message: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>
    <div class="actions">
      <button type="submit" class="primary">${t(editor.update ? 'staff.update.save' : 'staff.response.save')}</button>
      <button type="button" @click=${() => c.onToggleEditor(post)}>${t('staff.response.cancel')}</button>
    </div>
  </form>`;
}
