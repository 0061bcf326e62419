import type { Hono } from 'hono';
import { Health } from '@copro/protocol';
import { reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

export function healthRoutes(app: Hono, ctx: RouteContext): void {
  app.get('/v1/health', (c) => reply(c, Health, { ok: true, version: ctx.version }));
}
