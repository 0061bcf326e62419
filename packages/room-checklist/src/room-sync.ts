import {
  EndpointClient,
  newId,
  OutboxWatch,
  outboxFor,
  routeWrite,
  storedError,
  type CoproRequestError,
  type Outbox,
  type OutboxSettledDetail,
  type StoredWrite,
} from '@copro/core';
import { addGroup, getRoom, Group, GroupConflict, NewGroup, UpdateGroup, updateGroup, type Room } from '@copro/protocol';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { sameValues, type GroupValues } from './model.ts';

export const GROUP_WRITE = 'group';
export const GROUP_ADD_WRITE = 'group-add';

/** One group as this person sees it. */
export interface GroupEntry {
  /** The group as the endpoint last said it is. */
  group: Group;
  /** What this person sees: their latest edit while it is on its way, otherwise the stored values. */
  shown: GroupValues;
  /** This person's latest edit that the endpoint has not stored yet. */
  saving?: { writeId: string; state: 'sending' | 'queued' };
  /** The endpoint refused the edit because someone else changed the group first. */
  conflict?: { theirs: Group; mine: GroupValues; writeId: string };
  /** The edit was refused for another reason (a `CoproRequestError`); the words stay on screen. */
  error?: CoproRequestError;
  /** Added on this device and not stored yet: it cannot be edited until it is. */
  unsent?: boolean;
  /** Someone else changed the group (heard live) while this person was editing it: shown when they are done, or offered on save (409). */
  elsewhere?: Group;
}


export interface RoomSyncEvents {
  /** A change this person made is stored (`saved`, or `added` for a new group), or they took the other person's version (`taken`). */
  changed(entry: GroupEntry, how: 'saved' | 'added' | 'taken'): void;
  conflict(entry: GroupEntry): void;
  queued(entry: GroupEntry): void;
  failed(error: CoproRequestError, entry?: GroupEntry): void;
}

/** A write this instance sent: its values (as `valuesKey`) and the revision it was made from. */
interface SentWrite {
  writeId: string;
  key: string;
  revision: number;
}

interface WriteMeta {
  room: string;
  group: string;
  instance: string;
}

/** Instances alive on this page: a write of another live checklist is that checklist's business. */
const liveInstances = new Set<string>();

/** The Web Lock a live checklist holds, so other windows of the browser know its writes are its own. */
const instanceLock = (instance: string) => `copro-room-sync:${instance}`;

/**
 * Of `instances`, those alive in another window or frame of this browser (they hold their Web
 * Lock). Without Web Locks, none: only this page's checklists are known.
 */
async function aliveElsewhere(instances: string[]): Promise<Set<string>> {
  if (!instances.length || typeof navigator === 'undefined' || !navigator.locks?.query) return new Set();
  try {
    const { held = [] } = await navigator.locks.query();
    const names = new Set(held.map((lock) => lock.name));
    return new Set(instances.filter((instance) => names.has(instanceLock(instance))));
  } catch {
    return new Set();
  }
}

/**
 * The room's groups, kept in step with the endpoint through the outbox. Every edit is a PUT with
 * the revision it was made from; edits of one group go one at a time (so a person never
 * conflicts with themselves), and an unsent edit is replaced by a later one of the same group.
 * A 409 becomes a `conflict` that this person resolves; nothing is overwritten unseen.
 * Writes left in the outbox by an earlier page (waiting or refused) are picked up on load.
 */
export class RoomSync implements ReactiveController {
  readonly instance = newId();
  room?: Room;
  readonly entries = new Map<string, GroupEntry>();
  /** Group ids in the endpoint's order, then groups added here. */
  ids: string[] = [];
  #endpoint = '';
  /** The room being loaded or shown: the writes followed are this room's. */
  #roomId = '';
  #loaded = false;
  #early: OutboxSettledDetail[] = [];
  readonly #chains = new Map<string, Promise<unknown>>();
  /**
   * Per group, this instance's writes whose result a later write could not have known: sent and
   * not answered yet (an answer that was lost may hide a write that was stored all the same), or
   * answered only after the next write was made. In a 409, only the last of them before the refused
   * write, found stored exactly on top of the revision it was made from, counts as our own late
   * write; any other "current" version is someone else's, even when it equals something we once sent.
   */
  readonly #unacknowledged = new Map<string, SentWrite[]>();
  /** Writes an earlier page left in the outbox that this checklist took on at load (no window owns them now). */
  readonly #adopted = new Set<string>();
  /** Lets go of this instance's Web Lock. */
  #release?: () => void;

  /** Follows this room's group writes in the endpoint's outbox while the host is connected. */
  readonly #watch: OutboxWatch;

  constructor(
    readonly host: ReactiveControllerHost,
    private readonly on: RoomSyncEvents,
  ) {
    host.addController(this);
    this.#watch = new OutboxWatch(host, {
      outbox: () => (this.#endpoint ? outboxFor(this.#endpoint) : undefined),
      kind: [GROUP_WRITE, GROUP_ADD_WRITE],
      match: (write) => this.#mine(write, this.#roomId),
      onSettled: (write, result) => this.#onSettled({ write, result }),
    });
  }

  hostConnected(): void {
    liveInstances.add(this.instance);
    // Held while the checklist is on a page, so another window leaves its writes alone (a write's
    // answer reaches every window through the outbox; only the window that made it shows it as its own).
    if (typeof navigator !== 'undefined' && navigator.locks?.request && !this.#release) {
      const held = new Promise<void>((resolve) => (this.#release = resolve));
      void navigator.locks.request(instanceLock(this.instance), () => held).catch(() => undefined);
    }
  }

  hostDisconnected(): void {
    liveInstances.delete(this.instance);
    this.#release?.();
    this.#release = undefined;
  }

  /** The endpoint's outbox, also while the host is away (an edit on its way is still sent). */
  get #outbox(): Outbox | undefined {
    return this.#endpoint ? outboxFor(this.#endpoint) : undefined;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** Loads the room and this device's unsent or refused edits of it; `signal` aborts it. Throws `CoproRequestError`. */
  async load(endpoint: string, room: string, signal?: AbortSignal, lang?: string): Promise<Room> {
    this.#loaded = false;
    this.#early = [];
    this.entries.clear();
    this.ids = [];
    this.#endpoint = endpoint;
    this.#roomId = room;
    // Follow before reading, and replay what settled meanwhile, so no answer falls between the two.
    const outbox = this.#watch.follow();
    const pending = (await this.#watch.pending()) ?? [];
    // Another window's checklist still open owns its writes; an earlier page's are taken on here.
    const others = await aliveElsewhere([...new Set(pending.map((write) => (write.meta as Partial<WriteMeta> | undefined)?.instance ?? ''))].filter((id) => id && id !== this.instance));
    const waiting = pending.filter((write) => !others.has((write.meta as Partial<WriteMeta> | undefined)?.instance ?? ''));
    const loaded = await new EndpointClient(endpoint).call(getRoom, { params: { room }, query: { lang }, signal });
    // A newer load (another endpoint or room) took over while this one read.
    if (signal?.aborted || this.#endpoint !== endpoint || this.#roomId !== room || this.#watch.outbox !== outbox) return loaded;
    this.room = loaded;
    for (const group of loaded.groups) this.put({ group, shown: valuesOf(group) });
    this.#adopted.clear();
    for (const write of waiting) {
      this.#adopted.add(write.id);
      this.#adopt(write);
    }
    this.#loaded = true;
    for (const detail of this.#early.splice(0)) this.#apply(detail);
    this.host.requestUpdate();
    return loaded;
  }

  /** Saves a group's status and note (from the revision this person last saw). */
  save(id: string, values: GroupValues): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || entry.unsent) return Promise.resolve();
    entry.shown = values;
    entry.error = undefined;
    // This edit is the group's latest from now on, while an earlier one may still be on its way:
    // that one's answer is then not `latest`, so it cannot show its older values over this one
    // (the badge went back to the earlier status until this edit was answered) or be announced as saved.
    const writeId = newId();
    entry.saving = { writeId, state: 'sending' };
    this.host.requestUpdate();
    // Made here, for this room's group on this endpoint: it goes there even when the checklist has
    // moved to another room (whose groups have the same default ids) before it leaves the queue.
    const made = { entry, room: this.room?.id, outbox: this.#outbox };
    const previous = this.#chains.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.#send(id, values, writeId, made));
    this.#chains.set(id, next.catch(() => undefined));
    return next;
  }

  /** Resolves a conflict by saving this person's version over the other one (which they have seen). */
  keepMine(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry?.conflict) return Promise.resolve();
    const { mine } = entry.conflict;
    entry.conflict = undefined;
    return this.save(id, mine);
  }

  /** Resolves a conflict by taking the other person's version; this person's refused edit is dropped. */
  async takeTheirs(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry?.conflict) return;
    const { writeId } = entry.conflict;
    entry.conflict = undefined;
    entry.shown = valuesOf(entry.group);
    this.host.requestUpdate();
    await this.#outbox?.discard(writeId);
    this.on.changed(entry, 'taken');
  }

  /** Adds a group to the room (once per id, also when sent again). Resolves with its id. */
  async addGroup(group: NewGroup): Promise<string> {
    if (!this.#outbox || !this.room || this.entries.has(group.id)) return group.id;
    const room = this.room.id;
    const unsent: Group = { id: group.id, label: group.label, hint: group.hint ?? '', status: 'unknown', note: '', revision: 0, updatedAt: new Date().toISOString(), standard: false };
    this.put({ group: unsent, shown: valuesOf(unsent), unsent: true });
    this.host.requestUpdate();
    const result = await this.#outbox.send(
      {
        id: newId(),
        ...routeWrite(addGroup, { room }),
        body: group,
        kind: GROUP_ADD_WRITE,
        meta: { room, group: group.id, instance: this.instance } satisfies WriteMeta,
        replaces: `group-add:${room}:${group.id}`,
      },
      NewGroup,
    );
    if (result.state === 'rejected' && result.error.kind === 'invalid-request') {
      this.entries.delete(group.id);
      this.ids = this.ids.filter((id) => id !== group.id);
      this.on.failed(result.error);
    }
    return group.id;
  }

  async #send(id: string, values: GroupValues, writeId: string, made: { entry: GroupEntry; room?: string; outbox?: Outbox }): Promise<void> {
    const { entry, room, outbox } = made;
    if (!outbox || !room) {
      if (entry.saving?.writeId === writeId) entry.saving = undefined;
      this.host.requestUpdate();
      return;
    }
    this.#remember(id, { writeId, key: valuesKey(values), revision: entry.group.revision });
    this.host.requestUpdate();
    const body: UpdateGroup = { status: values.status, note: values.note, revision: entry.group.revision };
    const result = await outbox.send(
      {
        id: writeId,
        ...routeWrite(updateGroup, { room, group: id }),
        body,
        kind: GROUP_WRITE,
        meta: { room, group: id, instance: this.instance } satisfies WriteMeta,
        replaces: `group:${room}:${id}`,
      },
      UpdateGroup,
    );
    // A body refused before it was stored never reaches the outbox's events.
    if (result.state !== 'rejected' || result.error.kind !== 'invalid-request') return;
    this.#forget(id, writeId);
    if (entry.saving?.writeId === writeId) {
      entry.saving = undefined;
      entry.error = result.error;
      this.host.requestUpdate();
      this.on.failed(result.error, entry);
    }
  }

  #remember(id: string, write: SentWrite): void {
    const sent = this.#unacknowledged.get(id) ?? [];
    sent.push(write);
    this.#unacknowledged.set(id, sent);
  }

  /** True when `theirs` is the last earlier write of ours that never got its answer, stored late. */
  #isOwnLateWrite(id: string, refusedWriteId: string, theirs: Group): boolean {
    const earlier = this.#unacknowledged.get(id)?.filter((sent) => sent.writeId !== refusedWriteId).at(-1);
    return Boolean(earlier && earlier.key === valuesKey(theirs) && theirs.revision === earlier.revision + 1);
  }

  /** Adds a group (after the others): loaded, added here, or heard of live (live-room.ts). */
  put(entry: GroupEntry): void {
    if (!this.entries.has(entry.group.id)) this.ids.push(entry.group.id);
    this.entries.set(entry.group.id, entry);
  }

  /** A write of this room that this instance made, or that no live checklist on the page owns (an earlier page's). */
  #mine(write: StoredWrite, room: string): boolean {
    const meta = write.meta as Partial<WriteMeta> | undefined;
    if (meta?.room !== room || typeof meta.group !== 'string') return false;
    return meta.instance === this.instance || !liveInstances.has(meta.instance ?? '');
  }

  /**
   * A write whose answer this checklist shows: one it made, or one it took on at load. Another
   * window's write answers there; here its change arrives like anyone's (the live stream, a reload).
   */
  #owns(write: StoredWrite): boolean {
    return (write.meta as Partial<WriteMeta> | undefined)?.instance === this.instance || this.#adopted.has(write.id);
  }

  /** Shows an edit that an earlier page left in the outbox. */
  #adopt(write: StoredWrite): void {
    const { group: id } = write.meta as unknown as WriteMeta;
    if (write.kind === GROUP_ADD_WRITE) {
      const body = z.safeParse(NewGroup, write.body);
      if (!body.success || this.entries.has(id)) return;
      const unsent: Group = { id, label: body.data.label, hint: body.data.hint ?? '', status: 'unknown', note: '', revision: 0, updatedAt: new Date(write.createdAt).toISOString(), standard: false };
      this.put({ group: unsent, shown: valuesOf(unsent), unsent: true });
      return;
    }
    const entry = this.entries.get(id);
    const body = z.safeParse(UpdateGroup, write.body);
    if (!entry || !body.success) return;
    const mine = { status: body.data.status, note: body.data.note };
    if (write.state === 'waiting') {
      entry.shown = mine;
      entry.saving = { writeId: write.id, state: 'queued' };
    } else if (sameValues(mine, entry.group)) {
      void this.#outbox?.discard(write.id); // someone saved the same thing: nothing to choose between
    } else if (write.lastError?.status === 409) {
      entry.conflict = { theirs: entry.group, mine, writeId: write.id };
    } else {
      entry.shown = mine;
      entry.error = storedError(write);
    }
  }

  readonly #onSettled = (detail: OutboxSettledDetail) => {
    if (!this.#loaded) {
      this.#early.push(detail);
      return;
    }
    this.#apply(detail);
  };

  #apply({ write, result }: OutboxSettledDetail): void {
    if (!this.room || !this.#mine(write, this.room.id) || !this.#owns(write)) return;
    const { group: id } = write.meta as unknown as WriteMeta;
    const entry = this.entries.get(id);
    if (!entry) return;
    const latest = entry.saving?.writeId === write.id;
    // This person's latest edit has its answer: stored (theirs is the newest) or a 409 (which shows both).
    if (latest) entry.elsewhere = undefined;
    if (write.kind === GROUP_ADD_WRITE) {
      this.#applyAdd(entry, result);
      return;
    }
    if (result.state === 'sent') {
      this.#acknowledged(id, write.id);
      const stored = z.safeParse(Group, result.response);
      if (stored.success && stored.data.revision >= entry.group.revision) entry.group = stored.data;
      if (latest) {
        entry.saving = undefined;
        entry.shown = valuesOf(entry.group);
        this.on.changed(entry, 'saved');
      }
    } else if (result.state === 'queued') {
      if (latest && entry.saving) {
        entry.saving = { writeId: write.id, state: 'queued' };
        this.on.queued(entry);
      }
    } else if (latest) {
      entry.saving = undefined;
      const conflict = result.error.status === 409 ? z.safeParse(GroupConflict, result.error.body) : undefined;
      if (conflict?.success) {
        const theirs = conflict.data.current;
        entry.group = theirs;
        const mine = z.safeParse(UpdateGroup, write.body);
        const mineValues = mine.success ? { status: mine.data.status, note: mine.data.note } : entry.shown;
        const ownLateWrite = this.#isOwnLateWrite(id, write.id, theirs);
        this.#unacknowledged.delete(id); // the refused write is not stored, and the current version is known
        if (ownLateWrite) {
          // The "other" version is an earlier edit of ours whose answer was lost: send the latest on top of it.
          void this.save(id, mineValues);
          return;
        }
        entry.conflict = { theirs, mine: mineValues, writeId: write.id };
        this.host.requestUpdate();
        this.on.conflict(entry);
      } else {
        this.#forget(id, write.id);
        entry.error = result.error;
        this.host.requestUpdate();
        this.on.failed(result.error, entry);
      }
    }
    // (An earlier edit settled after a later one was made is not forgotten here: one replaced in the
    // outbox by the later edit may have been stored with its answer lost, and is then the "own late
    // write" that the later edit's 409 meets.)
    this.host.requestUpdate();
  }

  /**
   * The endpoint stored `writeId`: it and the writes sent before it are settled. A write sent after
   * it was made without knowing its result, so it stays listed: that write's 409 may be this one.
   */
  #acknowledged(id: string, writeId: string): void {
    const sent = this.#unacknowledged.get(id) ?? [];
    const index = sent.findIndex((each) => each.writeId === writeId);
    if (index < 0) return;
    const later = sent.slice(index + 1);
    if (later.length) this.#unacknowledged.set(id, [sent[index], ...later]);
    else this.#unacknowledged.delete(id);
  }

  #forget(id: string, writeId: string): void {
    const sent = this.#unacknowledged.get(id)?.filter((each) => each.writeId !== writeId);
    if (sent?.length) this.#unacknowledged.set(id, sent);
    else this.#unacknowledged.delete(id);
  }

  #applyAdd(entry: GroupEntry, result: OutboxSettledDetail['result']): void {
    if (result.state === 'sent') {
      const stored = z.safeParse(Group, result.response);
      if (stored.success) {
        entry.group = stored.data;
        entry.shown = valuesOf(stored.data);
      }
      entry.unsent = false;
      this.on.changed(entry, 'added');
    } else if (result.state === 'queued') {
      this.on.queued(entry);
    } else {
      entry.error = result.error;
      this.on.failed(result.error, entry);
    }
    this.host.requestUpdate();
  }
}

export function valuesOf(group: Group): GroupValues {
  return { status: group.status, note: group.note };
}

function valuesKey(values: GroupValues): string {
  return `${values.status}\u0000${values.note.trim()}`;
}
