import * as z from 'zod/mini';
import { participantHeader, routes, type RouteSpec } from './routes.ts';
import { ParticipantId } from './common.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** The OpenAPI 3.1 document for HTTP API version 1, made from the same zod schemas the code checks with. */
export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
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
    const responses: Record<string, unknown> = {};
    for (const [status, answer] of Object.entries(Object.assign({}, ...(route.errors ?? []), route.responses) as RouteSpec['responses'])) {
      responses[status] = {
        description: answer.description,
        ...(answer.schema ? { content: { [answer.mediaType ?? 'application/json']: { schema: schemaOf(answer.schema, 'output') } } } : {}),
      };
    }
    paths[route.path] ??= {};
    paths[route.path][route.method] = {
      summary: route.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { [route.bodyMediaType ?? 'application/json']: { schema: schemaOf(route.body, 'input') } } } }
        : {}),
      ...(route.role ? { security: [{ staffToken: [] }], 'x-copro-role': route.role } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'copro HTTP API',
      version,
      description:
        'The contract between copro widgets and an endpoint. Writes carry a client-made UUID `id`; sending the same write twice stores it once.',
    },
    components: { securitySchemes: { staffToken: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
