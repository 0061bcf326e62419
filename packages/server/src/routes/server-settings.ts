import { ServerSettings, ServerSettingsChange } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { readJson, reply } from '../http/validation.ts';
import { DEFAULT_RETENTION_DAYS } from '../retention.ts';
import { changeServerSettings, readServerSettings } from '../store/retention-settings.ts';
import type { RouteContext } from './context.ts';

/** Server-wide retention settings (admin; the route table's guard checks the role and records the change). */
export function serverSettingsHandlers(ctx: RouteContext, retentionDays = DEFAULT_RETENTION_DAYS) {
  return {
    serverSettings: async (c) => reply(c, ServerSettings, await readServerSettings(ctx.db, retentionDays)),

    changeServerSettings: async (c) => {
      const change = await readJson(c, ServerSettingsChange);
      c.set('auditTarget', 'server');
      c.set('auditChanges', change as Record<string, unknown>);
      await changeServerSettings(ctx.db, change);
      await ctx.changes.record(ctx.db, { kind: 'settings', resource: 'server', event: 'settings' });
      return reply(c, ServerSettings, await readServerSettings(ctx.db, retentionDays));
    },
  } satisfies SomeHandlers;
}
