import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Group, GroupConflict, NewGroup, Room, RoomSettings, Slug, UpdateGroup } from '@copro/protocol';
import { params, readJson, reply } from '../http/validation.ts';
import { configurableRoutes } from './configurable.ts';
import type { RouteContext } from './context.ts';

const RoomParams = z.object({ room: Slug });
const GroupParams = z.object({ room: Slug, group: Slug });

export function roomRoutes(app: Hono, ctx: RouteContext): void {
  const { rooms } = ctx;

  configurableRoutes(app, ctx.adminToken, {
    path: '/v1/rooms/:room',
    param: 'room',
    answer: Room,
    settings: RoomSettings,
    read: (room) => rooms.get(room),
    configure: (room, settings) => rooms.configure(room, settings),
  });

  app.put('/v1/rooms/:room/groups/:group', async (c) => {
    const p = params(c, GroupParams);
    const change = await readJson(c, UpdateGroup);
    const result = await rooms.updateGroup(p.room, p.group, change);
    if ('conflict' in result) return reply(c, GroupConflict, result.conflict, 409);
    return reply(c, Group, result.group);
  });

  app.post('/v1/rooms/:room/groups', async (c) => {
    const { room } = params(c, RoomParams);
    const input = await readJson(c, NewGroup);
    const { group, created } = await rooms.addGroup(room, input);
    return reply(c, Group, group, created ? 201 : 200);
  });
}
