import { errorMessageKey, formatDate, formatDueDate, heading, translateIsolated, type Translator } from '@copro/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Post } from '@copro/protocol';
import { about, postOffset } from './view-parts.ts';
import { waited, waitedMessage } from './waiting.ts';
import type { UnsentPost } from './writes-controller.ts';

/** A line under one post: why a support was not sent, or that it waits on this device. */
export interface PostMessage {
  text: string;
  kind: 'error' | 'info';
}

/** What a post needs from the board. */
export interface PostContext {
  t: Translator;
  level: number;
  /** Staff see every visibility and moderate; readers see their own badges and support. */
  staff: boolean;
  /** Say how a post that staff typed up arrived ("From a paper form"): the board's `showChannel`, and always for staff. */
  showChannel: boolean;
  categoryLabel(id: string): string;
  message(id: string): PostMessage | undefined;
  /** The post as the reader will see it once their unsent support change arrives. */
  withPendingSupport(post: Post): Post;
  onSupport(post: Post): void;
  /** A refused post can go back in the text box (readers, open board). */
  canRestore: boolean;
  onRestore(post: UnsentPost): void;
  onDiscard(id: string): void;
  /** "Report this post" (readers only). */
  report?: ReportView;
  /** Staff tools under a post (moderation, the answer form), from the lazily loaded staff module. */
  staffTools?: (post: Post) => TemplateResult;
}

/**
 * One post as readers (and, with `staff`, moderators) see it. User text goes in text bindings only,
 * each in an element of its own that isolates its direction (`dir="auto"` or `<bdi>`).
 */
export function renderPost(post: Post, c: PostContext) {
  const t = c.t;
  const category = post.category ? c.categoryLabel(post.category) : '';
  const message = c.message(post.id);
  const title = post.displayName ? translateIsolated(t, 'post.headingNamed', { name: post.displayName }) : t('post.heading');
  return html`<li class="post" part="post">
    <article id="post-${post.id}" aria-labelledby="heading-${post.id}" tabindex="-1">
      ${heading(c.level, html`${title}${about(post)}`, { id: `heading-${post.id}`, className: 'post-heading', offset: postOffset })}
      <p class="meta">
        ${t('post.date', { date: formatDate(post.createdAt, t.lang) })}${category ? html` · ${translateIsolated(t, 'post.category', { label: category })}` : nothing}${c.showChannel && post.channel !== 'online' ? html` · ${t(`channel.${post.channel}`)}` : nothing}
      </p>
      ${renderBadges(post, c)}
      <p class="body" part="post-body" id="body-${post.id}" dir="auto">${post.body}</p>
      ${post.redactedAt ? html`<p class="meta redacted">${t('post.redacted')}</p>` : nothing}
      ${renderResponse(post, t)}
      ${c.staff ? renderStaffSupports(post, t) : post.visibility !== 'visible' ? nothing : renderSupport(post, c)}
      ${message ? html`<p class="${message.kind === 'error' ? 'error' : 'meta'}">${message.text}</p>` : nothing}
      ${!c.staff && c.report && post.visibility === 'visible' && !post.mine ? renderReport(post, t, c.report) : nothing}
      ${c.staff && c.staffTools ? c.staffTools(post) : nothing}
    </article>
  </li>`;
}

/** Staff see the count, and a flag when most supports came from one address (never a refusal: counts are indicative). */
function renderStaffSupports(post: Post, t: Translator) {
  return html`<p class="meta">${t('support.count', { count: post.supportCount })}</p>
    ${post.supportsFromOneAddress ? html`<p class="one-address" part="one-address"><strong>${t('staff.oneAddress')}</strong></p>` : nothing}`;
}

function renderBadges(post: Post, { t, staff }: PostContext) {
  const badges: string[] = [];
  if (post.mine && !staff) badges.push(t('post.mine'));
  if (post.visibility === 'pending') badges.push(staff ? t('post.pendingStaff') : t('post.pending'));
  // Only staff ever get a hidden post (its words come with the staff code).
  if (post.visibility === 'hidden') badges.push(t('post.hidden'));
  if (!badges.length) return nothing;
  return html`<p class="badges">${badges.map((badge) => html`<span class="badge" part="badge">${badge}</span>`)}</p>`;
}

function renderResponse(post: Post, t: Translator) {
  const wait = waitedMessage(waited(post));
  if (!post.response) return html`<p class="meta waited">${t(wait.key, { count: wait.count })}</p>`;
  const { status, message, respondedAt, due, overdue, history } = post.response;
  const promised = due !== null && !overdue && (status === 'planned' || status === 'considering');
  return html`<div class="response" part="response">
    <p><strong>${t('label', { label: t('response.heading') })}</strong> <span class="status status-${status}" part="status">${t(`status.${status}`)}</span></p>
    ${message ? html`<p class="message" dir="auto">${message}</p>` : nothing}
    <p class="meta">${t('response.date', { date: formatDate(respondedAt, t.lang) })}. ${t(wait.key, { count: wait.count })}.</p>
    ${promised ? html`<p class="due">${t(`response.due.${status}`, { date: formatDueDate(t, due) })}</p>` : nothing}
    ${overdue && due ? html`<p class="overdue" part="overdue"><strong>${t('response.overdue', { date: formatDueDate(t, due) })}</strong></p>` : nothing}
    ${renderHistory(t, post.id, history)}
  </div>`;
}

/**
 * The answer's history as a short timeline ("Planned on 3 March; Planned on 12 April; Done on
 * 2 June"), oldest first. Shown once there was more than one answer: one entry is the answer above.
 */
function renderHistory(t: Translator, postId: string, history: NonNullable<Post['response']>['history']) {
  if (history.length < 2) return nothing;
  return html`<p class="visually-hidden" id="history-${postId}">${t('history.label')}</p>
    <ol class="history meta" part="history" aria-labelledby="history-${postId}">
      ${history.map(
        (entry) => html`<li>
          ${t('history.entry', { status: t(`status.${entry.status}`), date: formatDate(entry.at, t.lang) })}${entry.message ? html`: <bdi>${entry.message}</bdi>` : nothing}
        </li>`,
      )}
    </ol>`;
}

/** The support toggle: its name is "Support" and which post, `aria-pressed` says whether you do, and it is described by the count. */
export function renderSupport(post: Post, c: Pick<PostContext, 't' | 'withPendingSupport' | 'onSupport'>, idPrefix = 'count') {
  const t = c.t;
  const shown = c.withPendingSupport(post);
  return html`<div class="support-row">
    <button
      type="button"
      class="support"
      part="support-button"
      aria-pressed=${shown.supported ? 'true' : 'false'}
      aria-describedby="${idPrefix}-${post.id}"
      @click=${() => c.onSupport(shown)}
    >${t('support.button')}${about(post)}</button>
    <span id="${idPrefix}-${post.id}" class="meta">${t('support.count', { count: shown.supportCount })}</span>
  </div>`;
}

/** Where one post's report stands for this reader, and its form (from the module loaded on first use). */
export interface ReportView {
  state(id: string): { open: boolean; done?: 'sent' | 'queued' };
  toggle(post: Post): void;
  form(post: Post): unknown;
}

/**
 * "Report this post": a disclosure button, then a short form (loaded with its code on first use).
 * Once sent, a thank-you takes the button's place (and focus).
 */
function renderReport(post: Post, t: Translator, r: ReportView) {
  const state = r.state(post.id);
  if (state.done) {
    return html`<p class="meta reported" id="reported-${post.id}" tabindex="-1">${t(state.done === 'sent' ? 'report.sent' : 'report.queued')}</p>`;
  }
  return html`<div class="report" part="report">
    <button type="button" class="quiet" id="report-${post.id}" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="report-form-${post.id}" @click=${() => r.toggle(post)}>
      ${t('report.button')}${about(post)}
    </button>
    ${state.open ? r.form(post) : nothing}
  </div>`;
}

/** A post the server does not have yet. A refused one can go back into the text box or be discarded. */
export function renderUnsent(post: UnsentPost, c: PostContext) {
  const t = c.t;
  const state =
    post.state === 'sending'
      ? t('outbox.sending')
      : post.state === 'queued'
        ? t('outbox.queued')
        : t('outbox.rejected', { reason: t(errorMessageKey(post.error)) });
  return html`<li class="post unsent" part="post">
    <article id="post-${post.id}" aria-labelledby="heading-${post.id}" tabindex="-1">
      ${heading(c.level, html`${t('post.mine')}${about(post)}`, { id: `heading-${post.id}`, className: 'post-heading', offset: postOffset })}
      <p class="badges"><span class="badge ${post.state === 'rejected' ? 'error' : ''}" part="badge">${state}</span></p>
      <p class="body" part="post-body" dir="auto">${post.body}</p>
      ${post.state === 'rejected'
        ? html`<div class="actions">
            ${c.canRestore ? html`<button type="button" @click=${() => c.onRestore(post)}>${t('post.restore')}${about(post)}</button>` : nothing}
            <button type="button" @click=${() => c.onDiscard(post.id)}>${t('post.discard')}${about(post)}</button>
          </div>`
        : nothing}
    </article>
  </li>`;
}
