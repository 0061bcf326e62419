/**
 * Live updates of the checklist (issue 21), loaded once the room has loaded and only when the
 * checklist is on the page: reads the room's event stream (core's LiveReader) and, on each `group`
 * (or `settings`, or `reset`) event, reads the room again and takes the newer groups in place.
 */
import { addMessages, EndpointClient, LiveReader, endpointUrl, routePath } from '@copro/core';
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
  /** The page's language for the room's words (`?lang=`). */
  lang(): string | undefined;
  /** This person is working on the group here (a draft, a status not sent, focus in its controls). */
  editing(id: string): boolean;
  t(key: string, values?: Record<string, string | number>): string;
  /** A group's label in the page's language. */
  label(entry: GroupEntry): string;
  /** Announces politely. */
  say(text: string): void;
}

/** The checklist's live stream: `start()` and `stop()` it with the element; `announce` tells what others changed. */
export interface LiveRoom {
  start(): void;
  stop(): void;
  announce(result: RoomRefresh): void;
}

/** A reader of the room's stream for `sync` (not started), once the live words are in `host`'s translator. */
export async function followRoom(host: HTMLElement, sync: RoomSync, options: FollowOptions): Promise<LiveRoom> {
  await addMessages(host, liveMessages);
  const { endpoint, room } = sync.where;
  const { t, label, say } = options;
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
  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const loaded = await new EndpointClient(endpoint).call(getRoom, { params: { room }, query: { lang: options.lang() } });
          const now = sync.where;
          if (sync.loaded && now.endpoint === endpoint && now.room === room) announce(applyRoom(sync, loaded, options.editing));
        } catch {
          // The next event (or the stream's catch-up) reads again; a failed read is not the person's trouble.
        }
      } while (again);
      running = undefined;
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
  return { start: () => reader.start(), stop: () => reader.stop(), announce };
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
  sync.update();
  return out;
}
