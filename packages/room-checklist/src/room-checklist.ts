import { adoptRoomKey, writeCredential, Announcer, CoproElement, EndpointClient, errorMessageKey, fieldStyles, heading, newId, PopoverController, primaryLanguage, routePath, type CoproRequestError } from '@copro/core';
import { addGroup, getRoom, type GroupStatus, type Room } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { declaredGroups, type DeclaredGroups } from './declared-groups.ts';
import './events.ts';
import { roomCsv, roomMinutes, summarySentence, type ExportRow } from './export.ts';
import { groupCard } from './group-card.ts';
import { messages } from './messages.ts';
import { checklistOrder, countStatuses, isDefaultGroup, matchesFilter, sameValues, type RoomFilter } from './model.ts';
import { addGroupForm, exportPanel, filterView, publicSummaryView, summaryView, type ExportState } from './panels.ts';
import { NoteDrafts } from './note-drafts.ts';
import type { LiveRoom } from './live-room.ts';
import { RoomSync, type GroupEntry } from './room-sync.ts';
import { checklistStyles } from './styles.ts';

/**
 * The room's live updates, loaded once the room is. At module level, not inside the class: tsc
 * (6.0) left a relative `import('./x.ts')` in a decorated class's method unrewritten in the built
 * package, which a consumer's bundler could not resolve.
 */
const loadLiveRoom = () => import('./live-room.ts');

/** How long a status must stay chosen before it is sent: longer than the gap between arrow-key presses. */
const STATUS_SETTLE_MS = 600;

/**
 * @summary Who's not in the room? A shared checklist of the groups a project should hear from.
 *
 * A steering group uses it together: for each group they mark whether it is missing, not known
 * yet, invited, in the room, or not relevant, write how they will reach them and who is doing it,
 * and open a hint on reaching them. Groups that are missing or not known come first. A sentence
 * and a bar sum it up ("9 of 26 groups are in the room. 5 invited. 12 missing or unknown.") and
 * are announced politely when they change. A filter shows all, missing, invited or present
 * groups; the list keeps its order while people work (so focus never jumps) and offers to put
 * itself in order again. Anyone can add a group.
 *
 * Every edit is saved through the outbox (kept on the device while the endpoint cannot be
 * reached; only the latest unsent edit of a group is kept). A status is saved where the person
 * stops: arrow keys on a closed select send one write, 600 ms after the last step, or at once on
 * leaving the select or pressing Enter. A note is saved when the field is left or "Save note" is
 * pressed, never per keystroke; until then it is kept in `sessionStorage`, so a reload does not
 * lose it. Each save is announced once ("Saved: <group>."). If someone else changed the group
 * first, both versions are shown side by side and this person keeps theirs or takes the other:
 * nothing is overwritten unseen.
 *
 * Live: when the endpoint has the room's stream (`GET /v1/rooms/{room}/events`), changes made by
 * others appear in place as they happen and are announced politely ("Youth council: marked
 * invited."), without moving the list. A group this person is editing is never changed under
 * them: it says that someone else changed it, and their save then offers both versions. The
 * stream closes when the element is removed or the tab has been hidden for a minute, and catches up
 * when it is back. Without a stream, the checklist works as before.
 *
 * Each group is compact: its status and "How to reach them" sit on one row where there is room,
 * and a group with no note yet shows an "Add a note" button (a disclosure) instead of the field.
 *
 * A new room starts with the 26 default groups; on a Welsh page (`lang="cy"`) they show in Welsh.
 * Organisations extend or replace the list without code, with child elements:
 *
 * ```html
 * <copro-room-checklist endpoint="/copro" room="youth-fund" replace-defaults>
 *   <copro-group group="young-people"></copro-group>   <!-- keep a default group -->
 *   <copro-group group="foster-carers" label="Foster carers" hint="Fostering team newsletter"></copro-group>
 * </copro-room-checklist>
 * ```
 *
 * A child with a new id and a `label` is added to the room the first time the checklist loads
 * (once, however many pages load it). Without `replace-defaults` the defaults stay and the
 * organisation's groups are added; with it, default groups not listed are left out (groups
 * people added themselves always show). Children are read when the room loads.
 *
 * Without JavaScript (or before the script runs) the element shows its other light-DOM children
 * (the `<copro-group>` children are empty), and once it runs it hides them (it has no default
 * slot): put a short explanation or a summary of who you are trying to reach there, e.g.
 * `<p>We are checking who is missing from this consultation: young carers, ...</p>`.
 *
 * Print shows every group with its hint and note and no controls; "Print and export" also offers
 * a CSV file (formula-safe) and a plain-text summary for the minutes.
 *
 * @event copro-group-changed - A change this person made is stored, or they chose the other person's version. `detail: { room, group }`.
 * @event copro-conflict - Someone else changed a group first; both versions are shown. `detail: { room, theirs, mine }`.
 * @event copro-error - Loading or saving failed. `detail: { code, message }`.
 *
 * @csspart title - The heading with the room's title.
 * @csspart summary - The summary section (sentence and bar).
 * @csspart bar - The bar drawing the summary.
 * @csspart filter - The filter's fieldset.
 * @csspart list - The list of groups.
 * @csspart group - One group.
 * @csspart status - A group's status select.
 * @csspart note - A group's note field.
 * @csspart add-note - The "Add a note" button of a group with no note yet.
 * @csspart hint-button - The button that opens a group's hint.
 * @csspart hint - The pop-over with a group's hint.
 * @csspart conflict - The panel that shows two versions of a group.
 * @csspart add-form - The section for adding a group.
 * @csspart export - The print and export section.
 *
 * @cssprop --copro-color-accent - Colour of buttons, links and the invited part of the bar.
 * @cssprop --copro-room-present - Colour of groups in the room (defaults to the success colour).
 * @cssprop --copro-room-invited - Colour of invited groups (defaults to the accent colour).
 * @cssprop --copro-room-missing - Colour of missing and unknown groups (defaults to the warning colour).
 */
export class CoproRoomChecklist extends CoproElement {
  static override styles = [...CoproElement.styles, fieldStyles, checklistStyles];
  protected static override messages = messages;

  /** Base URL of the copro endpoint (absolute, or relative to the page). */
  @property() endpoint = '';

  /** Id of the room at the endpoint. */
  @property() room = '';

  /**
   * For public pages: a compact summary instead of the checklist. Counts, the groups the project
   * has heard from, invited and is still missing as short lists, the notes there are, and (with
   * `contact-url`) an invitation to help; no controls and no instructions for the steering group.
   */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Read-only view: where "Do you know how to reach one of these groups? Tell us" links, e.g. the
   * page's feedback board (`#board`), a form, or a `mailto:` address. Without it, no invitation is shown.
   */
  @property({ attribute: 'contact-url' }) contactUrl = '';

  /** Show only the default groups listed as `<copro-group>` children (and every group added later). */
  @property({ type: Boolean, attribute: 'replace-defaults' }) replaceDefaults = false;


  @state() private filter: RoomFilter = 'all';
  /** The list's order, kept while people work so that nothing moves under their focus. */
  @state() private order: string[] = [];
  @state() private inFilter = new Set<string>();
  @state() private alertText = '';
  @state() private addError = false;
  @state() private copyState: ExportState['copyState'] = '';

  readonly #announcer = new Announcer(this);
  readonly #drafts = new NoteDrafts();
  /** Statuses chosen but not sent yet: arrow keys on a closed select change it once per step. */
  readonly #pendingStatus = new Map<string, { status: GroupStatus; timer: ReturnType<typeof setTimeout> }>();
  /** Groups with no note whose "Add a note" disclosure is open. */
  readonly #openNotes = new Set<string>();
  readonly #savedHere = new Set<string>();
  readonly #resolving = new Set<string>();
  #speech = '';
  #spokeAt = -Infinity;
  readonly #hints = new Map<string, PopoverController>();
  #declared: DeclaredGroups = { ids: new Set(), groups: [] };
  #lastSentence = '';

  readonly #sync = new RoomSync(this, {
    changed: (entry, how) => {
      const id = entry.group.id;
      const group = this.#text(entry).label;
      this.#savedHere.add(id);
      if (how === 'taken') this.#say(this.t('conflict.taken', { group }));
      else if (this.#resolving.delete(id)) this.#say(this.t('conflict.kept', { group }));
      else if (how === 'saved') this.#say(this.t('group.savedNamed', { group }));
      this.emit('copro-group-changed', { room: this.room, group: entry.group });
    },
    conflict: (entry) => {
      this.#resolving.delete(entry.group.id);
      this.alertText = this.t('conflict.announce', { group: this.#text(entry).label });
      this.emit('copro-conflict', { room: this.room, theirs: entry.conflict!.theirs, mine: entry.conflict!.mine });
    },
    queued: (entry) => this.#say(this.t('group.queuedNamed', { group: this.#text(entry).label })),
    failed: (error, entry) => this.#failed(error, entry),
  });

  readonly #load = new Task(this, {
    task: async ([endpoint, room], { signal }): Promise<Room> => {
      try {
        this.#drafts.open(endpoint, room);
        // An editor link (#copro-key=...) lets this tab change the checklist.
        adoptRoomKey(endpoint, room);
        const lang = primaryLanguage(this.locale.lang);
        const loaded = await this.#sync.load(endpoint, room, signal, lang);
        this.#keepTexts(loaded, lang);
        // The page's language changed while this read was on its way: read the words again.
        if (lang !== primaryLanguage(this.locale.lang)) void this.#words.run();
        this.#declared = declaredGroups(this);
        if (!this.readonly) {
          // Declared groups are added only by someone who may change the room (an editor link, a staff
          // sign-in, or a room open to all): otherwise each would be a refused write (401) on every load.
          const mayChange = loaded.publicEditing || Boolean(await writeCredential(endpoint, routePath(addGroup, { room })));
          if (mayChange) for (const group of this.#declared.groups) if (!this.#sync.entries.has(group.id)) void this.#sync.addGroup(group);
        }
        this.#sortList();
        this.#follow(endpoint, room);
        return loaded;
      } catch (error) {
        if (!signal.aborted) this.reportError(error);
        throw error;
      }
    },
    args: () => [this.endpoint, this.room] as const,
  });

  /** Each group's words as the last read answered them, and the language they were asked in. */
  #texts = new Map<string, { label: string; hint: string }>();
  #textsLang = '';

  /**
   * The default groups' words come from the endpoint in the page's language (`?lang=`). When the
   * page's language changes after the room is loaded, only the words are read again: the
   * checklist, its drafts and unsent changes stay as they are.
   */
  readonly #words = new Task(this, {
    task: async ([endpoint, room, lang], { signal }) => {
      if (!this.#sync.loaded || lang === this.#textsLang) return;
      this.#keepTexts(await new EndpointClient(endpoint).call(getRoom, { params: { room }, query: { lang }, signal }), lang);
    },
    args: () => [this.endpoint, this.room, primaryLanguage(this.locale.lang)] as const,
  });

  #keepTexts(room: Room, lang: string): void {
    this.#texts = new Map(room.groups.map((group) => [group.id, { label: group.label, hint: group.hint }]));
    this.#textsLang = lang;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#sendPendingStatuses);
    // Back on the page: the stream resumes from the last event it had.
    this.#live?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#sendPendingStatuses);
    this.#sendPendingStatuses();
    this.#live?.stop();
  }

  /** The room's live stream, once its code has loaded (it stops itself when the endpoint has none). */
  #live?: LiveRoom;
  #liveFor = '';

  /** Follows the room's live stream once the room is loaded: its code and words (live-room.ts) load only now. */
  #follow(endpoint: string, room: string): void {
    // Forgotten as well as stopped: removed and put back before the new one loads, the checklist
    // would start the old room's stream again and never stop it.
    this.#live?.stop();
    this.#live = undefined;
    const key = (this.#liveFor = `${endpoint}\n${room}`);
    void loadLiveRoom().then(async ({ followRoom }) => {
      const live = await followRoom(this, this.#sync, endpoint, room, {
        locale: this.locale,
        // A note being typed or a status not sent yet (live-room.ts also counts focus in the group's controls).
        busy: (id) => this.#drafts.get(id) !== undefined || this.#pendingStatus.has(id),
        say: (text) => this.#say(text),
      });
      // Another room (or endpoint) was loaded meanwhile: this one is not followed.
      if (this.#liveFor !== key) return;
      this.#live = live;
      if (this.isConnected) live.start();
    });
  }

  protected override render() {
    if (!this.room) return html`<p class="error">${this.t('missing.room')}</p>`;
    return html`${this.#load.render({
        pending: () => html`<p role="status">${this.t('loading')}</p>`,
        complete: (room: Room) => this.#checklist(room),
        error: (error) => html`<p class="error">${this.t(errorMessageKey(error))}</p>
          <button type="button" @click=${() => void this.#load.run()}>${this.t('retry')}</button>`,
      })}
      <div class="visually-hidden" role="status">${this.#announcer.text}</div>
      <div class="visually-hidden" role="alert">${this.alertText}</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#sync.loaded) return;
    const sentence = summarySentence(this.#counts(), this.t);
    if (this.#lastSentence && sentence !== this.#lastSentence) this.#say(sentence);
    this.#lastSentence = sentence;
  }

  #checklist(room: Room) {
    const t = this.t;
    const level = this.headingLevel;
    const ids = this.#listIds();
    const shown = ids.filter((id) => this.#passesFilter(id));
    const rows = this.#exportRows();
    if (this.readonly) {
      const groups = ids.map((id) => {
        const entry = this.#sync.entries.get(id)!;
        return { label: this.#text(entry).label, status: entry.shown.status, note: entry.shown.note };
      });
      return html`${heading(level, html`<bdi>${room.title}</bdi>`, { part: 'title' })} ${summaryView(this.#counts(), t, level)}
        ${publicSummaryView(groups, t, level, this.contactUrl)}`;
    }
    const stale = this.#stale();
    return html`${heading(level, html`<bdi>${room.title}</bdi>`, { part: 'title' })}
      <p class="intro">${t('intro')}</p>
      ${summaryView(this.#counts(), t, level)}
      <section aria-labelledby="list-heading">
        ${heading(level, t('list.heading'), { id: 'list-heading', offset: 1 })}
        ${filterView(this.filter, t, (filter) => this.#setFilter(filter))}
        <p class="showing">${t('filter.showing', { count: shown.length })}</p>
        ${stale
          ? html`<div class="stale">
              <p>${t('list.stale')}</p>
              <button type="button" @click=${() => this.#sortList()}>${t('list.sort')}</button>
            </div>`
          : nothing}
        ${shown.length ? nothing : html`<p>${t('filter.empty')}</p>`}
        <ul class="groups" part="list" aria-labelledby="list-heading">
          ${ids.map((id) => this.#card(this.#sync.entries.get(id)!, level))}
        </ul>
      </section>
      ${this.readonly ? nothing : addGroupForm(t, level, { error: this.addError }, (event) => void this.#onAdd(event))}
      ${exportPanel(
        t,
        { csv: () => roomCsv(rows, t), fileName: `${room.id}.csv`, minutes: roomMinutes(room.title, rows, t), copyState: this.copyState },
        () => void this.#copy(rows, room),
        () => window.print(),
      )}`;
  }

  #card(entry: GroupEntry, level: number) {
    const id = entry.group.id;
    return groupCard(entry, {
      t: this.t,
      level,
      readonly: this.readonly,
      text: this.#text(entry),
      custom: !isDefaultGroup(id) && !this.#declared.ids.has(id),
      filteredOut: !this.#passesFilter(id),
      savedHere: this.#savedHere.has(id),
      draft: this.#drafts.get(id),
      chosenStatus: this.#pendingStatus.get(id)?.status,
      noteOpen: this.#openNotes.has(id),
      hint: this.#hints.get(id),
      onStatus: (status) => this.#chooseStatus(entry, status),
      onStatusDone: () => this.#commit(entry),
      onNoteInput: (note) => this.#drafts.set(id, note),
      onNoteLeave: () => this.#commit(entry),
      onNoteSave: () => this.#saveNote(entry),
      onAddNote: () => this.#toggleNote(id),
      onHint: () => this.#toggleHint(id),
      onKeepMine: () => this.#resolve(entry, 'mine'),
      onTakeTheirs: () => this.#resolve(entry, 'theirs'),
    });
  }

  /** Groups this checklist shows: all of the room's, less the defaults an organisation left out. */
  #visibleIds(): string[] {
    return this.#sync.ids.filter((id) => !(this.replaceDefaults && isDefaultGroup(id) && !this.#declared.ids.has(id)));
  }

  /** The kept order, with any group added since at the end (always shown, whatever the filter). */
  #listIds(): string[] {
    const visible = this.#visibleIds();
    const known = new Set(this.order);
    const added = visible.filter((id) => !known.has(id));
    const present = new Set(visible);
    return [...this.order.filter((id) => present.has(id)), ...added];
  }

  /** Shown whatever the filter until the list is put in order again: the filter's groups, and any added since. */
  #passesFilter(id: string): boolean {
    return this.inFilter.has(id) || !this.order.includes(id);
  }

  #liveOrder(): string[] {
    return checklistOrder(this.#visibleIds().map((id) => ({ id, status: this.#sync.entries.get(id)!.shown.status })));
  }

  #sortList(): void {
    this.order = this.#liveOrder();
    this.inFilter = new Set(this.order.filter((id) => matchesFilter(this.#sync.entries.get(id)!.shown.status, this.filter)));
  }

  #stale(): boolean {
    const live = this.#liveOrder();
    const listed = this.#listIds();
    return live.some((id, index) => listed[index] !== id || this.#passesFilter(id) !== matchesFilter(this.#sync.entries.get(id)!.shown.status, this.filter));
  }

  #setFilter(filter: RoomFilter): void {
    this.filter = filter;
    this.#sortList();
    this.#say(this.t('filter.showing', { count: this.inFilter.size }));
  }

  /**
   * Announces politely; messages that come within one announcement's delay are read together
   * ("Saved: Carers. 1 of 26 groups is in the room. …") instead of the later one replacing the first.
   */
  #say(text: string): void {
    const now = performance.now();
    if (now - this.#spokeAt >= 500) this.#speech = text;
    else if (!this.#speech.includes(text)) this.#speech = `${this.#speech} ${text}`;
    this.#spokeAt = now;
    this.#announcer.announce(this.#speech);
  }

  #counts() {
    return countStatuses(this.#visibleIds().map((id) => this.#sync.entries.get(id)!.shown.status));
  }

  /**
   * A group's label and hint as read, in the page's language (`?lang=`): a write's answer, which is
   * not asked in a language, does not change them. A group added since is shown as written.
   */
  #text(entry: GroupEntry) {
    return this.#texts.get(entry.group.id) ?? { label: entry.group.label, hint: entry.group.hint };
  }

  #exportRows(): ExportRow[] {
    return this.#visibleIds().map((id) => {
      const entry = this.#sync.entries.get(id)!;
      return { id, ...this.#text(entry), ...entry.shown, updatedAt: entry.group.updatedAt };
    });
  }

  /**
   * A status chosen in the select. Arrow keys on a closed select fire a change per step (Chromium,
   * Firefox), so the write waits until the person stops (or leaves the select, or presses Enter):
   * one write to the shared room and one announcement, for the status they meant.
   */
  #chooseStatus(entry: GroupEntry, status: GroupStatus): void {
    const id = entry.group.id;
    clearTimeout(this.#pendingStatus.get(id)?.timer);
    this.#pendingStatus.set(id, { status, timer: setTimeout(() => this.#commit(entry), STATUS_SETTLE_MS) });
    this.requestUpdate();
  }

  /** Sends what the person chose for a group (status and any unsaved note) in one write. Returns false when nothing changed. */
  #commit(entry: GroupEntry): boolean {
    const id = entry.group.id;
    const pending = this.#pendingStatus.get(id);
    clearTimeout(pending?.timer);
    this.#pendingStatus.delete(id);
    const draft = this.#drafts.get(id);
    this.#drafts.delete(id);
    const values = { status: pending?.status ?? entry.shown.status, note: (draft ?? entry.shown.note).trim() };
    if (pending || draft !== undefined) this.requestUpdate();
    if (sameValues(values, entry.shown)) {
      // Done with the group, nothing saved: show what someone else changed meanwhile.
      this.#live?.settle(id, values);
      return false;
    }
    void this.#sync.save(id, values);
    return true;
  }

  readonly #sendPendingStatuses = () => {
    for (const id of [...this.#pendingStatus.keys()]) {
      const entry = this.#sync.entries.get(id);
      if (entry) this.#commit(entry);
    }
  };

  #saveNote(entry: GroupEntry): void {
    if (this.#commit(entry) || entry.saving || entry.conflict || entry.error || entry.unsent) return;
    // Nothing new to send (leaving the field already saved it): still say so, rather than nothing.
    this.#say(this.t('group.savedNamed', { group: this.#text(entry).label }));
  }

  #toggleNote(id: string): void {
    if (this.#openNotes.delete(id)) {
      this.requestUpdate();
      return;
    }
    this.#openNotes.add(id);
    this.requestUpdate();
    this.focusAfterUpdate(`[id="g-${id}-note"]`);
  }

  async #resolve(entry: GroupEntry, keep: 'mine' | 'theirs'): Promise<void> {
    const id = entry.group.id;
    this.alertText = '';
    this.#drafts.delete(id);
    if (keep === 'mine') {
      this.#resolving.add(id);
      await this.#sync.keepMine(id);
    } else {
      await this.#sync.takeTheirs(id);
    }
    // The panel with the pressed button is gone: put focus on the group's status instead of losing it.
    this.focusAfterUpdate(`[id="g-${id}-status"]`);
  }

  #toggleHint(id: string): void {
    let hint = this.#hints.get(id);
    if (!hint) {
      hint = new PopoverController(this, {
        trigger: () => this.#byId(`g-${id}-hint-button`),
        panel: () => this.#byId(`g-${id}-hint`),
        onToggle: (open) => {
          if (open) for (const [other, controller] of this.#hints) if (other !== id) controller.hide();
        },
      });
      this.#hints.set(id, hint);
    }
    hint.toggle();
  }

  async #onAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const labelField = form.elements.namedItem('label') as HTMLInputElement;
    const label = labelField.value.trim();
    const hint = (form.elements.namedItem('hint') as HTMLTextAreaElement).value.trim();
    this.addError = !label;
    if (!label) {
      this.focusAfterUpdate('#add-label');
      return;
    }
    const id = newId();
    await this.#sync.addGroup({ id, label, hint: hint || undefined });
    form.reset();
    this.#say(this.t('add.added', { group: label }));
    labelField.focus();
  }

  async #copy(rows: ExportRow[], room: Room): Promise<void> {
    try {
      await navigator.clipboard.writeText(roomMinutes(room.title, rows, this.t));
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      await this.updateComplete;
      const fallback = this.#byId('minutes') as HTMLTextAreaElement | null;
      fallback?.focus();
      fallback?.select();
    }
  }

  #failed(error: CoproRequestError, entry?: GroupEntry): void {
    const message = this.reportError(error);
    if (entry) this.alertText = `${this.#text(entry).label}: ${message}`;
  }

  #byId(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'copro-room-checklist': CoproRoomChecklist;
  }
}
