import { EndpointClient, heading, newId, radioGroup, textField, type Translator } from '@copro/core';
import { assistedChannels, createPost, type AssistedChannel } from '@copro/protocol';
import { html, nothing } from 'lit';
import type { BoardParts } from './board-parts.ts';
import { sectionOffset } from './view-parts.ts';

interface EntryState {
  open: boolean;
  channel: AssistedChannel;
  /** The event's name (with the `event` channel); kept for the next entry, as the channel is. */
  event: string;
  category: string;
  words: string;
  error?: string;
  /** How many were added since the form was opened, and how the last one arrived. */
  added: number;
  lastChannel?: AssistedChannel;
  /** The entry's id and participant until it is stored, so sending it again after a failure stores it once. */
  pending?: { id: string; participant: string };
  sending: boolean;
}

/** What quick entry needs from the board's staff work. */
export interface QuickEntryHost extends BoardParts {
  level(): number;
  token(): string;
  /** A refused write: the staff module judges it (a refused token signs the page out). */
  failed(error: unknown): void;
  /** After each entry: the list (when it shows visible posts) and the record change. */
  added(): void;
}

/**
 * "Type up responses": moderators type up a stack of paper forms, what was said at an event, on the
 * phone or by email, one after another with the keyboard. Each entry is a post on someone's behalf
 * (`POST .../posts` with the staff token and a `channel`), with a fresh participant id of its own, so
 * no resident's id is ever used. The form stays open: after each entry it confirms, clears the words
 * (keeping the channel and event name for the next form in the stack) and puts focus back in them.
 */
export class QuickEntry {
  #state: EntryState = { open: false, channel: 'paper', event: '', category: '', words: '', added: 0, sending: false };

  constructor(private readonly c: QuickEntryHost) {}

  #set(change: Partial<EntryState>): void {
    this.#state = { ...this.#state, ...change };
    this.c.host.requestUpdate();
  }

  readonly #toggle = () => {
    const open = !this.#state.open;
    // Opening starts a new count; the channel and event name stay from last time.
    this.#set(open ? { open, added: 0, lastChannel: undefined, error: undefined } : { open });
    this.c.focus(open ? `#entry-channel-${this.#state.channel}` : '#entry-toggle');
  };

  readonly #submit = async (event: Event) => {
    event.preventDefault();
    const state = this.#state;
    if (state.sending) return;
    const t = this.c.t();
    const words = state.words.trim();
    const max = this.c.posts.board?.maxLength;
    const error = !words ? t('staff.entry.empty') : max !== undefined && words.length > max ? t('staff.entry.tooLong', { max }) : undefined;
    if (error) {
      this.#set({ error });
      this.c.focus('#entry-words');
      return;
    }
    const pending = state.pending ?? { id: newId(), participant: newId() };
    const eventName = state.channel === 'event' ? state.event.trim() : '';
    this.#set({ pending, sending: true });
    try {
      await new EndpointClient(this.c.endpoint()).call(createPost, {
        params: { board: this.c.board() },
        body: {
          ...pending,
          body: words,
          channel: state.channel,
          ...(state.category ? { category: state.category } : {}),
          ...(eventName ? { event: eventName } : {}),
        },
        token: this.c.token(),
      });
    } catch (error) {
      this.#set({ sending: false });
      this.c.failed(error);
      return;
    }
    const added = this.#state.added + 1;
    this.#set({ words: '', category: '', error: undefined, pending: undefined, sending: false, added, lastChannel: state.channel });
    this.c.announce(this.#confirmation(t));
    this.c.focus('#entry-words');
    this.c.added();
  };

  #confirmation(t: Translator): string {
    const { added, lastChannel } = this.#state;
    return lastChannel ? t('staff.entry.added', { count: added, how: t(`staff.entry.how.${lastChannel}`) }) : '';
  }

  /** The "Type up responses" button and, when open, the form under it. Moderators only. */
  render() {
    const t = this.c.t();
    const state = this.#state;
    const categories = this.c.posts.board?.categories ?? [];
    return html`<div class="quick-entry" part="quick-entry">
      <button type="button" id="entry-toggle" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="entry-section" @click=${this.#toggle}>${t('staff.entry.open')}</button>
      ${state.open
        ? html`<section id="entry-section" aria-labelledby="entry-heading">
            ${heading(this.c.level(), t('staff.entry.heading'), { id: 'entry-heading', offset: sectionOffset })}
            <p class="hint">${t('staff.entry.intro')}</p>
            <form id="entry-form" novalidate @submit=${this.#submit}>
              ${radioGroup({
                name: 'entry-channel',
                legend: t('staff.entry.channel'),
                items: assistedChannels.map((channel) => ({ value: channel, label: t(`staff.entry.channel.${channel}`) })),
                value: state.channel,
                onChange: (channel) => this.#set({ channel }),
              })}
              ${state.channel === 'event'
                ? textField({
                    id: 'entry-event',
                    label: t('staff.entry.event'),
                    hint: t('staff.entry.eventHint'),
                    maxlength: 120,
                    value: state.event,
                    onInput: (event) => this.#set({ event }),
                  })
                : nothing}
              ${categories.length
                ? html`<div class="field">
                    <label for="entry-category">${t('staff.entry.category')}</label>
                    <select id="entry-category" @change=${(event: Event) => this.#set({ category: (event.target as HTMLSelectElement).value })}>
                      <option value="" ?selected=${state.category === ''}>${t('staff.entry.noCategory')}</option>
                      ${categories.map((category) => html`<option value=${category.id} ?selected=${state.category === category.id}>${category.label}</option>`)}
                    </select>
                  </div>`
                : nothing}
              ${state.added ? html`<p class="notice" id="entry-confirm">${this.#confirmation(t)}</p>` : nothing}
              ${textField({
                id: 'entry-words',
                label: t('staff.entry.words'),
                hint: t('staff.entry.wordsHint'),
                error: state.error ? { prefix: t('staff.error.prefix'), text: state.error } : undefined,
                rows: 5,
                value: state.words,
                onInput: (words) => this.#set({ words, error: undefined, pending: undefined }),
              })}
              <div class="actions">
                <button type="submit" class="primary" aria-disabled=${state.sending ? 'true' : 'false'}>${t('staff.entry.add')}</button>
                <button type="button" @click=${this.#toggle}>${t('staff.entry.done')}</button>
              </div>
            </form>
          </section>`
        : nothing}
    </div>`;
  }
}
