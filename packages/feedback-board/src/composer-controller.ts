import { newId } from '@copro/core';
import { Post, type Board, type NewPost } from '@copro/protocol';
import * as z from 'zod/mini';
import type { BoardParts } from './board-parts.ts';
import type { ComposerContext, Confirmation } from './composer-view.ts';
import { emptyDraft, readDraft, saveDraft, type Draft } from './draft.ts';
import { findPersonalData, hasPersonalData } from './personal-data.ts';
import type { UnsentPost } from './writes-controller.ts';

/** Taking personal details out of a post, loaded when first asked for (at module level: see feedback-board.ts). */
const loadRemover = () => import('./personal-data-remove.ts');

/** What writing a post needs from the board. */
export interface ComposerHost extends BoardParts {
  /** The board's settings, once loaded. */
  settings(): Board | undefined;
  /** The character count, said politely once typing settles. */
  announceCount(text: string): void;
  queued(post: NewPost): void;
}

/**
 * The form to write a post: the draft (kept for the tab), the length and personal-data checks,
 * sending through the outbox, and a refused post going back into the text box.
 */
export class ComposerController {
  draft: Draft = emptyDraft();
  /** Keep no draft (kiosk mode: the next person must not find this one's words). */
  noDraft = false;
  bodyError = '';
  notice = '';
  /** The success panel after the last post was sent or saved on this device. */
  confirmation?: Confirmation;
  #personalWarned = false;
  /** Posts sent from this form: the panel confirms them, so the live region does not say it again. */
  readonly #confirmed = new Set<string>();

  constructor(private readonly c: ComposerHost) {}

  /** Reads the draft kept for this endpoint and board (call when either changes). */
  attach(): void {
    const endpoint = this.c.endpoint();
    const board = this.c.board();
    this.draft = endpoint && board && !this.noDraft ? readDraft(endpoint, board) : emptyDraft();
  }

  /** This device forgot the person: their draft is gone (read it again), and the panel about their last post too. */
  forgotten(): void {
    this.attach();
    this.confirmation = undefined;
    this.notice = '';
    this.bodyError = '';
    this.c.host.requestUpdate();
  }

  context(post: ComposerContext['post']): ComposerContext {
    return {
      post,
      draft: this.draft,
      bodyError: this.bodyError,
      notice: this.notice,
      confirmation: this.confirmation,
      onShowPost: this.#showPost,
      similar: this.c.similar.posts,
      onSubmit: this.#submit,
      onBodyInput: this.#onBodyInput,
      onNameInput: (event) => this.#setDraft({ displayName: (event.target as HTMLInputElement).value }),
      onCategoryChange: (event) => this.#setDraft({ category: (event.target as HTMLSelectElement).value }),
      onRemovePersonalData: this.#removePersonalData,
    };
  }

  #setDraft(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    if (!this.noDraft) saveDraft(this.c.endpoint(), this.c.board(), this.draft);
    this.c.host.requestUpdate();
  }

  readonly #onBodyInput = (event: Event) => {
    const t = this.c.t();
    this.#setDraft({ body: (event.target as HTMLTextAreaElement).value });
    this.bodyError = '';
    const remaining = (this.c.settings()?.maxLength ?? 0) - this.draft.body.length;
    this.c.announceCount(remaining < 0 ? t('count.over', { count: -remaining }) : t('count.remaining', { count: remaining }));
    this.c.similar.search(this.draft.body);
    const found = hasPersonalData(findPersonalData(this.draft.body));
    if (found && !this.#personalWarned) this.c.announce(t('personal.heading'), true);
    this.#personalWarned = found;
  };

  readonly #removePersonalData = async () => {
    const t = this.c.t();
    let removePersonalData: (text: string) => string;
    try {
      ({ removePersonalData } = await loadRemover());
    } catch {
      // Its code could not load (offline before it was ever used): the words stay as they are.
      return this.c.announce(t('error.offline'), true);
    }
    this.#setDraft({ body: removePersonalData(this.draft.body) });
    this.#personalWarned = false;
    this.c.announce(t('personal.removed'), true);
    this.c.focus('#body');
  };

  readonly #submit = async (event: Event) => {
    event.preventDefault();
    const t = this.c.t();
    const board = this.c.settings();
    if (!board) return;
    const form = event.target as HTMLFormElement;
    const text = this.draft.body.trim();
    this.notice = '';
    if (!text) this.bodyError = t('error.bodyEmpty');
    else if (text.length > board.maxLength) this.bodyError = t('error.bodyTooLong', { count: board.maxLength });
    else this.bodyError = '';
    this.c.host.requestUpdate();
    if (this.bodyError) {
      this.c.focus('#body');
      return;
    }
    const honeypot = (form.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
    const displayName = this.draft.displayName.trim();
    const post: NewPost = {
      id: newId(),
      participant: this.c.participant(),
      body: text,
      ...(this.draft.category ? { category: this.draft.category } : {}),
      ...(displayName ? { displayName } : {}),
      ...(honeypot ? { website: honeypot } : {}),
    };
    const kept = this.draft;
    // The outbox holds it from here until the server has it; the form is free for the next post,
    // which starts without this one's category.
    this.#setDraft({ body: '', category: '' });
    this.c.similar.clear();
    this.confirmation = undefined;
    this.#confirmed.add(post.id);
    this.c.announce(t('outbox.sending'));
    const result = await this.c.writes.sendPost(post);
    if (result.state === 'sent') {
      const sent = z.safeParse(Post, result.response);
      this.#confirm({ postId: post.id, state: 'sent', pending: sent.success ? sent.data.visibility === 'pending' : board.moderation === 'before' });
    } else if (result.state === 'queued') {
      // Sent later (back online, or after a reload), it is announced then.
      this.#confirmed.delete(post.id);
      this.#confirm({ postId: post.id, state: 'queued', pending: board.moderation === 'before' });
      this.c.queued(post);
    } else if (result.state === 'rejected') {
      this.#confirmed.delete(post.id);
      await this.c.writes.discard(post.id);
      this.#restore(kept);
      this.notice = t('draft.restored', { reason: this.c.reportError(result.error) });
    }
  };

  /** Shows the success panel and moves focus to its heading, which says what happened (so the live region does not). */
  #confirm(confirmation: Confirmation): void {
    this.confirmation = confirmation;
    this.c.host.requestUpdate();
    this.c.focus('#confirmation-heading');
  }

  readonly #showPost = (event: Event) => {
    // The post is inside the shadow root, where the link's fragment does not reach.
    event.preventDefault();
    if (this.confirmation) this.c.focus(`#post-${CSS.escape(this.confirmation.postId)}`);
  };

  /** Puts a post that was not sent back in the form, before anything written since, and focuses the text box. */
  #restore(kept: Draft): void {
    this.#setDraft({
      body: this.draft.body ? `${kept.body}\n\n${this.draft.body}` : kept.body,
      displayName: kept.displayName || this.draft.displayName,
      category: kept.category || this.draft.category,
    });
    this.c.focus('#body');
  }

  /** A post refused after being saved on this device goes back in the text box to be changed. */
  readonly restoreUnsent = async (post: UnsentPost) => {
    await this.c.writes.discard(post.id);
    this.#restore({ body: post.body, displayName: post.displayName ?? '', category: post.category ?? '' });
    this.c.announce(this.c.t()('post.restored'));
  };

  readonly discardUnsent = async (id: string) => {
    await this.c.writes.discard(id);
    this.c.announce(this.c.t()('post.discarded'));
    this.c.focus('#body');
  };

  /** A post sent now, or from the outbox after a reload. */
  sent(post: Post): void {
    if (this.#confirmed.has(post.id)) return;
    // A post the panel said was saved on this device has now arrived: the panel says so too.
    if (this.confirmation?.postId === post.id) {
      this.confirmation = { ...this.confirmation, state: 'sent', pending: post.visibility === 'pending' };
      this.c.host.requestUpdate();
    }
    this.c.announce(this.c.t()(post.visibility === 'pending' ? 'post.sentPending' : 'post.sent'));
  }
}
