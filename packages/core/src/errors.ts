import type { ValidationIssue } from '@copro/protocol';

// No zod here: the element base imports these, and a page that only shows text (a plain-language
// switch, say) should not load the schemas.

/** Why a request failed, in words a widget can turn into a message (see `errorMessageKey`). */
export type FailureKind = 'network' | 'timeout' | 'http' | 'invalid-request' | 'invalid-response' | 'no-endpoint';

export class CoproRequestError extends Error {
  override readonly name = 'CoproRequestError';
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status = 0,
    readonly code = '',
    readonly issues: ValidationIssue[] = [],
    /** Seconds to wait, from a 429's Retry-After. */
    readonly retryAfter?: number,
    /** The parsed error body, e.g. the current group of a 409. */
    readonly body?: unknown,
  ) {
    super(message);
  }

  /** Worth sending again later: the network, a time-out, a rate limit or a server fault. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status >= 500 || this.status === 429 || this.status === 408))
    );
  }
}

/** The key of the core message that explains an error in plain words. */
export function errorMessageKey(error: unknown): string {
  if (!(error instanceof CoproRequestError)) return 'error.server';
  switch (error.kind) {
    case 'network':
      return 'error.offline';
    case 'timeout':
      return 'error.timeout';
    case 'invalid-request':
      return 'error.validation';
    case 'invalid-response':
      return 'error.badResponse';
    case 'no-endpoint':
      return 'error.noEndpoint';
  }
  const byCode: Record<string, string> = {
    validation_failed: 'error.validation',
    malformed_json: 'error.malformed',
    unsupported_media_type: 'error.malformed',
    payload_too_large: 'error.tooLarge',
    not_found: 'error.notFound',
    unauthorized: 'error.unauthorized',
    forbidden_origin: 'error.forbiddenOrigin',
    rate_limited: 'error.rateLimited',
    conflict: 'error.conflict',
    closed: 'error.closed',
  };
  return byCode[error.code] ?? (error.status === 404 ? 'error.notFound' : 'error.server');
}

