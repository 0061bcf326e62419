import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Slug } from '@copro/protocol';
import { params, readJson, reply } from '../http/validation.ts';

type Schema = z.core.$ZodType;

/**
 * The two routes every configurable resource has (a board, a room, a ladder): anyone reads it
 * (created with defaults on first use, unless auto-creation is off), and staff change its
 * settings with a partial PUT (the route table gives it the admin role; the guard checks it). One place, so the three cannot drift apart.
 */
export function configurableRoutes<A extends Schema, S extends Schema>(
  app: Hono,
  spec: {
    /** The resource's path with its id parameter, e.g. `/v1/boards/:board`. */
    path: string;
    /** The id parameter's name, e.g. `board`. */
    param: string;
    answer: A;
    settings: S;
    /** `lang` is the read's `?lang=` (see `LangQuery`); resources without standard wording ignore it. */
    read: (id: string, lang: string | undefined) => Promise<z.infer<A>>;
    configure: (id: string, settings: z.infer<S>, lang: string | undefined) => Promise<z.infer<A>>;
  },
): void {
  const Params = z.object({ [spec.param]: Slug });
  const idOf = (c: Parameters<typeof params>[0]) => (params(c, Params) as Record<string, string>)[spec.param];

  app.get(spec.path, async (c) => reply(c, spec.answer, await spec.read(idOf(c), c.req.query('lang'))));

  app.put(spec.path, async (c) => {
    const id = idOf(c);
    const settings = await readJson(c, spec.settings);
    c.set('auditChanges', settings as Record<string, unknown>);
    return reply(c, spec.answer, await spec.configure(id, settings, c.req.query('lang')));
  });
}
