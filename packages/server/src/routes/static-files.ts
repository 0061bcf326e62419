import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export const contentType = (path: string) => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file under `root` for a URL path below a mount point, or undefined.
 * Refuses anything that would leave `root` (`..`, encoded slashes, NUL bytes).
 */
export async function findFile(root: string, urlPath: string, aliases: Record<string, string> = {}): Promise<string | undefined> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (relative.includes('\0') || relative.includes('\\')) return undefined;
  relative = aliases[relative] ?? relative;
  const base = resolve(root);
  let file = resolve(base, '.' + (relative.startsWith('/') ? relative : '/' + relative));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = resolve(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** A year, the longest `max-age` caches honour. */
const YEAR = 31536000;

/**
 * A chunk of the drop-in build: `chunks/<name>-<hash>.js` (see vite.config.ts). Its name changes
 * whenever its content does, so a browser may keep it for a year without asking again.
 */
export const HASHED_CHUNK = /\/chunks\/[\w.-]+-[\w-]{8,}\.js$/;

/**
 * How long a served file may be cached. Hashed chunks: a year, `immutable`. Everything else
 * (copro.js, copro.all.js, pages): `no-cache`, kept but checked with its ETag on every use (a
 * `304` with no body), so a new copro.js, which names new chunks, is picked up at once; the
 * build removes the old chunks, so a copro.js kept without asking could name chunks that are gone.
 */
export function cacheControl(urlPath: string, { hashed }: { hashed: boolean }): string {
  return hashed && HASHED_CHUNK.test(urlPath) ? `public, max-age=${YEAR}, immutable` : 'no-cache';
}

async function send(c: Context, file: string, { hashed = false } = {}): Promise<Response> {
  const info = await stat(file);
  // Size and modification time, as most static servers do: changes when the file is rebuilt.
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  c.header('Content-Type', contentType(file));
  c.header('Cache-Control', cacheControl(c.req.path, { hashed }));
  c.header('ETag', etag);
  c.header('X-Content-Type-Options', 'nosniff');
  const asked = c.req.header('If-None-Match');
  if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
  if (c.req.method === 'HEAD') return c.body(null, 200);
  return c.body(new Uint8Array(await readFile(file)), 200);
}

/**
 * Serves `extraStatic` mounts (URL prefix -> folder) and `publicDir` at `/` (`/admin` -> admin.html).
 * In a mount, `chunks/<name>-<hash>.js` is cached for a year (the drop-in's hashed chunks); every
 * other file is revalidated on each use (see `cacheControl`).
 */
export function staticRoutes(app: Hono, options: { publicDir?: string; extraStatic?: Record<string, string> }): void {
  for (const [prefixRaw, folder] of Object.entries(options.extraStatic ?? {})) {
    const prefix = '/' + prefixRaw.replace(/^\/+|\/+$/g, '');
    app.on(['GET', 'HEAD'], `${prefix}/*`, async (c, next) => {
      const rest = c.req.path.slice(prefix.length);
      const file = await findFile(folder, rest);
      return file ? send(c, file, { hashed: true }) : next();
    });
  }
  if (options.publicDir) {
    const publicDir = options.publicDir;
    app.on(['GET', 'HEAD'], '/*', async (c, next) => {
      if (c.req.path.startsWith('/v1/')) return next();
      const file = await findFile(publicDir, c.req.path, { '/admin': '/admin.html', '/admin/': '/admin.html' });
      return file ? send(c, file) : next();
    });
  }
}
