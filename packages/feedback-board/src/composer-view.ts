import { heading } from '@copro/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Board } from '@copro/protocol';
import type { CoproFeedbackBoard } from './feedback-board.ts';
import { findPersonalData, hasPersonalData } from './personal-data.ts';
import { postOffset, renderSupport, sectionOffset } from './post-view.ts';

/**
 * The form to write a post: a labelled text area with the GOV.UK character count, an optional name
 * and category, a honeypot people never see, a personal-data warning and similar posts.
 */
export function renderComposer(host: CoproFeedbackBoard, board: Board) {
  const t = host.t;
  const draft = host.draft;
  const length = draft.body.length;
  const remaining = board.maxLength - length;
  const over = remaining < 0;
  const found = findPersonalData(draft.body);
  const describedBy = ['body-hint', 'body-limit', host.bodyError ? 'body-error' : ''].filter(Boolean).join(' ');
  return html`<section aria-labelledby="write-heading" part="composer">
    ${heading(host.headingLevel, t('write.heading'), { id: 'write-heading', offset: sectionOffset })}
    ${host.composerNotice ? html`<div class="notice error-notice" role="alert"><p>${host.composerNotice}</p></div>` : nothing}
    <form novalidate @submit=${host.submitPost}>
      <div class="field ${host.bodyError ? 'invalid' : ''}">
        <label for="body">${t('body.label')}</label>
        <div class="hint" id="body-hint">${t('body.hint')}</div>
        <div class="visually-hidden" id="body-limit">${t('count.limit', { count: board.maxLength })}</div>
        ${host.bodyError ? html`<p class="error" id="body-error"><span class="visually-hidden">${t('label', { label: t('error.summary') })} </span>${host.bodyError}</p>` : nothing}
        <textarea
          id="body"
          name="body"
          rows="5"
          spellcheck="true"
          aria-describedby=${describedBy}
          aria-invalid=${host.bodyError ? 'true' : 'false'}
          .value=${live(draft.body)}
          @input=${host.onBodyInput}
        ></textarea>
        <p class="count ${over ? 'over' : ''}" aria-hidden="true">
          ${over ? t('count.over', { count: -remaining }) : t('count.remaining', { count: remaining })}
        </p>
      </div>
      ${hasPersonalData(found)
        ? html`<div class="warning" part="personal-data-warning">
            <p class="label" id="personal-heading">${t('personal.heading')}</p>
            <p>${t(found.emails.length && found.phones.length ? 'personal.both' : found.emails.length ? 'personal.email' : 'personal.phone')}</p>
            <button type="button" @click=${host.removePersonalData}>${t('personal.remove')}</button>
          </div>`
        : nothing}
      ${host.similar.posts.length
        ? html`<section class="notice" aria-labelledby="similar-heading" part="similar">
            ${heading(host.headingLevel, t('similar.heading'), { id: 'similar-heading', offset: postOffset })}
            <p class="hint">${t('similar.hint')}</p>
            <ul class="similar">
              ${host.similar.posts.map(
                (post) => html`<li>
                  <p class="body" id="similar-body-${post.id}">${post.body}</p>
                  ${renderSupport(host, post, 'similar-count')}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      <div class="field">
        <label for="name">${t('name.label')}</label>
        <div class="hint" id="name-hint">${t('name.hint')}</div>
        <input id="name" name="displayName" type="text" autocomplete="nickname" maxlength="80" aria-describedby="name-hint" .value=${live(draft.displayName)} @input=${host.onNameInput} />
      </div>
      ${board.categories.length
        ? html`<div class="field">
            <label for="category">${t('category.label')}</label>
            <select id="category" name="category" @change=${host.onCategoryChange}>
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
