import { CoproRequestError, EndpointClient, errorMessageKey, heading, newId, radioGroup, StaffSession, textField, type Translator } from '@copro/core';
import { assistedChannels, rateLadder, type AssistedChannel } from '@copro/protocol';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import type { ShownLadder } from '../labels.ts';
import { capitalise, groupName } from '../results-view.ts';

type Field = 'role' | 'now';

interface EntryState {
  open: boolean;
  channel: AssistedChannel;
  /** The event's name (with the `event` channel); kept for the next entry, as the channel is. */
  event: string;
  role: string;
  now: string;
  /** Empty: not given. */
  aim: string;
  comment: string;
  errors: Partial<Record<Field, string>>;
  /** Why the last entry was not stored (the endpoint refused it, or could not be reached). */
  failure: string;
  /** How many were added since the form was opened, and how the last one arrived. */
  added: number;
  lastChannel?: AssistedChannel;
  /** The entry's id and participant until it is stored, so sending it again after a failure stores it once. */
  pending?: { id: string; participant: string };
  sending: boolean;
}

/** What the entry form needs from the ladder element. */
export interface EntryHost {
  host: ReactiveControllerHost & HTMLElement;
  endpoint(): string;
  ladder(): string;
  t(): Translator;
  announce(text: string): void;
  focus(selector: string): void;
  /** After each entry: the results shown are read again. */
  added(): void;
}

/** The entry form's own layout, adopted by the ladder's shadow root with the staff code (readers never download it). The kiosk links panel brings its own (core's `kioskLinksStyles`). */
const entryStyles = css`
  .staff-entry {
    margin-block-start: calc(var(--_space) * 3);
  }
  .staff-entry > button {
    margin-block-end: calc(var(--_space) * 2);
  }
  .staff-entry .notice {
    border-inline-start: 6px solid var(--_success);
    padding-inline-start: calc(var(--_space) * 2);
    font-weight: 700;
  }
  @media print {
    .staff-entry {
      display: none;
    }
  }
`;

const fresh = (state: EntryState): EntryState => ({ ...state, role: '', now: '', aim: '', comment: '', errors: {}, failure: '', pending: undefined, sending: false });

/**
 * "Enter ratings on someone's behalf" (moderators and above, with `staff`): ratings from paper
 * forms, an event, a phone call or an email, typed in one after another with the keyboard. Each is
 * a rating on someone's behalf (`POST .../ratings` with the staff token and a `channel`, and the
 * event's name with the `event` channel), with a fresh participant id of its own, so no resident's
 * id is ever used and no entry replaces another. Errors follow the GOV.UK pattern (a summary that
 * links to each field, and the message at the field). The form stays open: after each entry it
 * confirms, clears the rating (keeping the channel and event name for the next one) and puts focus
 * back on the first question. Loaded with the ladder's other staff parts.
 */
export class LadderEntry {
  #state: EntryState = fresh({ open: false, channel: 'paper', event: '', role: '', now: '', aim: '', comment: '', errors: {}, failure: '', added: 0, sending: false });
  readonly #session: StaffSession;

  constructor(private readonly c: EntryHost) {
    this.#session = new StaffSession(c.host, c.endpoint);
    const root = c.host.shadowRoot;
    const sheet = entryStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  #set(change: Partial<EntryState>): void {
    this.#state = { ...this.#state, ...change };
    this.c.host.requestUpdate();
  }

  readonly #toggle = () => {
    const open = !this.#state.open;
    // Opening starts a new count; the channel and event name stay from last time.
    this.#set(open ? { ...fresh(this.#state), open, added: 0, lastChannel: undefined } : { open });
    this.c.focus(open ? `#rate-channel-${this.#state.channel}` : '#rate-toggle');
  };

  /** Focus on a question's chosen radio, or its first. */
  #focusField(field: Field): void {
    const radio = this.c.host.shadowRoot?.querySelector<HTMLInputElement>(`#rate-${field}-group input:checked`) ?? this.c.host.shadowRoot?.querySelector<HTMLInputElement>(`#rate-${field}-group input`);
    radio?.focus();
  }

  readonly #submit = async (event: Event) => {
    event.preventDefault();
    const state = this.#state;
    if (state.sending) return;
    const t = this.c.t();
    const errors: EntryState['errors'] = {};
    if (!state.role) errors.role = t('entry.error.role');
    if (!state.now) errors.now = t('entry.error.now');
    if (errors.role || errors.now) {
      this.#set({ errors, failure: '' });
      this.c.focus('#rate-error-summary');
      return;
    }
    const pending = state.pending ?? { id: newId(), participant: newId() };
    const eventName = state.channel === 'event' ? state.event.trim() : '';
    const comment = state.comment.trim();
    this.#set({ pending, sending: true, errors: {}, failure: '' });
    try {
      await new EndpointClient(this.c.endpoint()).call(rateLadder, {
        params: { ladder: this.c.ladder() },
        body: {
          ...pending,
          role: state.role,
          now: state.now,
          channel: state.channel,
          ...(state.aim ? { aim: state.aim } : {}),
          ...(comment ? { comment } : {}),
          ...(eventName ? { event: eventName } : {}),
        },
        token: this.#session.token,
      });
    } catch (error) {
      const failure = error instanceof CoproRequestError ? error : new CoproRequestError('network', String(error));
      const refused = this.#session.failed(failure);
      this.#set({ sending: false, failure: refused === 'forbidden' ? t('entry.forbidden') : t(errorMessageKey(failure)) });
      this.c.focus('#rate-failure');
      return;
    }
    const added = this.#state.added + 1;
    this.#state = { ...fresh(this.#state), added, lastChannel: state.channel };
    this.c.host.requestUpdate();
    this.c.announce(this.#confirmation(t));
    this.c.host.updateComplete.then(() => this.#focusField('role'));
    this.c.added();
  };

  #confirmation(t: Translator): string {
    const { added, lastChannel } = this.#state;
    return lastChannel ? t('entry.added', { count: added, how: t(`entry.how.${lastChannel}`) }) : '';
  }

  #errorSummary(level: number) {
    const t = this.c.t();
    const fields = (['role', 'now'] as const).filter((field) => this.#state.errors[field]);
    if (!fields.length) return nothing;
    return html`<div class="error-summary" id="rate-error-summary" role="alert" tabindex="-1" aria-labelledby="rate-error-title">
      ${heading(level, t('entry.error.summary'), { id: 'rate-error-title', className: 'subheading', offset: 2 })}
      <ul>
        ${fields.map(
          (field) => html`<li>
            <a
              href="#rate-${field}-group"
              @click=${(event: Event) => {
                event.preventDefault();
                this.#focusField(field);
              }}
              >${this.#state.errors[field]}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #choices(field: 'role' | 'now' | 'aim', legend: string, items: { id: string; label: string }[], withNone?: string) {
    const t = this.c.t();
    const state = this.#state;
    const error = field === 'aim' ? undefined : state.errors[field];
    return radioGroup({
      name: `rate-${field}`,
      legend,
      error: error ? { prefix: t('entry.error.prefix'), text: error } : undefined,
      items: [...items.map((item) => ({ value: item.id, label: item.label })), ...(withNone ? [{ value: '', label: withNone, id: `rate-${field}-none` }] : [])],
      value: state[field],
      onChange: (value) => this.#set({ [field]: value, errors: { ...state.errors, [field]: undefined }, pending: undefined }),
    });
  }

  /** The "Enter ratings on someone's behalf" button and, when open, the form under it. Moderators and above, signed in. */
  render(level: number, ladder: ShownLadder) {
    if (!this.#session.signedIn || !this.#session.can('moderator')) return nothing;
    const t = this.c.t();
    const state = this.#state;
    const top = [...ladder.rungs].reverse();
    return html`<div class="staff-entry" part="staff-entry">
      <button type="button" id="rate-toggle" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="rate-section" @click=${this.#toggle}>${t('entry.open')}</button>
      ${state.open
        ? html`<section id="rate-section" aria-labelledby="rate-heading">
            ${heading(level, t('entry.heading'), { id: 'rate-heading', className: 'subheading', offset: 1 })}
            <p class="hint">${t('entry.intro')}</p>
            <form id="rate-form" novalidate @submit=${this.#submit}>
              ${this.#errorSummary(level)}
              ${radioGroup({
                name: 'rate-channel',
                legend: t('entry.channel'),
                items: assistedChannels.map((channel) => ({ value: channel, label: t(`entry.channel.${channel}`) })),
                value: state.channel,
                onChange: (channel) => this.#set({ channel, pending: undefined }),
              })}
              ${state.channel === 'event'
                ? textField({
                    id: 'rate-event',
                    label: t('entry.event'),
                    hint: t('entry.eventHint'),
                    maxlength: 120,
                    value: state.event,
                    onInput: (event) => this.#set({ event, pending: undefined }),
                  })
                : nothing}
              ${this.#choices('role', t('entry.role'), ladder.roles.map((role) => ({ id: role.id, label: capitalise(groupName(role, t)) })))} ${this.#choices('now', t('entry.now'), top)}
              ${this.#choices('aim', t('entry.aim'), top, t('entry.aimNone'))}
              ${textField({
                id: 'rate-comment',
                label: t('entry.comment'),
                hint: t('entry.commentHint'),
                rows: 3,
                maxlength: 2000,
                value: state.comment,
                onInput: (comment) => this.#set({ comment, pending: undefined }),
              })}
              ${state.added ? html`<p class="notice" id="rate-confirm">${this.#confirmation(t)}</p>` : nothing}
              ${state.failure ? html`<p class="error" id="rate-failure" role="alert" tabindex="-1">${state.failure}</p>` : nothing}
              <div class="actions">
                <button type="submit" class="primary" aria-disabled=${state.sending ? 'true' : 'false'}>${t('entry.add')}</button>
                <button type="button" @click=${this.#toggle}>${t('entry.done')}</button>
              </div>
            </form>
          </section>`
        : nothing}
    </div>`;
  }
}
