import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, ValidationIssue } from '@copro/protocol';

/** An error that becomes `{"error": {code, message, issues?}}` with an HTTP status. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ErrorCode;
  readonly issues?: ValidationIssue[];
  readonly headers?: Record<string, string>;
  /** Replaces the whole answer body (the room conflict answer carries the current group). */
  readonly body?: unknown;

  constructor(
    status: ContentfulStatusCode,
    code: ErrorCode,
    message: string,
    extra: { issues?: ValidationIssue[]; headers?: Record<string, string>; body?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = extra.issues;
    this.headers = extra.headers;
    this.body = extra.body;
  }
}

export function errorBody(code: ErrorCode, message: string, issues?: ValidationIssue[]): ErrorBody {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `There is no ${what} with that id.`);
export const invalid = (message: string, issues?: ValidationIssue[]) =>
  new ApiError(400, 'validation_failed', message, { issues });

/**
 * What may be logged of an unexpected error: its name, its code (PostgreSQL's SQLSTATE, Node's
 * ERR_*) and where in our code it was thrown. Never its message: PostgreSQL's messages quote the
 * values sent (`invalid input syntax for type uuid: "…"`), and V8's JSON errors quote the input.
 */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { code?: unknown }).code;
  const frame = error.stack?.split('\n').find((line) => /\/packages\/server\/src\//.test(line));
  const where = frame?.match(/\/(packages\/server\/src\/[^):]+:\d+)/)?.[1];
  return [error.name, typeof code === 'string' ? code : undefined, where ? `at ${where}` : undefined].filter(Boolean).join(' ');
}

/** Turns any thrown value into a JSON error answer. Unexpected errors are logged without request data. */
export function errorResponse(c: Context, error: unknown, log: (line: string) => void): Response {
  if (error instanceof ApiError) {
    for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
    return c.json(error.body ?? errorBody(error.code, error.message, error.issues), error.status);
  }
  log(`error ${errorSummary(error)}`);
  return c.json(errorBody('internal_error', 'Something went wrong on the server. Please try again later.'), 500);
}
