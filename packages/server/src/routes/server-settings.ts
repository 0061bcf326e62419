import type { Hono } from 'hono';
import { ServerSettings, ServerSettingsChange } from '@copro/protocol';
import { readJson, reply } from '../http/validation.ts';
import { DEFAULT_RETENTION_DAYS } from '../retention.ts';
import { changeServerSettings, readServerSettings } from '../store/retention-settings.ts';
import type { RouteContext } from './context.ts';

/** Server-wide retention settings (admin; the route table's guard checks the role and records the change). */
export function serverSettingsRoutes(app: Hono, ctx: RouteContext, retentionDays = DEFAULT_RETENTION_DAYS): void {
  app.get('/v1/settings', async (c) => reply(c, ServerSettings, await readServerSettings(ctx.db, retentionDays)));

  app.put('/v1/settings', async (c) => {
    const change = await readJson(c, ServerSettingsChange);
    c.set('auditTarget', 'server');
    c.set('auditChanges', change as Record<string, unknown>);
    await changeServerSettings(ctx.db, change);
    return reply(c, ServerSettings, await readServerSettings(ctx.db, retentionDays));
  });
}
