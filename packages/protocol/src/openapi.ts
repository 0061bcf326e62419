import * as z from 'zod/mini';
import { boardRoutes, clarityRoutes, healthRoutes, ladderRoutes, liveRoutes, participantHeader, participantRoutes, roomRoutes, routeTable, staffRoutes, type RouteKey, type RouteSpec } from './routes.ts';
import { ParticipantId } from './common.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/**
 * The reads whose public answers (no `Authorization`, no `Copro-Participant`, no `participant` in
 * the query) are the same for everyone: they carry an `ETag`, answer `304` to `If-None-Match`, and
 * are `Cache-Control: public, max-age=0, s-maxage=5`. Every other answer is `private, no-store`.
 * The reference server caches these answers, cleared by its change feed (docs/http-api.md).
 */
export const publicCacheRoutes = ['getBoard', 'listPosts', 'boardAccountability', 'boardFeed', 'postFeed', 'getRoom', 'getLadder', 'ladderSummary'] as const satisfies readonly RouteKey[];

const cacheable = new Set<RouteSpec>(publicCacheRoutes.map((key) => routeTable[key]));

const cacheHeaders = {
  ETag: { description: 'A strong validator of this answer (a hash of its body): send it back in `If-None-Match`.', schema: { type: 'string' } },
  'Cache-Control': {
    description: '`public, max-age=0, s-maxage=5` for a public read (no token, no participant): a shared cache may keep it 5 s, a browser revalidates. `private, no-store` otherwise.',
    schema: { type: 'string' },
  },
  Vary: { description: '`Origin`.', schema: { type: 'string' } },
};

/** The document's tags: one per resource table, in the order the document lists them. */
const tagged: Array<{ name: string; description: string; routes: Record<string, RouteSpec> }> = [
  { name: 'health', description: 'Whether the endpoint is up, and this document.', routes: healthRoutes },
  { name: 'boards', description: 'Feedback boards: posts, supports, answers ("you said, we did"), moderation, kiosk links.', routes: boardRoutes },
  { name: 'rooms', description: 'Room checklists ("who\u2019s not in the room?"): groups, their status, editor links, evidence.', routes: roomRoutes },
  { name: 'ladders', description: 'Ladders of co-production: ratings, results, comments, kiosk links.', routes: ladderRoutes },
  { name: 'clarity', description: '"Was this clear?" answers on plain-language pages, and the staff report.', routes: clarityRoutes },
  { name: 'staff', description: 'Staff tokens and roles, the audit trail, server settings and backups.', routes: staffRoutes },
  { name: 'participants', description: 'What the endpoint holds for a participant id, and erasing it.', routes: participantRoutes },
  { name: 'live', description: 'Server-Sent Events streams of a board\u2019s or a room\u2019s changes.', routes: liveRoutes },
];

/**
 * An operation's short summary: its description up to the first colon, semicolon or full stop outside
 * brackets and code ("Make a kiosk link for a board and an event: a shared tablet…" → "Make a kiosk
 * link for a board and an event").
 */
function shortSummary(text: string): string {
  let depth = 0;
  let code = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '`') code = !code;
    else if (!code && char === '(') depth++;
    else if (!code && char === ')') depth = Math.max(0, depth - 1);
    else if (!code && depth === 0 && (char === ':' || char === '.' || char === ';') && /\s/.test(text[i + 1] ?? '')) return text.slice(0, i);
  }
  return text.replace(/\.$/, '');
}

/** The OpenAPI 3.1 document for HTTP API version 1, made from the same zod schemas the code checks with. */
export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route, tag] of tagged.flatMap(({ name, routes }) => Object.entries(routes).map(([key, route]) => [key, route, name] as const))) {
    const parameters: unknown[] = [];
    for (const [name, schema] of Object.entries(route.params ?? {})) {
      parameters.push({ name, in: 'path', required: true, schema: schemaOf(schema, 'input') });
    }
    if (route.participantHeader) {
      parameters.push({
        name: participantHeader,
        in: 'header',
        required: true,
        description: 'The participant id (kept out of the address, where proxies and servers log it).',
        schema: schemaOf(ParticipantId, 'input'),
      });
    }
    if (route.query) {
      const query = schemaOf(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema });
      }
    }
    if (cacheable.has(route)) {
      parameters.push({
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The `ETag` of an answer you hold: `304` with no body while it is still current (public reads only).',
        schema: { type: 'string' },
      });
    }
    const responses: Record<string, unknown> = {};
    for (const [status, answer] of Object.entries(Object.assign({}, ...(route.errors ?? []), route.responses) as RouteSpec['responses'])) {
      responses[status] = {
        description: answer.description,
        ...(answer.schema ? { content: { [answer.mediaType ?? 'application/json']: { schema: schemaOf(answer.schema, 'output') } } } : {}),
        ...(status === '200' && cacheable.has(route) ? { headers: cacheHeaders } : {}),
      };
    }
    if (cacheable.has(route)) responses['304'] = { description: 'Not modified: the `If-None-Match` ETag is current (public reads). No body.', headers: cacheHeaders };
    paths[route.path] ??= {};
    paths[route.path][route.method] = {
      operationId,
      tags: [tag],
      summary: shortSummary(route.summary),
      description: route.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { [route.bodyMediaType ?? 'application/json']: { schema: schemaOf(route.body, 'input') } } } }
        : {}),
      // Open to anyone unless one of the lines below says otherwise (an empty list says so outright).
      security: [],
      ...(route.role ? { security: [{ staffToken: [] }], 'x-copro-role': route.role } : {}),
      // A public read a staff token widens: no token, or a staff token of any role (a wrong one is 401).
      ...(route.staffView ? { security: [{}, { staffToken: [] }], 'x-copro-staff-view': true } : {}),
      // A room write: staff, or a room editor link's key, or anyone when the room has `publicEditing`.
      ...(route.roomEditor ? { security: [{}, { staffToken: [] }, { roomEditorKey: [] }], 'x-copro-room-editor': true } : {}),
      // A resident's write (no token) that staff may also make on someone's behalf, with a channel.
      ...(route.onBehalf ? { security: [{}, { staffToken: [] }], 'x-copro-on-behalf': route.onBehalf } : {}),
      // A board's or a ladder's write a kiosk link's key may send (a shared tablet at an event): stored with channel "event".
      ...(route.kiosk ? { security: [{}, ...(route.onBehalf ? [{ staffToken: [] }] : []), { kioskKey: [] }], 'x-copro-kiosk': true } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'copro HTTP API',
      version,
      license: { name: 'MIT', identifier: 'MIT' },
      contact: { name: 'copro' },
      description:
        'The contract between copro widgets and an endpoint. Writes carry a client-made UUID `id`; sending the same write twice stores it once. Public reads (no token, no participant) of the routes that document `304` carry an `ETag` and may be kept 5 s by a shared cache; every other answer is `Cache-Control: private, no-store`.',
    },
    // Relative: the endpoint that served this document (each organisation runs its own).
    servers: [{ url: '/', description: 'The endpoint that served this document.' }],
    tags: tagged.map(({ name, description }) => ({ name, description })),
    components: {
      securitySchemes: {
        staffToken: { type: 'http', scheme: 'bearer' },
        roomEditorKey: { type: 'http', scheme: 'bearer', description: 'A room editor link’s key: changes to that room’s groups only. Without one, a room with `publicEditing` takes changes from anyone.' },
        kioskKey: { type: 'http', scheme: 'bearer', description: 'A kiosk link’s key (`copro_kiosk_…`): a board’s new posts and supports, or a ladder’s ratings, for its own board or ladder only, stored with `channel: "event"` and the link’s event.' },
      },
    },
    paths,
  };
}
