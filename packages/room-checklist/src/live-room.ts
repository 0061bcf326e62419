/**
 * Live updates of the checklist (issue 21), loaded once the room has loaded and only when the
 * checklist is on the page: reads the room's event stream (core's LiveReader) and, on each `group`
 * (or `settings`, or `reset`) event, reads the room again and takes the newer groups in place.
 */
import { addMessages, EndpointClient, LiveReader, endpointUrl, primaryLanguage, readAgainMs, routePath, type LocaleController } from '@copro/core';
import { liveMessages } from './live/messages.ts';
import { getRoom, roomEvents, type Room } from '@copro/protocol';
import { sameValues, type GroupValues } from './model.ts';
import { valuesOf, type GroupEntry, type RoomSync } from './room-sync.ts';

/** What a live re-read of the room changed, for the element to announce. */
export interface RoomRefresh {
  changed: { entry: GroupEntry; before: GroupValues }[];
  added: GroupEntry[];
  removed: GroupEntry[];
  /** Changed elsewhere while this person edits them: not applied. */
  elsewhere: GroupEntry[];
}

export interface FollowOptions {
  /** The element's language and translator (the room is read in its language, `?lang=`). */
  locale: LocaleController;
  /** This person is working on the group here: a note being typed, a status not sent yet. */
  busy(id: string): boolean;
  /** Announces politely. */
  say(text: string): void;
}

/** The checklist's live stream: `start()` and `stop()` it with the element; `announce` tells what others changed. */
export interface LiveRoom {
  start(): void;
  stop(): void;
  /** The person is done with group `id` and saved nothing (`values`, as shown): show the version kept aside meanwhile. */
  settle(id: string, values: GroupValues): void;
}

/** A reader of `room`'s stream at `endpoint` for `sync` (not started), once the live words are in `host`'s translator. */
export async function followRoom(host: HTMLElement, sync: RoomSync, endpoint: string, room: string, options: FollowOptions): Promise<LiveRoom> {
  await addMessages(host, liveMessages);
  const { locale, say } = options;
  const t = (key: string, values?: Record<string, string | number>) => locale.t(key, values);
  // The group's label as last read in the page's language (`?lang=`); a removed group's as it was.
  const label = (entry: GroupEntry) => sync.room?.groups.find((group) => group.id === entry.group.id)?.label ?? entry.group.label;
  // Working on a group: busy with it, or focus in its controls.
  const editing = (id: string) =>
    options.busy(id) || ((host.shadowRoot?.activeElement?.closest('li.group') as HTMLElement | null)?.dataset.group ?? '') === id;
  const announce = (result: RoomRefresh) => {
    const status = (entry: GroupEntry) => {
      const words = t(`status.${entry.shown.status}`);
      return words.charAt(0).toLocaleLowerCase() + words.slice(1);
    };
    for (const { entry, before } of result.changed) {
      const statusChanged = before.status !== entry.shown.status;
      const key = statusChanged && before.note !== entry.shown.note ? 'live.markedNote' : statusChanged ? 'live.marked' : 'live.note';
      say(t(key, { group: label(entry), status: status(entry) }));
    }
    for (const entry of result.added) say(t('live.added', { group: label(entry) }));
    for (const entry of result.removed) say(t('live.removed', { group: label(entry) }));
    for (const entry of result.elsewhere) say(t('live.elsewhereNamed', { group: label(entry) }));
  };
  let running: Promise<void> | undefined;
  let again = false;
  // Started and not stopped. A failed read is owed until one succeeds: tried again after core's
  // `readAgainMs`, and at once when the checklist is put back on the page.
  let live = false;
  let owed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const refresh = (): Promise<void> => {
    clearTimeout(retry);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const loaded = await new EndpointClient(endpoint).call(getRoom, { params: { room }, query: { lang: primaryLanguage(locale.lang) } });
          // (A checklist moved to another room stops this reader first.)
          if (sync.loaded && sync.room?.id === room) announce(applyRoom(sync, loaded, editing));
          owed = false;
          failures = 0;
        } catch {
          // Not the person's trouble, and nothing to show; but without another read the checklist
          // would stay as it was until the stream's next event, which may never come.
          owed = true;
        }
      } while (again);
      running = undefined;
      if (owed && live) retry = setTimeout(() => void refresh(), readAgainMs(failures++));
    })();
    return running;
  };
  const reader = new LiveReader({
    url: endpointUrl(endpoint, routePath(roomEvents, { room })),
    onEvent: (event) => {
      if (event.type === 'group' || event.type === 'reset' || event.type === 'settings') void refresh();
    },
    onResume: () => void refresh(),
  });
  const settle = (id: string, values: GroupValues) => {
    const entry = sync.entries.get(id);
    const theirs = entry?.elsewhere;
    if (!entry || !theirs || entry.saving || entry.conflict) return;
    entry.elsewhere = undefined;
    if (theirs.revision <= entry.group.revision) return;
    entry.group = theirs;
    entry.shown = valuesOf(theirs);
    entry.error = undefined;
    sync.host.requestUpdate();
    announce({ changed: [{ entry, before: values }], added: [], removed: [], elsewhere: [] });
  };
  return {
    start: () => {
      live = true;
      reader.start();
      if (owed) void refresh();
    },
    stop: () => {
      live = false;
      clearTimeout(retry);
      reader.stop();
    },
    settle,
  };
}

/**
 * Takes newer versions of groups from a fresh read of the room, in place. A group this person is
 * editing (`editing`), saving, or choosing between versions for is never changed under them: a
 * newer version is kept aside (`elsewhere`) until they are done, and their save then meets the
 * 409 that offers both versions.
 */
export function applyRoom(sync: RoomSync, loaded: Room, editing: (id: string) => boolean): RoomRefresh {
  const out: RoomRefresh = { changed: [], added: [], removed: [], elsewhere: [] };
  sync.room = loaded;
  const seen = new Set<string>();
  for (const group of loaded.groups) {
    seen.add(group.id);
    const entry = sync.entries.get(group.id);
    if (!entry) {
      const added = { group, shown: valuesOf(group) };
      sync.put(added);
      out.added.push(added);
    } else if (group.revision > entry.group.revision && !entry.saving && !entry.conflict && !entry.unsent) {
      // (A write on its way, or a choice between versions, is told by its own answer or 409.)
      if (editing(group.id) || entry.error) {
        entry.elsewhere = group;
        out.elsewhere.push(entry);
      } else {
        const before = entry.shown;
        entry.group = group;
        entry.shown = valuesOf(group);
        entry.elsewhere = undefined;
        if (!sameValues(before, entry.shown)) out.changed.push({ entry, before });
      }
    }
  }
  for (const id of sync.ids) {
    const entry = sync.entries.get(id)!;
    if (seen.has(id) || entry.unsent || entry.saving || entry.conflict) continue;
    sync.entries.delete(id);
    out.removed.push(entry);
  }
  sync.ids = sync.ids.filter((id) => sync.entries.has(id));
  sync.host.requestUpdate();
  return out;
}
