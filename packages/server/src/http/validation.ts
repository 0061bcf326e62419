import type { Context } from 'hono';
import * as z from 'zod/mini';
import { limits, type ValidationIssue } from '@copro/protocol';
import { readBodyBytes } from './body-limit.ts';
import { invalid } from '../store/errors.ts';
import { ApiError } from './errors.ts';

type Schema = z.core.$ZodType;

/** zod issues as the plain `{path, message}` list of the error answer. */
export function toIssues(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}

export function check<S extends Schema>(schema: S, value: unknown, what: string): z.infer<S> {
  const unstorable = findUnstorableText(value);
  if (unstorable) throw invalid(`The ${what} is not valid: ${describe([unstorable])}`, [unstorable]);
  const result = z.safeParse(schema, value);
  if (!result.success) {
    throw invalid(`The ${what} is not valid: ${describe(toIssues(result.error))}`, toIssues(result.error));
  }
  return result.data as z.infer<S>;
}

/** NUL, or half of a UTF-16 pair with no other half (what a cut emoji leaves). */
const UNSTORABLE = /\u0000|\p{Cs}/u;

/**
 * The first string anywhere in `value` that PostgreSQL cannot store as sent: text columns refuse
 * NUL (a 500 before this check), and a lone surrogate has no UTF-8 form, so it would be stored
 * silently changed to U+FFFD. Walks without recursion: a 64 KB body can nest 30,000 deep.
 */
export function findUnstorableText(value: unknown): ValidationIssue | undefined {
  type Item = { value: unknown; key?: string | number; parent?: Item };
  const stack: Item[] = [{ value }];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (!UNSTORABLE.test(item.value)) continue;
      const path: (string | number)[] = [];
      for (let at: Item | undefined = item; at?.parent; at = at.parent) path.unshift(at.key!);
      return { path, message: 'Remove the invisible NUL character or broken character (half of an emoji) from this text.' };
    }
    if (item.value !== null && typeof item.value === 'object') {
      for (const [key, child] of Object.entries(item.value)) {
        stack.push({ value: child, key: Array.isArray(item.value) ? Number(key) : key, parent: item });
      }
    }
  }
  return undefined;
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
  const bytes = await readBodyBytes(c, maxBytes);
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

declare module 'hono' {
  interface ContextVariableMap {
    /** Set on every request when the server checks its answers (`checkAnswers`, config.ts). */
    checkAnswers: true | undefined;
  }
}

/**
 * Answers with `data` as JSON. With `checkAnswers` on (the tests run so) it is checked against the
 * response schema first, and a mismatch is a 500 instead of an answer the contract does not
 * promise; off (the default), the server trusts its own mapping, which the tests check, and the
 * elements check every answer they read. The check made a copy of a page of posts on every read
 * that missed the cache: about 60 KB, where PGlite's own work on the statement allocates about
 * 160 KB (docs/performance.md, 2026-12-06).
 */
export function reply<S extends Schema>(c: Context, schema: S, data: z.infer<S>, status: 200 | 201 | 409 = 200): Response {
  if (c.get('checkAnswers')) {
    const result = z.safeParse(schema, data);
    if (!result.success) throw new Error(`Response does not match its schema: ${describe(toIssues(result.error))}`);
  }
  // What c.json does, keeping the text: the read cache takes the answer's bytes from it instead
  // of reading the body back through a stream (about 90 µs a page of posts, read-cache.ts).
  const text = JSON.stringify(data);
  const response = c.body(text, status, { 'Content-Type': 'application/json' });
  replies.set(response, text);
  return response;
}

/** The JSON text of each answer `reply` made, by its Response (gone with it). */
const replies = new WeakMap<Response, string>();

/** The JSON text `reply` made `response` from, or undefined for an answer it did not make. */
export const replyText = (response: Response): string | undefined => replies.get(response);
