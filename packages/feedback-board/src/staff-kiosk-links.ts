import { EndpointClient, formatDate, heading, type Translator } from '@copro/core';
import { addKioskLink, KIOSK_LINK_MAX_DAYS, listKioskLinks, revokeKioskLink, type KioskLinkInfo } from '@copro/protocol';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BoardParts } from './board-parts.ts';
import { sectionOffset } from './view-parts.ts';

/** What the kiosk links panel needs from the board's staff work. */
export interface KioskLinksHost extends BoardParts {
  level(): number;
  token(): string;
  /** A refused call: the staff module judges it (a refused token signs the page out). */
  failed(error: unknown): void;
}

interface LinksState {
  open: boolean;
  event: string;
  /** The last day the link works (`YYYY-MM-DD`, the device's calendar): it stops at the end of that day. */
  until: string;
  error?: { field: 'event' | 'until'; text: string };
  /** The link just made: its address is shown only now. */
  made?: { id: string; event: string; url: string };
  links: KioskLinkInfo[];
  busy: boolean;
}

/** `YYYY-MM-DD` of a date in this device's calendar. */
const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * "Kiosk links for events" (moderators): make a kiosk link for this board and an event (its name and
 * the last day it works), copy its address to open once on the shared tablet, and revoke any link
 * at once. The address is shown only when it is made; the list shows each link's event and expiry.
 */
export class KioskLinks {
  #state: LinksState = { open: false, event: '', until: day(new Date()), links: [], busy: false };

  constructor(private readonly c: KioskLinksHost) {}

  #set(change: Partial<LinksState>): void {
    this.#state = { ...this.#state, ...change };
    this.c.host.requestUpdate();
  }

  get #client() {
    return new EndpointClient(this.c.endpoint());
  }

  readonly #toggle = async () => {
    const open = !this.#state.open;
    this.#set({ open, made: open ? this.#state.made : undefined, error: undefined });
    this.c.focus(open ? '#kiosk-event' : '#kiosk-toggle');
    if (open) await this.#load();
  };

  async #load(): Promise<void> {
    try {
      const { items } = await this.#client.call(listKioskLinks, { params: { board: this.c.board() }, token: this.c.token() });
      this.#set({ links: items });
    } catch (error) {
      this.c.failed(error);
    }
  }

  readonly #make = async (event: Event) => {
    event.preventDefault();
    const t = this.c.t();
    const state = this.#state;
    if (state.busy) return;
    const name = state.event.trim();
    const end = new Date(`${state.until}T23:59:59`);
    const latest = new Date();
    latest.setDate(latest.getDate() + KIOSK_LINK_MAX_DAYS);
    const error = !name
      ? ({ field: 'event', text: t('staff.kiosk.eventEmpty') } as const)
      : Number.isNaN(end.getTime()) || end.getTime() <= Date.now() || end.getTime() > latest.getTime()
        ? ({ field: 'until', text: t('staff.kiosk.untilInvalid', { count: KIOSK_LINK_MAX_DAYS }) } as const)
        : undefined;
    if (error) {
      this.#set({ error });
      this.c.focus(error.field === 'event' ? '#kiosk-event' : '#kiosk-until');
      return;
    }
    this.#set({ busy: true, error: undefined });
    try {
      const link = await this.#client.call(addKioskLink, { params: { board: this.c.board() }, body: { event: name, expiresAt: end.toISOString() }, token: this.c.token() });
      this.#set({ made: { id: link.id, event: name, url: link.url }, event: '', busy: false });
      this.c.announce(t('staff.kiosk.made', { event: name }));
      this.c.focus('#kiosk-url');
      await this.#load();
    } catch (caught) {
      this.#set({ busy: false });
      this.c.failed(caught);
    }
  };

  readonly #copy = async () => {
    const t = this.c.t();
    const url = this.#state.made?.url ?? '';
    try {
      await navigator.clipboard.writeText(url);
      this.c.announce(t('staff.kiosk.copied'));
    } catch {
      // No clipboard (an old browser, or permission refused): the address is selected to copy by hand.
      (this.c.host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLInputElement>('#kiosk-url')?.select();
      this.c.announce(t('staff.kiosk.copyByHand'));
    }
  };

  readonly #revoke = async (link: KioskLinkInfo) => {
    const t = this.c.t();
    try {
      await this.#client.call(revokeKioskLink, { params: { board: this.c.board(), id: link.id }, token: this.c.token() });
    } catch (error) {
      this.c.failed(error);
      return;
    }
    if (this.#state.made?.id === link.id) this.#set({ made: undefined });
    this.c.announce(t('staff.kiosk.revoked', { event: link.event }));
    this.c.focus('#kiosk-event');
    await this.#load();
  };

  /** The "Kiosk links for events" button and, when open, the form and the board's links. Moderators only. */
  render() {
    const t = this.c.t();
    const state = this.#state;
    const invalid = (field: 'event' | 'until') => state.error?.field === field;
    const errorText = (field: 'event' | 'until') =>
      invalid(field) ? html`<p class="error" id="kiosk-${field}-error"><span class="visually-hidden">${t('staff.error.prefix')}</span> ${state.error!.text}</p>` : nothing;
    const describedBy = (field: 'event' | 'until') => `kiosk-${field}-hint${invalid(field) ? ` kiosk-${field}-error` : ''}`;
    return html`<div class="quick-entry" part="kiosk-links">
      <button type="button" id="kiosk-toggle" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="kiosk-section" @click=${this.#toggle}>${t('staff.kiosk.open')}</button>
      ${state.open
        ? html`<section id="kiosk-section" aria-labelledby="kiosk-heading">
            ${heading(this.c.level(), t('staff.kiosk.heading'), { id: 'kiosk-heading', offset: sectionOffset })}
            <p class="hint">${t('staff.kiosk.intro')}</p>
            <form novalidate @submit=${this.#make}>
              <div class="field ${invalid('event') ? 'invalid' : ''}">
                <label for="kiosk-event">${t('staff.kiosk.event')}</label>
                <div class="hint" id="kiosk-event-hint">${t('staff.kiosk.eventHint')}</div>
                ${errorText('event')}
                <input id="kiosk-event" type="text" dir="auto" maxlength="80" autocomplete="off" aria-describedby=${describedBy('event')} aria-invalid=${invalid('event') ? 'true' : 'false'} .value=${live(state.event)} @input=${(event: Event) => this.#set({ event: (event.target as HTMLInputElement).value, error: undefined })} />
              </div>
              <div class="field ${invalid('until') ? 'invalid' : ''}">
                <label for="kiosk-until">${t('staff.kiosk.until')}</label>
                <div class="hint" id="kiosk-until-hint">${t('staff.kiosk.untilHint', { count: KIOSK_LINK_MAX_DAYS })}</div>
                ${errorText('until')}
                <input id="kiosk-until" type="date" aria-describedby=${describedBy('until')} aria-invalid=${invalid('until') ? 'true' : 'false'} .value=${live(state.until)} @input=${(event: Event) => this.#set({ until: (event.target as HTMLInputElement).value, error: undefined })} />
              </div>
              <div class="actions">
                <button type="submit" class="primary" aria-disabled=${state.busy ? 'true' : 'false'}>${t('staff.kiosk.make')}</button>
                <button type="button" @click=${this.#toggle}>${t('staff.entry.done')}</button>
              </div>
            </form>
            ${state.made ? this.#renderMade(t, state.made) : nothing}
            ${this.#renderList(t, state.links)}
          </section>`
        : nothing}
    </div>`;
  }

  #renderMade(t: Translator, made: NonNullable<LinksState['made']>) {
    return html`<div class="notice" id="kiosk-made">
      <div class="field">
        <label for="kiosk-url">${t('staff.kiosk.url', { event: made.event })}</label>
        <div class="hint" id="kiosk-url-hint">${t('staff.kiosk.urlHint')}</div>
        <input id="kiosk-url" type="text" readonly dir="ltr" aria-describedby="kiosk-url-hint" .value=${made.url} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
      </div>
      <button type="button" @click=${this.#copy}>${t('staff.kiosk.copy')}</button>
    </div>`;
  }

  #renderList(t: Translator, links: KioskLinkInfo[]) {
    const lang = t.lang;
    return html`${heading(this.c.level(), t('staff.kiosk.listHeading'), { id: 'kiosk-list-heading', offset: sectionOffset + 1 })}
      ${links.length
        ? html`<ul class="kiosk-links" aria-labelledby="kiosk-list-heading">
            ${links.map(
              (link) => html`<li>
                <span dir="auto">${link.event}</span>:
                ${t(link.expired ? 'staff.kiosk.expired' : 'staff.kiosk.until.date', { date: formatDate(link.expiresAt, lang, { dateStyle: 'medium', timeStyle: 'short' }) })}
                <button type="button" @click=${() => this.#revoke(link)}>${t('staff.kiosk.revoke')}<span class="visually-hidden">: ${link.event}</span></button>
              </li>`,
            )}
          </ul>`
        : html`<p>${t('staff.kiosk.none')}</p>`}`;
  }
}
