import {
  addKioskLink,
  addLadderKioskLink,
  KIOSK_LINK_MAX_DAYS,
  listKioskLinks,
  listLadderKioskLinks,
  revokeKioskLink,
  revokeLadderKioskLink,
  type KioskLinkInfo,
  type RouteSpec,
} from '@copro/protocol';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { EndpointClient, type AnswerOf, type CallOptions } from '../client.ts';
import { formatDate } from '../dates.ts';
import { textField } from '../fields.ts';
import { heading } from '../heading.ts';
import { adoptLateStyles } from '../late-styles.ts';
import type { Translator } from '../i18n.ts';
import { kioskLinksMessages } from './messages.ts';

export { kioskLinksMessages };

/** What a kiosk link is for: a board's posts and supports, or a ladder's ratings. */
export type KioskLinkResource = 'board' | 'ladder';

/**
 * Each resource's routes, from the protocol's route table. The path's one parameter is named after
 * the resource (`{board}`, `{ladder}`).
 */
const routes = {
  board: { add: addKioskLink, list: listKioskLinks, revoke: revokeKioskLink },
  ladder: { add: addLadderKioskLink, list: listLadderKioskLinks, revoke: revokeLadderKioskLink },
} satisfies Record<KioskLinkResource, Record<'add' | 'list' | 'revoke', RouteSpec>>;

/** What the panel needs from the staff view that shows it. */
export interface KioskLinksOptions {
  host: ReactiveControllerHost;
  /** Which resource the links are for, and its id (the board's or ladder's slug). */
  resource: KioskLinkResource;
  id(): string;
  endpoint(): string;
  t(): Translator;
  /** The host's heading level (`heading-level`). */
  level(): number;
  /** The panel's heading is `level + headingOffset`, its list's one more (default 1). */
  headingOffset?: number;
  /** A class for both headings (the ladder's `subheading`). */
  headingClass?: string;
  /** The page's staff token. */
  token(): string;
  /** A refused call: the staff view judges it (a refused token signs the page out). */
  failed(error: unknown): void;
  announce(text: string): void;
  /** Moves focus once the current render has finished. */
  focus(selector: string): void;
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

/**
 * The panel's own layout (its markup is core's, so its styles are too), in the host's tokens
 * (`--_space`, `--_accent`). `KioskLinks` adopts it into its host's shadow root, so the board and
 * the ladder lay the panel out alike and neither styles markup it does not render.
 */
export const kioskLinksStyles = css`
  [part~='kiosk-links'] {
    margin-block-start: calc(var(--_space) * 3);
  }
  [part~='kiosk-links'] > button {
    margin-block-end: calc(var(--_space) * 2);
  }
  /* The kiosk link just made: its address, to copy. */
  #kiosk-made {
    border-inline-start: 5px solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
  }
  .kiosk-links li {
    margin-block-end: var(--_space);
  }
  @media print {
    [part~='kiosk-links'] {
      display: none;
    }
  }
`;

/** `YYYY-MM-DD` of a date in this device's calendar. */
const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * "Kiosk links for events" (moderators), one panel for a board's staff view and a ladder's: make a
 * kiosk link for this board or ladder and an event (its name and the last day it works), copy its
 * address to open once on the shared tablet, and stop any link at once. The address is shown only
 * when it is made; the list shows each link's event and expiry, never a key. Its words are
 * `kioskLinksMessages`, which the staff view adds (`addMessages`) when it loads. Staff code only:
 * no reader module imports this, so readers never download it. Ids: `#kiosk-toggle`,
 * `#kiosk-section`, `#kiosk-event`, `#kiosk-until`, `#kiosk-url`; part `kiosk-links`. Its layout is
 * `kioskLinksStyles`, adopted by the host's shadow root when the panel is made.
 */
export class KioskLinks {
  #state = KioskLinks.#closed();
  /** Whose panel it is (endpoint, resource id, staff token): another one's starts closed, with no address and no list. */
  #whose = '';

  constructor(private readonly c: KioskLinksOptions) {
    adoptLateStyles(c.host as unknown as HTMLElement, kioskLinksStyles);
  }

  static #closed(): LinksState {
    return { open: false, event: '', until: day(new Date()), links: [], busy: false };
  }

  /** Whose panel it is now: the endpoint, the board or ladder, and the staff token. */
  #whoseNow(): string {
    return `${this.c.endpoint()}\n${this.c.id()}\n${this.c.token()}`;
  }

  /** The panel's state, forgotten once the token (a sign-out, the next moderator) or the board or ladder changes. */
  #current(): LinksState {
    const whose = this.#whoseNow();
    if (whose !== this.#whose) {
      this.#whose = whose;
      this.#state = KioskLinks.#closed();
    }
    return this.#state;
  }

  /** Whether the panel is still `whose` (taken before waiting for an answer). */
  #still(whose: string): boolean {
    this.#current();
    return whose === this.#whose;
  }

  /** Changes the state; with `whose`, only if the panel is still that one (an answer for another moderator or board is dropped). */
  #set(change: Partial<LinksState>, whose?: string): void {
    if (whose !== undefined && !this.#still(whose)) return;
    this.#state = { ...this.#state, ...change };
    this.c.host.requestUpdate();
  }

  /** Calls one of this resource's routes, for its id (and a link's `id`). */
  #call<K extends 'add' | 'list' | 'revoke'>(which: K, options: { link?: string; body?: unknown } = {}) {
    const params = { [this.c.resource]: this.c.id(), ...(options.link ? { id: options.link } : {}) };
    // Both resources' routes take the same body and answer the same schemas: typed once, as the board's.
    return new EndpointClient(this.c.endpoint()).call(routes[this.c.resource][which] as RouteSpec, { params, body: options.body, token: this.c.token() } as unknown as CallOptions<RouteSpec>) as Promise<
      AnswerOf<(typeof routes)['board'][K]>
    >;
  }

  readonly #toggle = async () => {
    const open = !this.#current().open;
    this.#set({ open, made: open ? this.#state.made : undefined, error: undefined });
    this.c.focus(open ? '#kiosk-event' : '#kiosk-toggle');
    if (open) await this.#load();
  };

  async #load(): Promise<void> {
    const whose = this.#whose;
    try {
      const { items } = await this.#call('list');
      this.#set({ links: items }, whose);
    } catch (error) {
      this.c.failed(error);
    }
  }

  readonly #make = async (event: Event) => {
    event.preventDefault();
    const t = this.c.t();
    const state = this.#current();
    if (state.busy) return;
    const name = state.event.trim();
    const end = new Date(`${state.until}T23:59:59`);
    const latest = new Date();
    latest.setDate(latest.getDate() + KIOSK_LINK_MAX_DAYS);
    const error = !name
      ? ({ field: 'event', text: t('kioskLinks.eventEmpty') } as const)
      : Number.isNaN(end.getTime()) || end.getTime() <= Date.now() || end.getTime() > latest.getTime()
        ? ({ field: 'until', text: t('kioskLinks.untilInvalid', { count: KIOSK_LINK_MAX_DAYS }) } as const)
        : undefined;
    if (error) {
      this.#set({ error });
      this.c.focus(error.field === 'event' ? '#kiosk-event' : '#kiosk-until');
      return;
    }
    this.#set({ busy: true, error: undefined });
    const whose = this.#whose;
    try {
      const link = await this.#call('add', { body: { event: name, expiresAt: end.toISOString() } });
      if (!this.#still(whose)) return;
      this.#set({ made: { id: link.id, event: name, url: link.url }, event: '', busy: false });
      this.c.announce(t('kioskLinks.made', { event: name }));
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
      this.c.announce(t('kioskLinks.copied'));
    } catch {
      // No clipboard (an old browser, or permission refused): the address is selected to copy by hand.
      (this.c.host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLInputElement>('#kiosk-url')?.select();
      this.c.announce(t('kioskLinks.copyByHand'));
    }
  };

  readonly #revoke = async (link: KioskLinkInfo) => {
    const t = this.c.t();
    try {
      await this.#call('revoke', { link: link.id });
    } catch (error) {
      this.c.failed(error);
      return;
    }
    if (this.#state.made?.id === link.id) this.#set({ made: undefined });
    this.c.announce(t('kioskLinks.revoked', { event: link.event }));
    this.c.focus('#kiosk-event');
    await this.#load();
  };

  #heading(text: string, id: string, extra = 0) {
    return heading(this.c.level(), text, { id, className: this.c.headingClass, offset: (this.c.headingOffset ?? 1) + extra });
  }

  /** The "Kiosk links for events" button and, when open, the form and the links. Show it to moderators only. */
  render() {
    const t = this.c.t();
    // Another moderator's, board's or ladder's panel renders closed; the next action forgets the old state.
    const state = this.#whoseNow() === this.#whose ? this.#state : KioskLinks.#closed();
    const kind = this.c.resource;
    const error = (field: 'event' | 'until') => (state.error?.field === field ? { prefix: t('kioskLinks.errorPrefix'), text: state.error.text } : undefined);
    return html`<div part="kiosk-links">
      <button type="button" id="kiosk-toggle" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="kiosk-section" @click=${this.#toggle}>${t('kioskLinks.open')}</button>
      ${state.open
        ? html`<section id="kiosk-section" aria-labelledby="kiosk-heading">
            ${this.#heading(t('kioskLinks.heading'), 'kiosk-heading')}
            <p class="hint">${t(`kioskLinks.intro.${kind}`)}</p>
            <form novalidate @submit=${this.#make}>
              ${textField({
                id: 'kiosk-event',
                label: t('kioskLinks.event'),
                hint: t(`kioskLinks.eventHint.${kind}`),
                error: error('event'),
                maxlength: 80,
                value: state.event,
                onInput: (value) => this.#set({ event: value, error: undefined }),
              })}
              ${textField({
                id: 'kiosk-until',
                type: 'date',
                label: t('kioskLinks.until'),
                hint: t('kioskLinks.untilHint', { count: KIOSK_LINK_MAX_DAYS }),
                error: error('until'),
                value: state.until,
                onInput: (value) => this.#set({ until: value, error: undefined }),
              })}
              <div class="actions">
                <button type="submit" class="primary" aria-disabled=${state.busy ? 'true' : 'false'}>${t('kioskLinks.make')}</button>
                <button type="button" @click=${this.#toggle}>${t('kioskLinks.done')}</button>
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
        <label for="kiosk-url">${t('kioskLinks.url', { event: made.event })}</label>
        <div class="hint" id="kiosk-url-hint">${t('kioskLinks.urlHint')}</div>
        <input id="kiosk-url" type="text" readonly dir="ltr" aria-describedby="kiosk-url-hint" .value=${made.url} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
      </div>
      <button type="button" @click=${this.#copy}>${t('kioskLinks.copy')}</button>
    </div>`;
  }

  #renderList(t: Translator, links: KioskLinkInfo[]) {
    const kind = this.c.resource;
    return html`${this.#heading(t(`kioskLinks.listHeading.${kind}`), 'kiosk-list-heading', 1)}
      ${links.length
        ? html`<ul class="kiosk-links" aria-labelledby="kiosk-list-heading">
            ${links.map(
              (link) => html`<li>
                <span dir="auto">${link.event}</span>:
                ${t(link.expired ? 'kioskLinks.expired' : 'kioskLinks.worksUntil', { date: formatDate(link.expiresAt, t.lang, { dateStyle: 'medium', timeStyle: 'short' }) })}
                <button type="button" @click=${() => this.#revoke(link)}>${t('kioskLinks.revoke')}<span class="visually-hidden">: ${link.event}</span></button>
              </li>`,
            )}
          </ul>`
        : html`<p>${t(`kioskLinks.none.${kind}`)}</p>`}`;
  }
}
