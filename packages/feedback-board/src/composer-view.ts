import { heading } from '@copro/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Board, Post } from '@copro/protocol';
import type { Draft } from './draft.ts';
import { findPersonalData, hasPersonalData } from './personal-data.ts';
import { renderSupport, type PostContext } from './post-view.ts';
import { postOffset, sectionOffset } from './view-parts.ts';

/** What the form to write a post needs from the board. */
export interface ComposerContext {
  /** The text, name and category, with their support toggles for similar posts. */
  post: Pick<PostContext, 't' | 'level' | 'withPendingSupport' | 'onSupport'>;
  draft: Draft;
  bodyError: string;
  /** Said above the form: why a post went back into the text box. */
  notice: string;
  similar: Post[];
  confirmation?: Confirmation;
  /** The panel's link to the post: focuses it. */
  onShowPost(event: Event): void;
  onSubmit(event: Event): void;
  onBodyInput(event: Event): void;
  onNameInput(event: Event): void;
  onCategoryChange(event: Event): void;
  onRemovePersonalData(): void;
}

/** What the success panel after posting says: sent or saved on this device, and whether a moderator checks it first. */
export interface Confirmation {
  postId: string;
  state: 'sent' | 'queued';
  pending: boolean;
}

/**
 * The form to write a post: a labelled text area with the GOV.UK character count, an optional name
 * and category, a honeypot people never see, a personal-data warning and similar posts.
 */
export function renderComposer(board: Board, c: ComposerContext) {
  const { t, level } = c.post;
  const draft = c.draft;
  const length = draft.body.length;
  const remaining = board.maxLength - length;
  const over = remaining < 0;
  const found = findPersonalData(draft.body);
  const describedBy = ['body-hint', 'body-limit', c.bodyError ? 'body-error' : ''].filter(Boolean).join(' ');
  return html`<section aria-labelledby="write-heading" part="composer">
    ${heading(level, t('write.heading'), { id: 'write-heading', offset: sectionOffset })}
    ${c.notice ? html`<div class="notice error-notice" role="alert"><p>${c.notice}</p></div>` : nothing}
    ${renderConfirmation(c)}
    <form novalidate @submit=${c.onSubmit}>
      <div class="field ${c.bodyError ? 'invalid' : ''}">
        <label for="body">${t('body.label')}</label>
        <div class="hint" id="body-hint">${t('body.hint')}</div>
        <div class="visually-hidden" id="body-limit">${t('count.limit', { count: board.maxLength })}</div>
        ${c.bodyError ? html`<p class="error" id="body-error"><span class="visually-hidden">${t('label', { label: t('error.summary') })} </span>${c.bodyError}</p>` : nothing}
        <textarea
          id="body"
          name="body"
          rows="5"
          spellcheck="true"
          aria-describedby=${describedBy}
          aria-invalid=${c.bodyError ? 'true' : 'false'}
          .value=${live(draft.body)}
          @input=${c.onBodyInput}
        ></textarea>
        <p class="count ${over ? 'over' : ''}" aria-hidden="true">
          ${over ? t('count.over', { count: -remaining }) : t('count.remaining', { count: remaining })}
        </p>
      </div>
      ${hasPersonalData(found)
        ? html`<div class="warning" part="personal-data-warning">
            <p class="label" id="personal-heading">${t('personal.heading')}</p>
            <p>${t(found.emails.length && found.phones.length ? 'personal.both' : found.emails.length ? 'personal.email' : 'personal.phone')}</p>
            <button type="button" @click=${c.onRemovePersonalData}>${t('personal.remove')}</button>
          </div>`
        : nothing}
      ${c.similar.length
        ? html`<section class="notice" aria-labelledby="similar-heading" part="similar">
            ${heading(level, t('similar.heading'), { id: 'similar-heading', offset: postOffset })}
            <p class="hint">${t('similar.hint')}</p>
            <ul class="similar">
              ${c.similar.map(
                (post) => html`<li>
                  <p class="body" id="similar-body-${post.id}" dir="auto">${post.body}</p>
                  ${renderSupport(post, c.post, 'similar-count')}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      <div class="field">
        <label for="name">${t('name.label')}</label>
        <div class="hint" id="name-hint">${t('name.hint')}</div>
        <input id="name" name="displayName" type="text" autocomplete="off" maxlength="80" aria-describedby="name-hint" .value=${live(draft.displayName)} @input=${c.onNameInput} />
      </div>
      ${board.categories.length
        ? html`<div class="field">
            <label for="category">${t('category.label')}</label>
            <!-- The live value, not only the options' selected attributes: once someone has chosen, Firefox
                 no longer follows those attributes, so the next post would keep the last one's category. -->
            <select id="category" name="category" .value=${live(draft.category ?? '')} @change=${c.onCategoryChange}>
              <option value="" ?selected=${!draft.category}>${t('category.none')}</option>
              ${board.categories.map((category) => html`<option value=${category.id} ?selected=${draft.category === category.id}>${category.label}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="trap" aria-hidden="true">
        <label for="website">${t('honeypot.label')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="submit" class="primary" part="submit">${t('submit')}</button>
      </div>
    </form>
  </section>`;
}

/**
 * The GOV.UK success notification banner after posting. Its heading takes focus, so a screen reader
 * says it once, and sighted people see what happened and what happens next.
 */
function renderConfirmation(c: ComposerContext) {
  const done = c.confirmation;
  if (!done) return nothing;
  const { t, level } = c.post;
  const next = done.state === 'queued' ? [t('confirm.queuedNext'), ...(done.pending ? [t('confirm.moderated')] : [])] : [t(done.pending ? 'confirm.moderated' : 'confirm.visible')];
  return html`<div class="confirmation" part="confirmation">
    ${heading(level, t(done.state === 'sent' ? 'confirm.sent' : 'confirm.queued'), { id: 'confirmation-heading', offset: postOffset, tabindex: -1 })}
    ${next.map((line) => html`<p>${line}</p>`)}
    <p><a href="#post-${done.postId}" @click=${c.onShowPost}>${t('confirm.link')}</a></p>
  </div>`;
}
