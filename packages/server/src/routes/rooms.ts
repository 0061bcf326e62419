import type { Context } from 'hono';
import { EditorLink, evidenceThreshold, Group, GroupConflict, GroupEvidence, GroupEvidenceSources, NewEditorLink, NewGroup, Room, RoomEvidence, RoomSettings, UpdateGroup } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { newSecret } from '../http/staff-auth.ts';
import { readJson, reply } from '../http/validation.ts';
import { localGroup, localRoom, textLanguage } from '../store/standard-text.ts';
import { configurableHandlers } from './configurable.ts';
import type { RouteContext } from './context.ts';

/** A group answered in the `?lang=` language of the request (see store/standard-text.ts). */
const shownGroup = (c: Context, group: Group) => localGroup(group, textLanguage(c.req.query('lang')));

/** Who made a room change, as the group and the audit trail record it (the route guard set it). */
const byWhom = (c: Context) => c.get('staff')?.name ?? 'anonymous';

export function roomHandlers(ctx: RouteContext) {
  const { rooms } = ctx;
  const room = configurableHandlers({
    answer: Room,
    settings: RoomSettings,
    read: async (room, lang) => localRoom(await rooms.get(room), textLanguage(lang)),
    configure: async (room, settings, lang) => localRoom(await rooms.configure(room, settings), textLanguage(lang)),
  });

  return {
    getRoom: (c, p) => room.read(c, p.room),
    configureRoom: (c, p) => room.configure(c, p.room),

  updateGroup: async (c, p) => {
    const change = await readJson(c, UpdateGroup);
    const result = await rooms.updateGroup(p.room, p.group, change, byWhom(c));
    if ('conflict' in result) return reply(c, GroupConflict, { ...result.conflict, current: shownGroup(c, result.conflict.current) }, 409);
    c.set('auditChanges', { status: change.status, noteLength: change.note.length, revision: result.group.revision });
    return reply(c, Group, shownGroup(c, result.group));
  },

  addGroup: async (c, { room }) => {
    const input = await readJson(c, NewGroup);
    const { group, created } = await rooms.addGroup(room, input, byWhom(c));
    c.set('auditTarget', `room:${room}/group:${group.id}`);
    c.set('auditChanges', { label: group.label, created });
    return reply(c, Group, shownGroup(c, group), created ? 201 : 200);
  },

  removeGroup: async (c, p) => {
    return reply(c, Group, shownGroup(c, await rooms.setGroupRemoved(p.room, p.group, true, byWhom(c))));
  },

  restoreGroup: async (c, p) => {
    return reply(c, Group, shownGroup(c, await rooms.setGroupRemoved(p.room, p.group, false, byWhom(c))));
  },

  addEditorLink: async (c, { room }) => {
    const { page } = await readJson(c, NewEditorLink);
    const key = newSecret('copro_room_');
    const id = await rooms.addEditorLink(room, await ctx.auth.hash(key), byWhom(c));
    const url = `${page ? page.replace(/#.*$/, '') : ''}#copro-key=${key}`;
    c.set('auditTarget', `room:${room}/editor-link:${id}`);
    return reply(c, EditorLink, { id, key, url }, 201);
  },

  roomEvidence: async (c, { room }) => {
    const groups = await rooms.evidence(room, textLanguage(c.req.query('lang')));
    return reply(c, RoomEvidence, { room, threshold: evidenceThreshold, groups });
  },

  setGroupEvidence: async (c, p) => {
    const sources = await readJson(c, GroupEvidenceSources);
    const group = await rooms.setEvidence(p.room, p.group, sources, textLanguage(c.req.query('lang')));
    c.set('auditTarget', `room:${p.room}/group:${p.group}`);
    // What the group is tagged with: channel words and event names, never a person's.
    c.set('auditChanges', { channels: group.sources.channels.join(' '), events: group.sources.events.length });
    return reply(c, GroupEvidence, group);
  },

  revokeEditorLink: async (c, p) => {
    await rooms.revokeEditorLink(p.room, p.id);
    return c.json({ id: p.id, revoked: true });
  },
  } satisfies SomeHandlers;
}
