import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

export const tooLarge = (max: number) =>
  new ApiError(413, 'payload_too_large', `The request body is larger than the ${max} bytes this server accepts.`);

/** Refuses a write early when its declared Content-Length is over the limit. */
export function bodyLimit(max: number): MiddlewareHandler {
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > max) throw tooLarge(max);
    await next();
  };
}

/**
 * Reads the body, counting the bytes actually received, and stops past `max` (a lying or absent
 * Content-Length). Over a socket with a declared Content-Length (within `max`: `bodyLimit` has
 * refused more) and no Transfer-Encoding, Node's HTTP parser delivers exactly that many bytes, so
 * the body is read whole through @hono/node-server's direct path. Reading `request.body` there
 * built a full web `Request`, its `AbortSignal` and a web stream over the socket for every write:
 * about half of the server's own CPU time for a post (docs/performance.md, 2026-12-06, morning).
 * Anywhere else (`app.request`, a chunked upload) the bytes are counted as they arrive.
 */
export async function readBodyBytes(c: Context, max: number): Promise<Uint8Array> {
  const request = c.req.raw;
  const declared = c.req.header('content-length');
  if (overNodeSocket(c) && declared !== undefined && /^\d+$/.test(declared) && Number(declared) <= max && c.req.header('transfer-encoding') === undefined) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > max) throw tooLarge(max);
    return bytes;
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Whether the request came through @hono/node-server (its Node request in `c.env.incoming`): Node's parser holds a body to its Content-Length. */
const overNodeSocket = (c: Context) => (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
