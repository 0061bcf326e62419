import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Group, GroupConflict, NewGroup, Room, RoomSettings, Slug, UpdateGroup } from '@copro/protocol';
import { requireStaff } from '../http/staff-auth.ts';
import { params, readJson, reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

const RoomParams = z.object({ room: Slug });
const GroupParams = z.object({ room: Slug, group: Slug });

export function roomRoutes(app: Hono, ctx: RouteContext): void {
  const { rooms } = ctx;

  app.get('/v1/rooms/:room', async (c) => {
    const { room } = params(c, RoomParams);
    return reply(c, Room, await rooms.get(room));
  });

  app.put('/v1/rooms/:room', async (c) => {
    requireStaff(c, ctx.adminToken);
    const { room } = params(c, RoomParams);
    const settings = await readJson(c, RoomSettings);
    return reply(c, Room, await rooms.configure(room, settings));
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
