import type { MiddlewareHandler } from 'hono';
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

/** Reads the body, counting the bytes actually received, and stops past `max` (a lying or absent Content-Length). */
export async function readBodyBytes(request: Request, max: number): Promise<Uint8Array> {
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
