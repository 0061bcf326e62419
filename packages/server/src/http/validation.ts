import type { Context } from 'hono';
import * as z from 'zod/mini';
import { limits, type ValidationIssue } from '@copro/protocol';
import { readBodyBytes } from './body-limit.ts';
import { ApiError, invalid } from './errors.ts';

type Schema = z.core.$ZodType;

/** zod issues as the plain `{path, message}` list of the error answer. */
export function toIssues(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}

export function check<S extends Schema>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) {
    throw invalid(`The ${what} is not valid: ${describe(toIssues(result.error))}`, toIssues(result.error));
  }
  return result.data as z.infer<S>;
}

function describe(issues: ValidationIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const jsonType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i;

/** Reads a JSON body: 415 when it is not JSON, 413 when too large, 400 when malformed or not matching `schema`. */
export async function readJson<S extends Schema>(c: Context, schema: S, maxBytes = limits.maxBodyBytes): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!jsonType.test(type.trim())) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON, with the header Content-Type: application/json.');
  }
  const bytes = await readBodyBytes(c.req.raw, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError(400, 'malformed_json', 'The body is not valid JSON.');
  }
  return check(schema, value, 'request body');
}

/** Checks path parameters (slugs, UUIDs) against their schemas. */
export function params<S extends Schema>(c: Context, schema: S): z.infer<S> {
  return check(schema, c.req.param(), 'address');
}

/** Checks the query string. */
export function query<S extends Schema>(c: Context, schema: S): z.infer<S> {
  return check(schema, c.req.query(), 'query');
}

/**
 * Answers with `data` after checking it against the response schema, so the server never
 * sends what the contract does not promise.
 */
export function reply<S extends Schema>(c: Context, schema: S, data: z.infer<S>, status: 200 | 201 | 409 = 200): Response {
  const result = z.safeParse(schema, data);
  if (!result.success) {
    throw new Error(`Response does not match its schema: ${describe(toIssues(result.error))}`);
  }
  return c.json(data as object, status);
}
