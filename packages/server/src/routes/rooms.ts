import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { EditorLink, Group, GroupConflict, NewEditorLink, NewGroup, Room, RoomSettings, Slug, UpdateGroup } from '@copro/protocol';
import { newSecret } from '../http/staff-auth.ts';
import { params, readJson, reply } from '../http/validation.ts';
import { localGroup, localRoom, textLanguage } from '../store/standard-text.ts';
import { configurableRoutes } from './configurable.ts';
import type { RouteContext } from './context.ts';

const RoomParams = z.object({ room: Slug });
const GroupParams = z.object({ room: Slug, group: Slug });
const LinkParams = z.object({ room: Slug, id: z.uuid() });

/** A group answered in the `?lang=` language of the request (see store/standard-text.ts). */
const shownGroup = (c: Context, group: Group) => localGroup(group, textLanguage(c.req.query('lang')));

/** Who made a room change, as the group and the audit trail record it (the route guard set it). */
const byWhom = (c: Context) => c.get('staff')?.name ?? 'anonymous';

export function roomRoutes(app: Hono, ctx: RouteContext): void {
  const { rooms } = ctx;

  configurableRoutes(app, {
    path: '/v1/rooms/:room',
    param: 'room',
    answer: Room,
    settings: RoomSettings,
    read: async (room, lang) => localRoom(await rooms.get(room), textLanguage(lang)),
    configure: async (room, settings, lang) => localRoom(await rooms.configure(room, settings), textLanguage(lang)),
  });

  app.put('/v1/rooms/:room/groups/:group', async (c) => {
    const p = params(c, GroupParams);
    const change = await readJson(c, UpdateGroup);
    const result = await rooms.updateGroup(p.room, p.group, change, byWhom(c));
    if ('conflict' in result) return reply(c, GroupConflict, { ...result.conflict, current: shownGroup(c, result.conflict.current) }, 409);
    c.set('auditChanges', { status: change.status, noteLength: change.note.length, revision: result.group.revision });
    return reply(c, Group, shownGroup(c, result.group));
  });

  app.post('/v1/rooms/:room/groups', async (c) => {
    const { room } = params(c, RoomParams);
    const input = await readJson(c, NewGroup);
    const { group, created } = await rooms.addGroup(room, input, byWhom(c));
    c.set('auditTarget', `room:${room}/group:${group.id}`);
    c.set('auditChanges', { label: group.label, created });
    return reply(c, Group, shownGroup(c, group), created ? 201 : 200);
  });

  app.delete('/v1/rooms/:room/groups/:group', async (c) => {
    const p = params(c, GroupParams);
    return reply(c, Group, shownGroup(c, await rooms.setGroupRemoved(p.room, p.group, true, byWhom(c))));
  });

  app.put('/v1/rooms/:room/groups/:group/restore', async (c) => {
    const p = params(c, GroupParams);
    return reply(c, Group, shownGroup(c, await rooms.setGroupRemoved(p.room, p.group, false, byWhom(c))));
  });

  app.post('/v1/rooms/:room/editor-links', async (c) => {
    const { room } = params(c, RoomParams);
    const { page } = await readJson(c, NewEditorLink);
    const key = newSecret('copro_room_');
    const id = await rooms.addEditorLink(room, await ctx.auth.hash(key), byWhom(c));
    const url = `${page ? page.replace(/#.*$/, '') : ''}#copro-key=${key}`;
    c.set('auditTarget', `room:${room}/editor-link:${id}`);
    return reply(c, EditorLink, { id, key, url }, 201);
  });

  app.delete('/v1/rooms/:room/editor-links/:id', async (c) => {
    const p = params(c, LinkParams);
    await rooms.revokeEditorLink(p.room, p.id);
    return c.json({ id: p.id, revoked: true });
  });
}
