import * as z from 'zod/mini';
import {
  ErrorBody,
  boardMine,
  getBoard,
  listPosts,
  participantHeader,
  SimilarPosts,
  similarPosts as similarPostsRoute,
  supportInPath,
  supportPost,
  unsupportInPath,
  unsupportPost,
  type BoardMine,
  type ListPostsQuery,
  type PostPage,
  type RouteSpec,
  type ValidationIssue,
} from '@copro/protocol';

import { CoproRequestError } from './errors.ts';
import { shareMessages } from './locale-controller.ts';
import { sendingMessages } from './sending/messages.ts';

export { CoproRequestError, errorMessageKey, type FailureKind } from './errors.ts';

// Pages may forbid eval (a strict Content-Security-Policy without 'unsafe-eval'). zod's JIT probes
// `new Function`, and a strict CSP reports that probe as a violation even though zod catches it.
z.config({ jitless: true });

// Every element that talks to an endpoint says its errors and the outbox's states in words that
// come with this client: a page whose elements never talk to one never downloads them.
shareMessages(sendingMessages);

function issuesOf(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), message: issue.message }));
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The schema the body must match before it is sent. */
  bodySchema?: z.core.$ZodType;
  /** The schema the answer must match (none: any JSON, or nothing, is taken). */
  schema?: z.core.$ZodType;
  /** Staff token for staff calls. Never stored by the client. */
  token?: string;
  /** More request headers (the `Copro-Participant` header). */
  headers?: Record<string, string>;
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
 * the `@copro/protocol` schemas, and every failure becomes a `CoproRequestError`. `call(route, …)`
 * calls any route of the protocol's table by its export (`client.call(createPost, {params: {board},
 * body})`); the named methods are the reads the widgets share.
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
    const response = await sendRequest(method, endpointUrl(this.endpoint, path, options.query), options.body, this.timeoutMs, options.token, options.signal, options.headers);
    const json = await readJson(response);
    if (!response.ok) throw httpError(response, json);
    if (!options.schema) return json as T;
    const parsed = z.safeParse(options.schema, json);
    if (!parsed.success) {
      throw new CoproRequestError('invalid-response', 'The answer does not match the schema.', response.status, '', issuesOf(parsed.error));
    }
    return parsed.data as T;
  }

  /**
   * Calls one route of the protocol's table: its method, its path with `params` filled in, the
   * body checked against its request schema, the answer against its first 2xx schema.
   */
  call<R extends RouteSpec>(route: R, options: CallOptions<R>): Promise<AnswerOf<R>> {
    const { params, participant, ...rest } = options as CallOptions<RouteSpec> & { params?: Record<string, string> };
    return this.request<AnswerOf<R>>(route.method.toUpperCase(), routePath(route, params ?? {}), {
      ...rest,
      bodySchema: route.body,
      schema: (route.responses[200] ?? route.responses[201])?.schema,
      headers: participant ? { [participantHeader]: participant } : undefined,
    });
  }

  // Feedback board
  getBoard(board: string, signal?: AbortSignal) {
    return this.call(getBoard, { params: { board }, signal });
  }
  /**
   * A page of posts. With a `participant` (and no staff token), the page is read as everyone reads
   * it and this reader's part comes from `GET .../mine` with the id in the `Copro-Participant`
   * header, never in the address; an endpoint without that route (404) is read the version 1 way.
   */
  async listPosts(board: string, query: Partial<ListPostsQuery> & { visibility?: string } = {}, token?: string, signal?: AbortSignal): Promise<PostPage> {
    const { participant, ...shared } = query;
    const key = resolveEndpoint(this.endpoint);
    const read = (q: typeof query) => this.call(listPosts, { params: { board }, query: q, token, signal });
    if (participant && !token && readerRoutes.get(key) !== false) {
      const [page, mine] = await Promise.all([
        read(shared),
        this.call(boardMine, { params: { board }, participant, signal }).catch((error: CoproRequestError) => {
          if (error.status !== 404) throw error;
        }),
      ]);
      readerRoutes.set(key, !!mine);
      if (mine) return withMine(page, mine, query);
    }
    return read(query);
  }
  // Everything else (a board's staff writes, a room, a ladder, "Forget me"): `call(route, …)` with
  // the route's export, so each widget's bundle holds only the routes, and schemas, it calls.

}

/**
 * Whether each endpoint has the routes that take the participant in the `Copro-Participant`
 * header (true), only the version 1 paths with it in the address (false), or is not known yet.
 */
const readerRoutes = new Map<string, boolean>();


/**
 * The method and path of a support change (as the outbox stores it): the route with the
 * participant in the `Copro-Participant` header, or, where the endpoint is known to have only
 * version 1 (its `GET .../mine` answered 404), the path with the participant in it.
 */
export function supportRequest(endpoint: string, board: string, post: string, participant: string, supported: boolean): { method: 'PUT' | 'DELETE'; path: string } {
  const inPath = readerRoutes.get(resolveEndpoint(endpoint)) === false;
  const path = routePath(inPath ? (supported ? supportInPath : unsupportInPath) : supported ? supportPost : unsupportPost, { board, post, participant });
  return { method: supported ? 'PUT' : 'DELETE', path: inPath ? path : path + PARTICIPANT_FRAGMENT + enc(participant) };
}

/**
 * Posts like the words someone is typing, marked with this reader's part. The participant goes in
 * the `Copro-Participant` header, out of the address that proxies log; only an endpoint known to
 * have version 1 alone (its `GET .../mine` answered 404, so it may not allow the header) gets it
 * as `?participant=`.
 */
export function similarPosts(endpoint: string, board: string, q: string, limit: number, participant: string, signal?: AbortSignal): Promise<SimilarPosts> {
  const inQuery = readerRoutes.get(resolveEndpoint(endpoint)) === false;
  return new EndpointClient(endpoint, 5000).request<SimilarPosts>('GET', routePath(similarPostsRoute, { board }), {
    schema: SimilarPosts,
    query: { q, limit, ...(inQuery ? { participant } : {}) },
    headers: inQuery ? undefined : { [participantHeader]: participant },
    signal,
  });
}

/** A page of posts as everyone reads it, marked with this reader's part (their pending posts lead the first page). */
function withMine(page: PostPage, mine: BoardMine, query: Partial<ListPostsQuery>): PostPage {
  const pending = mine.pending.filter(
    (post) => !query.cursor && !page.items.some((item) => item.id === post.id) && (!query.category || post.category === query.category) && (!query.status || query.status === 'unanswered'),
  );
  return { ...page, items: [...pending, ...page.items].map((post) => ({ ...post, supported: mine.supported.includes(post.id), mine: mine.posted.includes(post.id) })) };
}

type Schema = z.core.$ZodType;
/** A route's path parameters, by name. */
type ParamsOf<R> = R extends { params: infer P extends Record<string, unknown> } ? { params: { [K in keyof P]: string } } : { params?: undefined };
/** What a route's successful answer parses to. */
export type AnswerOf<R> = R extends { responses: { 200: { schema: infer S extends Schema } } }
  ? z.output<S>
  : R extends { responses: { 201: { schema: infer S extends Schema } } }
    ? z.output<S>
    : unknown;

/** One call of a route: its parameters, its body (checked against its schema before sending), and how. */
export type CallOptions<R> = ParamsOf<R> & {
  body?: R extends { body: infer B extends Schema } ? z.input<B> : undefined;
  query?: RequestOptions['query'];
  /** Staff token for staff calls. Never stored by the client. */
  token?: string;
  /** For a `participantHeader` route: sent as the `Copro-Participant` header, never in the address. */
  participant?: R extends { participantHeader: true } ? string : undefined;
  signal?: AbortSignal;
};

/** A route's path with its parameters filled in, each encoded: `/v1/boards/{board}` -> `/v1/boards/town-plan`. */
export function routePath(route: Pick<RouteSpec, 'path'>, params: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => enc(params[name] ?? ''));
}

/** The method and path of a write to `route`, for the outbox: `{ id, ...routeWrite(addGroup, { room }), body, … }`. */
export function routeWrite(route: Pick<RouteSpec, 'method' | 'path'> & { method: 'post' | 'put' | 'delete' }, params: Record<string, string> = {}) {
  return { method: route.method.toUpperCase() as 'POST' | 'PUT' | 'DELETE', path: routePath(route, params) };
}

const enc = encodeURIComponent;

/**
 * A queued write to a `participantHeader` route keeps its participant in the path's fragment
 * (`#copro-participant=<id>`, stored on this device only, never sent): `sendRequest` moves it into
 * the `Copro-Participant` header.
 */
const PARTICIPANT_FRAGMENT = '#copro-participant=';

/** One fetch with a time-out, mapping network failures to `CoproRequestError`. No cookies are ever sent. */
export async function sendRequest(
  method: string,
  url: string,
  body: unknown,
  timeoutMs: number,
  token?: string,
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  // The caller's signal (a superseded `@lit/task` run, say) cancels the request itself, not just its answer.
  if (signal?.aborted) controller.abort(signal.reason);
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  // A queued write keeps its participant in the path's fragment (`#copro-participant=<id>`), which
  // is never sent: it goes in the Copro-Participant header, so it never reaches an address or a log.
  const [bare, participant] = url.split(PARTICIPANT_FRAGMENT);
  if (participant) {
    url = bare;
    headers[participantHeader] = decodeURIComponent(participant);
  }
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
  // Every error body, a room's 409 with its current group included, has `error` in this shape.
  const parsed = z.safeParse(ErrorBody, json);
  const error = parsed.success ? parsed.data.error : undefined;
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
