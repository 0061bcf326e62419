import { errorMessageKey, formatDueDate, heading } from '@copro/core';
import { html, nothing } from 'lit';
import type { Post } from '@copro/protocol';
import type { CoproFeedbackBoard } from './feedback-board.ts';
import { renderResponseEditor, renderStaffActions } from './staff-view.ts';
import { waited, waitedMessage } from './waiting.ts';
import type { UnsentPost } from './writes-controller.ts';

/** Heading levels below the element's `heading-level`: its sections, then each post. */
export const sectionOffset = 1;
export const postOffset = 2;

/** The start of a post, cut at a word, to tell one post's heading and buttons from the next. */
export function excerpt(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}

/**
 * Which post a heading or button is about, for screen readers and speech users only: every post has
 * a "Support" button and a "Post by Sam" heading, and a list of them alone says nothing. The visible
 * words stay first in the name (WCAG 2.5.3).
 */
export function about(post: { body: string }) {
  return html`<span class="visually-hidden">: ${excerpt(post.body)}</span>`;
}

/** One post as readers (and, with `staff`, moderators) see it. User text goes in text bindings only. */
export function renderPost(host: CoproFeedbackBoard, post: Post, staff: boolean) {
  const t = host.t;
  const category = post.category ? host.categoryLabel(post.category) : '';
  const message = host.postMessage(post.id);
  const title = post.displayName ? t('post.headingNamed', { name: post.displayName }) : t('post.heading');
  return html`<li class="post" part="post">
    <article id="post-${post.id}" aria-labelledby="heading-${post.id}" tabindex="-1">
      ${heading(host.headingLevel, html`${title}${about(post)}`, { id: `heading-${post.id}`, className: 'post-heading', offset: postOffset })}
      <p class="meta">
        ${t('post.date', { date: t.date(post.createdAt) })}${category ? html` · ${t('post.category', { label: category })}` : nothing}
      </p>
      ${renderBadges(host, post, staff)}
      <p class="body" part="post-body" id="body-${post.id}">${post.body}</p>
      ${renderResponse(host, post)}
      ${staff || post.visibility !== 'visible' ? nothing : renderSupport(host, post)}
      ${message ? html`<p class="${message.kind === 'error' ? 'error' : 'meta'}">${message.text}</p>` : nothing}
      ${staff ? renderStaffActions(host, post) : nothing}
      ${staff ? renderResponseEditor(host, post) : nothing}
    </article>
  </li>`;
}

function renderBadges(host: CoproFeedbackBoard, post: Post, staff: boolean) {
  const t = host.t;
  const badges: string[] = [];
  if (post.mine && !staff) badges.push(t('post.mine'));
  if (post.visibility === 'pending') badges.push(staff ? t('post.pendingStaff') : t('post.pending'));
  if (post.visibility === 'hidden') badges.push(t('post.hidden'));
  if (!badges.length) return nothing;
  return html`<p class="badges">${badges.map((badge) => html`<span class="badge" part="badge">${badge}</span>`)}</p>`;
}

function renderResponse(host: CoproFeedbackBoard, post: Post) {
  const t = host.t;
  const wait = waitedMessage(waited(post));
  if (!post.response) return html`<p class="meta waited">${t(wait.key, { count: wait.count })}</p>`;
  const { status, message, respondedAt, due, overdue, history } = post.response;
  const promised = due !== null && !overdue && (status === 'planned' || status === 'considering');
  return html`<div class="response" part="response">
    <p><strong>${t('response.heading')}:</strong> <span class="status status-${status}" part="status">${t(`status.${status}`)}</span></p>
    ${message ? html`<p class="message">${message}</p>` : nothing}
    <p class="meta">${t('response.date', { date: t.date(respondedAt) })}. ${t(wait.key, { count: wait.count })}.</p>
    ${promised ? html`<p class="due">${t(`response.due.${status}`, { date: formatDueDate(t, due) })}</p>` : nothing}
    ${overdue && due ? html`<p class="overdue" part="overdue"><strong>${t('response.overdue', { date: formatDueDate(t, due) })}</strong></p>` : nothing}
    ${renderHistory(host, post.id, history)}
  </div>`;
}

/**
 * The answer's history as a short timeline ("Planned on 3 March; Planned on 12 April; Done on
 * 2 June"), oldest first. Shown once there was more than one answer: one entry is the answer above.
 */
function renderHistory(host: CoproFeedbackBoard, postId: string, history: NonNullable<Post['response']>['history']) {
  if (history.length < 2) return nothing;
  const t = host.t;
  return html`<p class="visually-hidden" id="history-${postId}">${t('history.label')}</p>
    <ol class="history meta" part="history" aria-labelledby="history-${postId}">
      ${history.map(
        (entry) => html`<li>
          ${t('history.entry', { status: t(`status.${entry.status}`), date: t.date(entry.at) })}${entry.message ? html`: ${entry.message}` : nothing}
        </li>`,
      )}
    </ol>`;
}

/** The support toggle: its name is "Support" and which post, `aria-pressed` says whether you do, and it is described by the count. */
export function renderSupport(host: CoproFeedbackBoard, post: Post, idPrefix = 'count') {
  const t = host.t;
  const shown = host.withPendingSupport(post);
  return html`<div class="support-row">
    <button
      type="button"
      class="support"
      part="support-button"
      aria-pressed=${shown.supported ? 'true' : 'false'}
      aria-describedby="${idPrefix}-${post.id}"
      @click=${() => host.toggleSupport(shown)}
    >${t('support.button')}${about(post)}</button>
    <span id="${idPrefix}-${post.id}" class="meta">${t('support.count', { count: shown.supportCount })}</span>
  </div>`;
}

/** A post the server does not have yet. A refused one can go back into the text box or be discarded. */
export function renderUnsent(host: CoproFeedbackBoard, post: UnsentPost) {
  const t = host.t;
  const state =
    post.state === 'sending'
      ? t('outbox.sending')
      : post.state === 'queued'
        ? t('outbox.queued')
        : t('outbox.rejected', { reason: t(errorMessageKey(post.error)) });
  return html`<li class="post unsent" part="post">
    <article id="post-${post.id}" aria-labelledby="heading-${post.id}" tabindex="-1">
      ${heading(host.headingLevel, html`${t('post.mine')}${about(post)}`, { id: `heading-${post.id}`, className: 'post-heading', offset: postOffset })}
      <p class="badges"><span class="badge ${post.state === 'rejected' ? 'error' : ''}" part="badge">${state}</span></p>
      <p class="body" part="post-body">${post.body}</p>
      ${post.state === 'rejected'
        ? html`<div class="actions">
            ${host.canRestore ? html`<button type="button" @click=${() => host.restoreUnsent(post)}>${t('post.restore')}${about(post)}</button>` : nothing}
            <button type="button" @click=${() => host.discardUnsent(post.id)}>${t('post.discard')}${about(post)}</button>
          </div>`
        : nothing}
    </article>
  </li>`;
}
