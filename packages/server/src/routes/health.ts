import { Health } from '@copro/protocol';
import { openApiDocument } from '@copro/protocol/openapi';
import type { SomeHandlers } from '../http/router.ts';
import { reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

export function healthHandlers(ctx: RouteContext) {
  let document: unknown; // made once, on first request
  return {
    health: (c) => reply(c, Health, { ok: true, version: ctx.version }),
    openApi: (c) => c.json((document ??= openApiDocument(ctx.version)) as object),
  } satisfies SomeHandlers;
}
