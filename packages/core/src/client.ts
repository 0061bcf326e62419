import * as z from 'zod/mini';
import {
  Accountability,
  Board,
  Clarity,
  ClarityReport,
  ErrorBody,
  Group,
  GroupConflict,
  Health,
  Ladder,
  LadderSummary,
  NewClarity,
  NewGroup,
  NewPost,
  NewRating,
  Post,
  PostPage,
  Rating,
  Room,
  SetResponse,
  SetVisibility,
  SupportState,
  UpdateGroup,
  type ListPostsQuery,
  type ValidationIssue,
} from '@copro/protocol';

import { CoproRequestError } from './errors.ts';

export { CoproRequestError, errorMessageKey, type FailureKind } from './errors.ts';

// Pages may forbid eval (a strict Content-Security-Policy without 'unsafe-eval'). zod's JIT probes
// `new Function`, and a strict CSP reports that probe as a violation even though zod catches it.
z.config({ jitless: true });

function issuesOf(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), message: issue.message }));
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The schema the body must match before it is sent. */
  bodySchema?: z.core.$ZodType;
  /** The schema the answer must match. */
  schema: z.core.$ZodType;
  /** Staff token for staff calls. Never stored by the client. */
  token?: string;
  signal?: AbortSignal;
}

/** Turns the endpoint attribute (absolute, or relative to the page) into a base URL ending in `/`. */
export function resolveEndpoint(endpoint: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
  const url = new URL(endpoint, base);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Builds the full URL of an API path below an endpoint. */
export function endpointUrl(endpoint: string, path: string, query: RequestOptions['query'] = {}): string {
  const url = new URL(path.replace(/^\//, ''), resolveEndpoint(endpoint));
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.href;
}

/**
 * Talks to one endpoint: every body it sends and every answer it reads is checked against
 * the `@copro/protocol` schemas, and every failure becomes a `CoproRequestError`.
 */
export class EndpointClient {
  constructor(
    readonly endpoint: string,
    readonly timeoutMs = 15000,
  ) {}

  /** Sends one request. Throws `CoproRequestError`. */
  async request<T>(method: string, path: string, options: RequestOptions): Promise<T> {
    if (!this.endpoint) throw new CoproRequestError('no-endpoint', 'No endpoint is set.');
    if (options.bodySchema) {
      const checked = z.safeParse(options.bodySchema, options.body);
      if (!checked.success) {
        throw new CoproRequestError('invalid-request', 'The request does not match the schema.', 0, 'validation_failed', issuesOf(checked.error));
      }
    }
    const response = await sendRequest(method, endpointUrl(this.endpoint, path, options.query), options.body, this.timeoutMs, options.token, options.signal);
    const json = await readJson(response);
    if (!response.ok) throw httpError(response, json);
    const parsed = z.safeParse(options.schema, json);
    if (!parsed.success) {
      throw new CoproRequestError('invalid-response', 'The answer does not match the schema.', response.status, '', issuesOf(parsed.error));
    }
    return parsed.data as T;
  }

  health() {
    return this.request<Health>('GET', '/v1/health', { schema: Health });
  }

  // Feedback board
  getBoard(board: string, signal?: AbortSignal) {
    return this.request<Board>('GET', `/v1/boards/${enc(board)}`, { schema: Board, signal });
  }
  listPosts(board: string, query: Partial<ListPostsQuery> & { visibility?: string } = {}, token?: string, signal?: AbortSignal) {
    return this.request<PostPage>('GET', `/v1/boards/${enc(board)}/posts`, { schema: PostPage, query, token, signal });
  }
  createPost(board: string, post: NewPost) {
    return this.request<Post>('POST', `/v1/boards/${enc(board)}/posts`, { body: post, bodySchema: NewPost, schema: Post });
  }
  setSupport(board: string, post: string, participant: string, supported: boolean) {
    const path = `/v1/boards/${enc(board)}/posts/${enc(post)}/supports/${enc(participant)}`;
    return this.request<SupportState>(supported ? 'PUT' : 'DELETE', path, { schema: SupportState });
  }
  /** A board's public record: answered and waiting, days to a first answer, promises kept. */
  getAccountability(board: string) {
    return this.request<Accountability>('GET', `/v1/boards/${enc(board)}/accountability`, { schema: Accountability });
  }
  setResponse(board: string, post: string, response: SetResponse, token: string) {
    return this.request<Post>('PUT', `/v1/boards/${enc(board)}/posts/${enc(post)}/response`, { body: response, bodySchema: SetResponse, schema: Post, token });
  }
  setVisibility(board: string, post: string, visibility: SetVisibility, token: string) {
    return this.request<Post>('PUT', `/v1/boards/${enc(board)}/posts/${enc(post)}/visibility`, { body: visibility, bodySchema: SetVisibility, schema: Post, token });
  }

  // Who's not in the room
  /** `lang`: the language of the default groups' standard wording (`?lang=`). */
  getRoom(room: string, signal?: AbortSignal, lang?: string) {
    return this.request<Room>('GET', `/v1/rooms/${enc(room)}`, { schema: Room, query: { lang }, signal });
  }
  updateGroup(room: string, group: string, change: UpdateGroup) {
    return this.request<Group>('PUT', `/v1/rooms/${enc(room)}/groups/${enc(group)}`, { body: change, bodySchema: UpdateGroup, schema: Group });
  }
  addGroup(room: string, group: NewGroup) {
    return this.request<Group>('POST', `/v1/rooms/${enc(room)}/groups`, { body: group, bodySchema: NewGroup, schema: Group });
  }

  // Ladder
  /** `lang`: the language of the default rungs' and roles' standard wording (`?lang=`). */
  getLadder(ladder: string, signal?: AbortSignal, lang?: string) {
    return this.request<Ladder>('GET', `/v1/ladders/${enc(ladder)}`, { schema: Ladder, query: { lang }, signal });
  }
  rate(ladder: string, rating: NewRating) {
    return this.request<Rating>('POST', `/v1/ladders/${enc(ladder)}/ratings`, { body: rating, bodySchema: NewRating, schema: Rating });
  }
  getSummary(ladder: string, signal?: AbortSignal) {
    return this.request<LadderSummary>('GET', `/v1/ladders/${enc(ladder)}/summary`, { schema: LadderSummary, signal });
  }

  // Plain language
  sendClarity(clarity: NewClarity) {
    return this.request<Clarity>('POST', '/v1/clarity', { body: clarity, bodySchema: NewClarity, schema: Clarity });
  }
  getClarity(page: string, token: string, signal?: AbortSignal) {
    return this.request<ClarityReport>('GET', '/v1/clarity', { query: { page }, schema: ClarityReport, token, signal });
  }
}

const enc = encodeURIComponent;

/** One fetch with a time-out, mapping network failures to `CoproRequestError`. No cookies are ever sent. */
export async function sendRequest(
  method: string,
  url: string,
  body: unknown,
  timeoutMs: number,
  token?: string,
  signal?: AbortSignal,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  // The caller's signal (a superseded `@lit/task` run, say) cancels the request itself, not just its answer.
  if (signal?.aborted) controller.abort(signal.reason);
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (controller.signal.aborted) {
      throw new CoproRequestError('timeout', `No answer within ${timeoutMs} ms.`);
    }
    throw new CoproRequestError('network', error instanceof Error ? error.message : 'Network error');
  } finally {
    clearTimeout(timer);
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    if (!response.ok) return undefined;
    throw new CoproRequestError('invalid-response', 'The answer is not JSON.', response.status);
  }
}

/** Maps a 4xx/5xx answer to an error, keeping the error body (a 409's current group, say). */
export function httpError(response: Response, json: unknown): CoproRequestError {
  const retryAfterHeader = response.headers.get('Retry-After');
  const retryAfter = retryAfterHeader && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : undefined;
  const conflict = z.safeParse(GroupConflict, json);
  const parsed = z.safeParse(ErrorBody, json);
  const error = conflict.success ? conflict.data.error : parsed.success ? parsed.data.error : undefined;
  return new CoproRequestError(
    'http',
    error?.message ?? `HTTP ${response.status}`,
    response.status,
    error?.code ?? '',
    parsed.success ? (parsed.data.error.issues ?? []) : [],
    retryAfter,
    json,
  );
}
