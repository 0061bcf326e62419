import type { Hono } from 'hono';
import { openApiDocument } from '@copro/protocol/openapi';
import type { RouteContext } from './context.ts';

export function openApiRoutes(app: Hono, ctx: RouteContext): void {
  let document: unknown; // made once, on first request
  app.get('/v1/openapi.json', (c) => c.json((document ??= openApiDocument(ctx.version)) as object));
}
