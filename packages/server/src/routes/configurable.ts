import type { Context } from 'hono';
import * as z from 'zod/mini';
import { readJson, reply } from '../http/validation.ts';

type Schema = z.core.$ZodType;

/**
 * The two handlers every configurable resource has (a board, a room, a ladder): anyone reads it
 * (created with defaults on first use, unless auto-creation is off), and staff change its
 * settings with a partial PUT (the route table gives it the admin role; the guard checks it). One place, so the three cannot drift apart.
 */
export function configurableHandlers<A extends Schema, S extends Schema>(spec: {
  answer: A;
  settings: S;
  /** `lang` is the request's `?lang=` (see `LangQuery`); resources without standard wording ignore it. */
  read: (id: string, lang: string | undefined) => Promise<z.infer<A>>;
  configure: (id: string, settings: z.infer<S>, lang: string | undefined) => Promise<z.infer<A>>;
}) {
  return {
    read: async (c: Context, id: string) => reply(c, spec.answer, await spec.read(id, c.req.query('lang'))),
    configure: async (c: Context, id: string) => {
      const settings = await readJson(c, spec.settings);
      c.set('auditChanges', settings as Record<string, unknown>);
      return reply(c, spec.answer, await spec.configure(id, settings, c.req.query('lang')));
    },
  };
}
