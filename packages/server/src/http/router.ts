import type { Context, Hono, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { ParticipantId, participantHeader, type RouteKey, type RouteSpec, type RouteTable } from '@copro/protocol';
import { check } from './validation.ts';

type Schema = z.core.$ZodType;

/** A route's path parameters as checked against its table entry, plus `participant` from the header on the routes that take it. */
export type RouteInput<R> = (R extends { params: infer P extends Record<string, Schema> } ? { [K in keyof P]: z.output<P[K]> } : unknown) &
  (R extends { participantHeader: true } ? { participant: string } : unknown);

/** What answers one route: its path parameters (and header participant) arrive checked. */
export type RouteHandler<R = RouteSpec> = (c: Context, input: RouteInput<R>) => Response | Promise<Response>;

/** A handler, or middleware (a rate limit, say) and then the handler. */
export type RouteHandlers<R = RouteSpec> = RouteHandler<R> | readonly [...MiddlewareHandler[], RouteHandler<R>];

/** One handler for every route of the table: a route without a handler, or a handler for no route, does not type-check. */
export type Handlers = { [K in RouteKey]: RouteHandlers<RouteTable[K]> };

/** Some routes' handlers, as a route module gives them (`satisfies SomeHandlers` refuses a key that is not a route). */
export type SomeHandlers = Partial<Handlers>;

/** `/v1/boards/{board}` as Hono spells it: `/v1/boards/:board`. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Throws (so the server does not start) when the handlers and the table disagree: a route with no
 * handler, or a handler under a key that is no route. The types already refuse both; this holds
 * for JavaScript callers and casts too.
 */
export function checkHandlers(table: Record<string, RouteSpec>, handlers: Record<string, unknown>): void {
  const missing = Object.keys(table).filter((key) => typeof handlers[key] !== 'function' && !Array.isArray(handlers[key]));
  const extra = Object.keys(handlers).filter((key) => !Object.hasOwn(table, key));
  const problems = [
    ...missing.map((key) => `route ${key} (${table[key].method.toUpperCase()} ${table[key].path}) has no handler`),
    ...extra.map((key) => `handler ${key} answers no route of the table`),
  ];
  if (problems.length) throw new Error(`The server's handlers do not match the route table: ${problems.join('; ')}.`);
}

/**
 * Registers each route of `table` on `app` under its method and path, with the handler of the same
 * key. Before the handler runs, the path parameters are checked against the route's `params`
 * (400 `validation_failed`, naming the parameter) and, on a `participantHeader` route, the
 * `Copro-Participant` header against `ParticipantId`.
 */
export function registerRoutes(app: Hono, table: Record<string, RouteSpec>, handlers: Record<string, RouteHandlers<never>>): void {
  checkHandlers(table, handlers);
  for (const [key, route] of Object.entries(table)) {
    const given = handlers[key];
    const chain = (Array.isArray(given) ? given : [given]) as (MiddlewareHandler | RouteHandler)[];
    const middleware = chain.slice(0, -1) as MiddlewareHandler[];
    const handler = chain[chain.length - 1] as RouteHandler<unknown>;
    const Params = z.object(route.params ?? {});
    const Header = z.object({ [participantHeader]: ParticipantId });
    const answer = async (c: Context) => {
      const input = check(Params, c.req.param(), 'address') as Record<string, unknown>;
      if (route.participantHeader) {
        const header = check(Header, { [participantHeader]: c.req.header(participantHeader) }, 'request header');
        input.participant = header[participantHeader];
      }
      return handler(c, input);
    };
    app.on(route.method.toUpperCase(), [honoPath(route.path)], ...([...middleware, answer] as unknown as [MiddlewareHandler]));
  }
}
