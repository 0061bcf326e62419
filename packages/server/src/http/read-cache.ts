import { hash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { participantHeader } from '@copro/protocol';
import type { ChangeFeed, FeedMessage } from '../changes.ts';
import { replyText } from './validation.ts';

/**
 * Reads that cache (issue 21). A public read (no `Authorization`, no `Copro-Participant` header, no
 * `participant` in the query) is the same for every reader, so it carries a strong `ETag` (a hash of
 * its body), answers `304` to a matching `If-None-Match`, and may be kept briefly by a shared cache
 * (`Cache-Control: public, max-age=0, s-maxage=5`, `Vary: Origin`). Browsers revalidate each time
 * (a cheap `304`), so a resident who has just posted or supported never sees their own browser's
 * older copy; a reverse proxy or CDN keeps it 5 s. Every other answer is `private, no-store`.
 *
 * This server also keeps public answers in memory (bounded in entries and bytes), so a repeated
 * read skips the database. The change feed clears a board's, room's or ladder's answers when any
 * server on the database commits a write to it; answers also expire after `seconds` on the server's
 * clock, for what changes with time alone (a closing date passing, a promise falling overdue).
 */

export interface ReadCacheOptions {
  /** Most answers kept (default 1,000; 0 keeps none, and ETags and 304s still work). */
  entries: number;
  /** Most bytes of bodies kept (default 16 MB). */
  bytes: number;
  /** Longest an answer is kept, by the server's clock (default 60). */
  seconds: number;
  /** `max-age` of public answers: how long a browser may use one without asking (default 0: it revalidates, a cheap 304). */
  maxAge: number;
  /** `s-maxage`: how long a shared cache (a reverse proxy, a CDN) may keep one (default 5). */
  sharedMaxAge: number;
}

export const defaultReadCache: ReadCacheOptions = { entries: 1000, bytes: 16 * 1024 * 1024, seconds: 60, maxAge: 0, sharedMaxAge: 5 };

interface Entry {
  /**
   * The answer's bytes; or, until its first hit, the JSON text `reply` made (sent as it is by the
   * miss that read it, and encoded once a hit needs bytes: a page cleared by a write before anyone
   * reads it again is never encoded).
   */
  body: Uint8Array<ArrayBuffer> | string;
  /** The body's length in bytes (UTF-8, for a text), as counted against `bytes`. */
  size: number;
  etag: string;
  type: string;
  resource: string;
  storedAt: number;
}

/** The cached answers, least recently used first (a Map keeps insertion order; a hit moves to the end). */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byResource = new Map<string, Set<string>>();
  /** Bumped by each change to a resource: an answer read before a change is never stored after it. */
  private readonly generations = new Map<string, number>();
  private epoch = 0;
  bytes = 0;
  hits = 0;
  misses = 0;

  constructor(
    readonly options: ReadCacheOptions,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Keeps the cache in step with the feed: a change clears its resource; a reset (changes may be lost) clears everything. */
  follow(feed: ChangeFeed): () => void {
    return feed.subscribe((message: FeedMessage) => {
      if (message.type === 'reset' || message.change.kind === 'settings') this.clear();
      else this.invalidate(`${message.change.kind}:${message.change.resource}`);
    });
  }

  /** A token to hand back to `put`: it refuses an answer read before a change to its resource. */
  token(resource: string): string {
    return `${this.epoch}:${this.generations.get(resource) ?? 0}`;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt > this.options.seconds * 1000 || this.now() < entry.storedAt) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (typeof entry.body === 'string') entry.body = utf8(entry.body);
    return entry;
  }

  put(key: string, entry: Omit<Entry, 'storedAt'>, token: string): void {
    if (token !== this.token(entry.resource)) return;
    const size = entry.size + key.length;
    if (this.options.entries <= 0 || size > this.options.bytes) return;
    this.remove(key);
    this.entries.set(key, { ...entry, storedAt: this.now() });
    this.bytes += size;
    let keys = this.byResource.get(entry.resource);
    if (!keys) this.byResource.set(entry.resource, (keys = new Set()));
    keys.add(key);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.entries && this.bytes <= this.options.bytes) break;
      this.remove(oldest);
    }
  }

  invalidate(resource: string): void {
    this.generations.set(resource, (this.generations.get(resource) ?? 0) + 1);
    // Generations are needed only for reads under way; many resources' worth is plenty.
    if (this.generations.size > 100_000) this.clear();
    for (const key of this.byResource.get(resource) ?? []) this.remove(key);
  }

  clear(): void {
    this.epoch++;
    this.generations.clear();
    this.entries.clear();
    this.byResource.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size + key.length;
    const keys = this.byResource.get(entry.resource);
    keys?.delete(key);
    if (keys && keys.size === 0) this.byResource.delete(entry.resource);
  }
}

/** A strong ETag: the body's SHA-256 (of its UTF-8 bytes, for a text), shortened (128 bits). One call, no Hash object. */
export function etagOf(body: Uint8Array | string): string {
  return `"${hash('sha256', body, 'base64url').slice(0, 22)}"`;
}

/** The UTF-8 bytes of `text`, in an ArrayBuffer of their own (kept in the cache, so not a slice of Node's shared pool). */
function utf8(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Buffer.byteLength(text));
  encoder.encodeInto(text, bytes);
  return bytes;
}
const encoder = new TextEncoder();

/** Whether `If-None-Match` names this ETag (weak comparison, as RFC 9110 asks for GET: a proxy may have weakened it). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** No staff token, no participant: the same answer for everyone. */
export function isPublicRead(headers: { header(name: string): string | undefined; query(name: string): string | undefined }): boolean {
  return !headers.header('authorization') && !headers.header(participantHeader) && headers.query('participant') === undefined;
}

export const privateCacheControl = 'private, no-store';

/**
 * For the public read routes of one resource kind (`param` names the board, room or ladder in the
 * path): ETags, 304s, `Cache-Control` and the in-memory cache. Other requests pass through, marked
 * private.
 */
export function publicReads(cache: ReadCache, kind: 'board' | 'room' | 'ladder', param: string): MiddlewareHandler {
  const publicControl = `public, max-age=${cache.options.maxAge}, s-maxage=${cache.options.sharedMaxAge}`;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (!isPublicRead({ header: (name) => c.req.header(name), query: (name) => c.req.query(name) })) {
      await next();
      c.res.headers.set('Cache-Control', privateCacheControl);
      return;
    }
    const url = new URL(c.req.url);
    // The host is in the key: an Atom feed's links are made from it.
    const key = `${c.req.header('host') ?? url.host}${url.pathname}${url.search}`;
    let entry = cache.get(key);
    // On a miss, the handler's answer when it can be sent as it is (made by `reply`, so its body is its text).
    let made: Response | undefined;
    if (entry) cache.hits++;
    else {
      cache.misses++;
      const resource = `${kind}:${c.req.param(param)}`;
      const token = cache.token(resource);
      await next();
      if (c.res.status !== 200) {
        c.res.headers.set('Cache-Control', privateCacheControl);
        return;
      }
      // An answer made by `reply` (every JSON read) gives its text; others (the Atom feed) are read back.
      const text = replyText(c.res);
      if (text !== undefined) made = c.res;
      const body = text ?? new Uint8Array(await c.res.arrayBuffer());
      const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
      entry = { body, size, etag: etagOf(body), type: c.res.headers.get('content-type') ?? 'application/json', resource, storedAt: 0 };
      cache.put(key, entry, token);
    }
    const headers = { ETag: entry.etag, 'Cache-Control': publicControl, Vary: 'Origin' };
    if (etagMatches(c.req.header('if-none-match'), entry.etag)) return answer(c, new Response(null, { status: 304, headers }));
    if (made) {
      // The same answer a hit makes (status 200, these headers, the same bytes), without a second
      // Response: Hono's `c.res` setter would copy the new one's body through a stream.
      for (const [name, value] of Object.entries(headers)) made.headers.set(name, value);
      return made;
    }
    return answer(c, new Response(c.req.method === 'HEAD' ? null : entry.body, { status: 200, headers: { ...headers, 'Content-Type': entry.type } }));
  };
}

/**
 * Makes `response` the answer, in place of whatever the handler answered. Assigning `c.res` over an
 * answer makes Hono build a third Response, reading the new one's body through a stream and copying
 * the old one's headers onto it (none to keep here: the read routes' handlers set only
 * `Content-Type`, which the cache keeps itself).
 */
function answer(c: Context, response: Response): Response {
  c.res = undefined;
  c.res = response;
  return response;
}
