import { heading, type Translator } from '@copro/core';
import type { Post, ReportedPost } from '@copro/protocol';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { findPersonalData } from './personal-data.ts';
import { about, sectionOffset } from './view-parts.ts';

/** A post's words being redacted by a moderator. */
export interface Redactor {
  text: string;
  error?: string;
}

/** What the reports and redaction views need from the board's staff module. */
export interface ModerationContext {
  t: Translator;
  level: number;
  canModerate: boolean;
  /** Open reports by post id. */
  reported: ReadonlyMap<string, ReportedPost>;
  /** A visible post gets hidden for review after this many reports (0: never). */
  reportsToHide: number;
  redactors: ReadonlyMap<string, Redactor>;
  onDecide(post: Post, visibility: 'visible' | 'hidden'): void;
  onToggleRedact(post: Post): void;
  onEditRedact(id: string, text: string): void;
  onSaveRedact(event: Event, post: Post): void;
}

/** "Reported 2 times: It is spam or advertising (1), …" */
export function reportsLine(t: Translator, report: ReportedPost) {
  const reasons = report.reasons.map((each) => `${t(`report.reason.${each.reason}`)} (${each.count})`).join(', ');
  return t('staff.reports.line', { count: report.count, reasons });
}

/**
 * Reported posts that everyone can still see (fewer reports than hide a post): the rest of the
 * moderation queue, after the posts waiting there. Keeping a post visible or hiding it deals with
 * its reports.
 */
export function renderReportedSection(c: ModerationContext) {
  const t = c.t;
  const shown = [...c.reported.values()].filter((report) => report.post.visibility === 'visible');
  if (!shown.length) return nothing;
  return html`<section aria-labelledby="reported-heading" part="reported" class="reported">
    ${heading(c.level, t('staff.reported.heading'), { id: 'reported-heading', offset: sectionOffset })}
    <p class="hint">${c.reportsToHide > 0 ? t('staff.reported.hint', { count: c.reportsToHide }) : t('staff.reported.hintNever')}</p>
    <ul class="reported-list">
      ${shown.map(
        (report) => html`<li id="reported-item-${report.post.id}" tabindex="-1">
          <p class="body" dir="auto">${report.post.body}</p>
          <p class="meta reports">${reportsLine(t, report)}</p>
          ${c.canModerate
            ? html`<div class="actions">
                <button type="button" @click=${() => c.onDecide(report.post, 'visible')}>${t('staff.reported.keep')}${about(report.post)}</button>
                <button type="button" @click=${() => c.onDecide(report.post, 'hidden')}>${t('staff.hide')}${about(report.post)}</button>
              </div>`
            : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** Under a post in the staff list: its reports, and a flag when its words seem to hold an email address or phone number. */
export function renderPostFlags(post: Post, c: ModerationContext) {
  const t = c.t;
  const report = c.reported.get(post.id);
  const found = findPersonalData(post.body);
  const kind = found.emails.length && found.phones.length ? 'both' : found.emails.length ? 'email' : found.phones.length ? 'phone' : '';
  return html`${report ? html`<p class="meta reports" part="reports">${reportsLine(t, report)}</p>` : nothing}
    ${kind ? html`<p class="personal-flag" part="personal-data-flag"><strong>${t(`staff.personal.${kind}`)}</strong></p>` : nothing}`;
}

/** "Remove personal details": the post's words, with what looks like an email address or phone number already taken out, to check and save. */
export function renderRedactButton(post: Post, c: ModerationContext) {
  if (!c.canModerate) return nothing;
  const open = c.redactors.has(post.id);
  return html`<button type="button" id="redact-${post.id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="redact-form-${post.id}" @click=${() => c.onToggleRedact(post)}>
    ${c.t('staff.redact')}${about(post)}
  </button>`;
}

export function renderRedactForm(post: Post, c: ModerationContext) {
  const t = c.t;
  const editor = c.redactors.get(post.id);
  if (!c.canModerate || !editor) return nothing;
  const describedBy = editor.error ? `redact-hint-${post.id} redact-error-${post.id}` : `redact-hint-${post.id}`;
  return html`<form id="redact-form-${post.id}" class="response-form" novalidate @submit=${(event: Event) => c.onSaveRedact(event, post)}>
    <div class="field ${editor.error ? 'invalid' : ''}">
      <label for="redact-text-${post.id}">${t('staff.redact.label')}</label>
      <div class="hint" id="redact-hint-${post.id}">${t('staff.redact.hint')}</div>
      ${editor.error ? html`<p class="error" id="redact-error-${post.id}">${editor.error}</p>` : nothing}
      <textarea
        id="redact-text-${post.id}"
        dir="auto"
        rows="4"
        aria-describedby=${describedBy}
        aria-invalid=${editor.error ? 'true' : 'false'}
        .value=${live(editor.text)}
        @input=${(event: Event) => c.onEditRedact(post.id, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    <div class="actions">
      <button type="submit" class="primary">${t('staff.redact.save')}</button>
      <button type="button" @click=${() => c.onToggleRedact(post)}>${t('staff.response.cancel')}</button>
    </div>
  </form>`;
}
