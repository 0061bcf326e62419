import { html, nothing } from 'lit';
import type { Post } from '@copro/protocol';
import type { CoproFeedbackBoard } from './feedback-board.ts';
import { heading } from './heading.ts';
import { renderResponseEditor, renderStaffActions } from './staff-view.ts';
import { waited, waitedMessage } from './waiting.ts';
import type { UnsentPost } from './writes-controller.ts';

/** One post as readers (and, with `staff`, moderators) see it. User text goes in text bindings only. */
export function renderPost(host: CoproFeedbackBoard, post: Post, level: number, staff: boolean) {
  const t = host.t;
  const category = post.category ? host.categoryLabel(post.category) : '';
  const message = host.postMessage(post.id);
  return html`<li class="post" part="post">
    <article id="post-${post.id}" aria-labelledby="heading-${post.id}" tabindex="-1">
      ${heading(level, post.displayName ? t('post.headingNamed', { name: post.displayName }) : t('post.heading'), { id: `heading-${post.id}`, className: 'post-heading' })}
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
  const { status, message, respondedAt } = post.response;
  return html`<div class="response" part="response">
    <p><strong>${t('response.heading')}:</strong> <span class="status status-${status}" part="status">${t(`status.${status}`)}</span></p>
    ${message ? html`<p class="message">${message}</p>` : nothing}
    <p class="meta">${t('response.date', { date: t.date(respondedAt) })}. ${t(wait.key, { count: wait.count })}.</p>
  </div>`;
}

/** The support toggle: its name stays "Support" and `aria-pressed` says whether you do. */
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
    >
      ${t('support.button')}
    </button>
    <span id="${idPrefix}-${post.id}" class="meta">${t('support.count', { count: shown.supportCount })}</span>
  </div>`;
}

/** A post the server does not have yet. */
export function renderUnsent(host: CoproFeedbackBoard, post: UnsentPost, level: number) {
  const t = host.t;
  const state =
    post.state === 'sending'
      ? t('outbox.sending')
      : post.state === 'queued'
        ? t('outbox.queued')
        : t('outbox.rejected', { reason: post.error?.message ?? '' });
  return html`<li class="post unsent" part="post">
    <article id="post-${post.id}" aria-labelledby="heading-${post.id}" tabindex="-1">
      ${heading(level, t('post.mine'), { id: `heading-${post.id}`, className: 'post-heading' })}
      <p class="badges"><span class="badge ${post.state === 'rejected' ? 'error' : ''}" part="badge">${state}</span></p>
      <p class="body" part="post-body">${post.body}</p>
      ${post.state === 'rejected'
        ? html`<button type="button" @click=${() => host.discardUnsent(post.id)}>${t('post.discard')}</button>`
        : nothing}
    </article>
  </li>`;
}
