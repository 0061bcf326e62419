import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode, ValidationIssue } from '@copro/protocol';
import { DomainError, type DomainErrorKind } from '../store/errors.ts';

/**
 * An HTTP-only refusal (no token, wrong media type, too large, too many, wrong origin or host).
 * What the stores refuse is a `DomainError`, mapped below. An error that becomes `{"error": {code, message, issues?}}` with an HTTP status. */
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

/** The one place a domain error becomes an HTTP status and an error code. */
const domainAnswers: Record<DomainErrorKind, { status: ContentfulStatusCode; code: ErrorCode }> = {
  not_found: { status: 404, code: 'not_found' },
  invalid: { status: 400, code: 'validation_failed' },
  conflict: { status: 409, code: 'conflict' },
  id_conflict: { status: 409, code: 'id_conflict' },
  closed: { status: 409, code: 'closed' },
  gone: { status: 410, code: 'gone' },
};

/** The HTTP answer for a refusal (an `ApiError`, or a store's `DomainError`); undefined for anything unexpected. */
export function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) {
    const { status, code } = domainAnswers[error.kind];
    return new ApiError(status, code, error.message, { issues: error.issues });
  }
  return undefined;
}

/** Whether `error` is a refusal answered with a 4xx (not a fault of the server). */
export const isRefusal = (error: unknown) => (asApiError(error)?.status ?? 500) < 500;

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
  const refusal = asApiError(error);
  if (refusal) {
    for (const [name, value] of Object.entries(refusal.headers ?? {})) c.header(name, value);
    return c.json(refusal.body ?? errorBody(refusal.code, refusal.message, refusal.issues), refusal.status);
  }
  log(`error ${errorSummary(error)}`);
  return c.json(errorBody('internal_error', 'Something went wrong on the server. Please try again later.'), 500);
}
