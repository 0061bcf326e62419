import { heading } from '@copro/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { responseStatuses, type Post } from '@copro/protocol';
import type { CoproFeedbackBoard } from './feedback-board.ts';
import { about, sectionOffset } from './post-view.ts';

/** Staff sign-in: a password field that allows paste and password managers (WCAG 3.3.8). */
export function renderSignIn(host: CoproFeedbackBoard) {
  const t = host.t;
  return html`<section aria-labelledby="sign-in-heading" part="sign-in">
    ${heading(host.headingLevel, t('staff.signIn.heading'), { id: 'sign-in-heading', offset: sectionOffset })}
    <form novalidate @submit=${host.signIn}>
      <div class="field ${host.tokenError ? 'invalid' : ''}">
        <label for="token">${t('staff.token.label')}</label>
        <div class="hint" id="token-hint">${t('staff.token.hint')}</div>
        ${host.tokenError ? html`<p class="error" id="token-error">${host.tokenError}</p>` : nothing}
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          spellcheck="false"
          aria-describedby=${host.tokenError ? 'token-hint token-error' : 'token-hint'}
          aria-invalid=${host.tokenError ? 'true' : 'false'}
        />
      </div>
      <button type="submit" class="primary">${t('staff.signIn')}</button>
    </form>
  </section>`;
}

/** What staff can show: the moderation queue first. */
export const staffViews = ['pending', 'visible', 'hidden', 'all'] as const;
export type StaffView = (typeof staffViews)[number];

export function renderStaffToolbar(host: CoproFeedbackBoard) {
  const t = host.t;
  return html`<div class="controls">
    <div class="field">
      <label for="staff-view">${t('staff.view.label')}</label>
      <select id="staff-view" @change=${host.onStaffViewChange}>
        ${staffViews.map((view) => html`<option value=${view} ?selected=${host.staffView === view}>${t(`staff.view.${view}`)}</option>`)}
      </select>
    </div>
    <button type="button" @click=${host.exportCsv}>${t('staff.export')}</button>
    <button type="button" @click=${host.signOut}>${t('staff.signOut')}</button>
  </div>`;
}

export function renderStaffActions(host: CoproFeedbackBoard, post: Post) {
  const t = host.t;
  const editing = host.editors.has(post.id);
  return html`<div class="staff-actions">
    ${post.visibility !== 'visible' ? html`<button type="button" @click=${() => host.setVisibility(post, 'visible')}>${t('staff.show')}${about(post)}</button>` : nothing}
    ${post.visibility !== 'hidden' ? html`<button type="button" @click=${() => host.setVisibility(post, 'hidden')}>${t('staff.hide')}${about(post)}</button>` : nothing}
    <button type="button" id="respond-${post.id}" aria-expanded=${editing ? 'true' : 'false'} aria-controls="editor-${post.id}" @click=${() => host.toggleEditor(post)}>${post.response ? t('staff.change') : t('staff.respond')}${about(post)}</button>
  </div>`;
}

/** Write or change the answer. "Not doing" needs a reason, here and on the server. */
export function renderResponseEditor(host: CoproFeedbackBoard, post: Post) {
  const t = host.t;
  const editor = host.editors.get(post.id);
  if (!editor) return html`<div id="editor-${post.id}" hidden></div>`;
  const describedBy = editor.error ? `hint-${post.id} error-${post.id}` : `hint-${post.id}`;
  return html`<form id="editor-${post.id}" class="response-form" novalidate @submit=${(event: Event) => host.saveResponse(event, post)}>
    <div class="field">
      <label for="status-${post.id}">${t('staff.response.status')}</label>
      <select id="status-${post.id}" @change=${(event: Event) => host.editResponse(post.id, { status: (event.target as HTMLSelectElement).value as typeof editor.status })}>
        ${responseStatuses.map((status) => html`<option value=${status} ?selected=${editor.status === status}>${t(`status.${status}`)}</option>`)}
      </select>
    </div>
    <div class="field ${editor.error ? 'invalid' : ''}">
      <label for="message-${post.id}">${t('staff.response.message')}</label>
      <div class="hint" id="hint-${post.id}">${t('staff.response.hint')}</div>
      ${editor.error ? html`<p class="error" id="error-${post.id}">${editor.error}</p>` : nothing}
      <textarea
        id="message-${post.id}"
        rows="4"
        aria-describedby=${describedBy}
        aria-invalid=${editor.error ? 'true' : 'false'}
        .value=${live(editor.message)}
        @input=${(event: Event) => host.editResponse(post.id, { message: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>
    <div class="actions">
      <button type="submit" class="primary">${t('staff.response.save')}</button>
      <button type="button" @click=${() => host.toggleEditor(post)}>${t('staff.response.cancel')}</button>
    </div>
  </form>`;
}
