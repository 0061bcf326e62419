import { readFileSync } from 'node:fs';
import { trustedProxies } from './http/rate-limit.ts';
import { stdoutLog } from './http/request-log.ts';
import { checkAdminToken } from './http/staff-auth.ts';
import type { ReadCacheOptions } from './http/read-cache.ts';
import type { LiveOptions } from './live.ts';

export interface ServerOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** PGlite folder; `memory://` keeps everything in memory. Default `./.copro-data`. */
  dataDir?: string;
  /** When set, use this PostgreSQL server (through `pg`) instead of PGlite. */
  databaseUrl?: string;
  /**
   * The bootstrap admin token (env `COPRO_ADMIN_TOKEN`), at least 32 characters. Named staff
   * have their own tokens (`npm run staff`); with neither, every staff call answers 401.
   */
  adminToken?: string;
  /** Days personal data is kept where a board, room or ladder sets none (env `COPRO_RETENTION_DAYS`). Default 730. */
  retentionDays?: number;
  /** CORS allow-list: `['*']` allows any origin; `[]` only the server's own. */
  allowedOrigins?: string[];
  /** Create unknown boards, rooms and ladders with defaults on first use. Default true. */
  autoCreate?: boolean;
  /** Writes allowed per client (IP address) per window. Default 30 per 60 s. */
  writeRateLimit?: { limit: number; windowSeconds: number };
  /**
   * Similar-post searches per client (IP address): `burst` at once, then `perSecond`. Default 10,
   * then one every 2 s. Env `COPRO_SEARCH_RATE_LIMIT=10/0.5`.
   */
  searchRateLimit?: { burst: number; perSecond: number };
  /** Failed staff sign-ins per address in 10 minutes before 429 (default 10). Tests, whose pages all share one address, raise it. */
  signInFailures?: number;
  /** When set, static files are served at `/` (index.html for `/`, admin.html for `/admin`). */
  publicDir?: string;
  /** URL prefix -> folder, e.g. `{'/copro/': 'packages/copro/dist'}`. */
  extraStatic?: Record<string, string>;
  /** Reported by /v1/health and the OpenAPI document. Default: this package's version. */
  version?: string;
  /** One line per request (and errors, without request data). Default: standard output, one write per turn of the event loop (http/request-log.ts `stdoutLog`). */
  log?: (line: string) => void;
  /**
   * Behind a reverse proxy: its addresses or CIDR ranges (`['127.0.0.1']`, `['10.0.0.0/8', 'fd00::/8']`).
   * A request whose socket peer is one of them is counted against the nearest `X-Forwarded-For` hop
   * that is not a proxy, and its `X-Forwarded-Proto` is believed. None by default (the headers are
   * easy to forge). Env `COPRO_TRUST_PROXY=127.0.0.1,::1`.
   */
  trustProxy?: string[];
  /**
   * The address people reach this server at, e.g. `https://api.example.org/copro` (env
   * `COPRO_PUBLIC_URL`). When set, feed links and the redirects of form posts use it, and requests
   * naming another `Host` answer 421. Unset: the request's own address is used.
   */
  publicUrl?: string;
  /** POST new posts and responses here (env `COPRO_WEBHOOK_URL`). Off when unset. */
  webhookUrl?: string;
  /**
   * The server's clock: closing dates, answer times and overdue promises are read against it.
   * Default: the system clock. Tests pass their own to move through due dates.
   */
  now?: () => Date;
  /** HMAC-SHA256 key for the `X-Copro-Signature` header (env `COPRO_WEBHOOK_SECRET`). */
  webhookSecret?: string;
  /**
   * The in-memory cache of public reads (http/read-cache.ts): most answers and bytes kept, how long
   * by the server's clock, and `max-age` / `s-maxage` of public answers. Default 1,000 answers,
   * 16 MB, 60 s, max-age 0, s-maxage 5. `{ entries: 0 }` keeps none (ETags and 304s still work).
   */
  readCache?: Partial<ReadCacheOptions>;
  /**
   * Live streams (`GET .../events`, live.ts): `perClient` open streams per address (env
   * `COPRO_STREAMS_PER_CLIENT`, default 6; over it 429), `keepAliveMs` (15 s), `retryMs` (3 s).
   */
  live?: Partial<LiveOptions>;
  /**
   * Check every JSON answer against its protocol schema before sending it, and answer 500 instead
   * of one that does not match (env `COPRO_CHECK_ANSWERS=true`). Off by default: the elements check
   * every answer they read, the server checks every request, and the tests run the server with this
   * on, so a mapping that makes a wrong answer fails them. On a page of posts read from the
   * database the check allocated about 60 KB (a copy of the whole answer; PGlite's own work on the
   * statement allocates about 160 KB) and took 5 to 8 % of the read's CPU time (docs/performance.md, 2026-12-06).
   */
  checkAnswers?: boolean;
}

let packageVersion: string | undefined;

export const defaults = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: './.copro-data',
  allowedOrigins: [] as string[],
  autoCreate: true,
  writeRateLimit: { limit: 30, windowSeconds: 60 },
  searchRateLimit: { burst: 10, perSecond: 0.5 },
  log: stdoutLog,
  now: () => new Date(),
  version(): string {
    packageVersion ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    return packageVersion;
  },
};

function flag(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error(`${name} must be true or false, not "${value}".`);
}

/** `COPRO_TRUST_PROXY`: a comma-separated list of addresses and CIDR ranges; `false` for none. */
function trustProxyFromEnv(value: string): string[] | undefined {
  const v = value.trim().toLowerCase();
  if (['0', 'false', 'no', 'off'].includes(v)) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(v)) {
    throw new Error(
      'COPRO_TRUST_PROXY no longer takes "true": with it, anyone could forge X-Forwarded-For and escape the rate limits. ' +
        'List the addresses of your reverse proxy instead, as it connects to this server: COPRO_TRUST_PROXY=127.0.0.1 ' +
        '(the same machine), or ranges such as COPRO_TRUST_PROXY=10.0.0.0/8,fd00::/8.',
    );
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  try {
    trustedProxies(entries);
  } catch (error) {
    throw new Error(`COPRO_TRUST_PROXY: ${(error as Error).message}`);
  }
  return entries;
}

/** Reads the server's settings from environment variables (see the README of @copro/server). */
export function optionsFromEnv(env: Record<string, string | undefined> = process.env): ServerOptions {
  const options: ServerOptions = {};
  if (env.PORT?.trim()) {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
    options.port = port;
  }
  if (env.HOST?.trim()) options.host = env.HOST.trim();
  if (env.COPRO_DATA_DIR?.trim()) options.dataDir = env.COPRO_DATA_DIR.trim();
  if (env.DATABASE_URL?.trim()) options.databaseUrl = env.DATABASE_URL.trim();
  if (env.COPRO_ADMIN_TOKEN?.trim()) {
    options.adminToken = env.COPRO_ADMIN_TOKEN.trim();
    checkAdminToken(options.adminToken);
  }
  if (env.COPRO_ALLOWED_ORIGINS !== undefined) {
    options.allowedOrigins = env.COPRO_ALLOWED_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
  }
  const autoCreate = flag(env.COPRO_AUTO_CREATE, 'COPRO_AUTO_CREATE');
  if (autoCreate !== undefined) options.autoCreate = autoCreate;
  if (env.COPRO_TRUST_PROXY?.trim()) options.trustProxy = trustProxyFromEnv(env.COPRO_TRUST_PROXY);
  if (env.COPRO_WEBHOOK_URL?.trim()) {
    const url = env.COPRO_WEBHOOK_URL.trim();
    if (!/^https?:\/\//.test(url) || !URL.canParse(url)) throw new Error(`COPRO_WEBHOOK_URL must be an http(s) URL, not "${url}".`);
    options.webhookUrl = url;
  }
  if (env.COPRO_PUBLIC_URL?.trim()) {
    const url = env.COPRO_PUBLIC_URL.trim();
    if (!/^https?:\/\//.test(url) || !URL.canParse(url) || new URL(url).search || new URL(url).hash) {
      throw new Error(`COPRO_PUBLIC_URL must be the http(s) address people reach this server at, like https://api.example.org/copro, not "${url}".`);
    }
    options.publicUrl = url.replace(/\/+$/, '');
  }
  if (env.COPRO_WEBHOOK_SECRET?.trim()) options.webhookSecret = env.COPRO_WEBHOOK_SECRET.trim();
  if (env.COPRO_RETENTION_DAYS?.trim()) {
    const days = Number(env.COPRO_RETENTION_DAYS);
    if (!Number.isInteger(days) || days < 1) throw new Error(`COPRO_RETENTION_DAYS must be a whole number of days, not "${env.COPRO_RETENTION_DAYS}".`);
    options.retentionDays = days;
  }
  if (env.COPRO_RATE_LIMIT?.trim()) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(env.COPRO_RATE_LIMIT);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
      throw new Error(`COPRO_RATE_LIMIT must look like "30/60" (writes per seconds), not "${env.COPRO_RATE_LIMIT}".`);
    }
    options.writeRateLimit = { limit: Number(match[1]), windowSeconds: Number(match[2]) };
  }
  if (env.COPRO_SEARCH_RATE_LIMIT?.trim()) {
    const match = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(env.COPRO_SEARCH_RATE_LIMIT);
    if (!match || Number(match[1]) < 1 || !(Number(match[2]) > 0)) {
      throw new Error(`COPRO_SEARCH_RATE_LIMIT must look like "20/0.5" (searches at once / per second after), not "${env.COPRO_SEARCH_RATE_LIMIT}".`);
    }
    options.searchRateLimit = { burst: Number(match[1]), perSecond: Number(match[2]) };
  }
  if (env.COPRO_READ_CACHE?.trim()) {
    const match = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(env.COPRO_READ_CACHE);
    if (!match) throw new Error(`COPRO_READ_CACHE must look like "1000/16" (public answers kept in memory / megabytes; 0/0 keeps none), not "${env.COPRO_READ_CACHE}".`);
    options.readCache = { entries: Number(match[1]), bytes: Math.round(Number(match[2]) * 1024 * 1024) };
  }
  const checkAnswers = flag(env.COPRO_CHECK_ANSWERS, 'COPRO_CHECK_ANSWERS');
  if (checkAnswers !== undefined) options.checkAnswers = checkAnswers;
  if (env.COPRO_STREAMS_PER_CLIENT?.trim()) {
    const n = Number(env.COPRO_STREAMS_PER_CLIENT);
    if (!Number.isInteger(n) || n < 1) throw new Error(`COPRO_STREAMS_PER_CLIENT must be a whole number of live streams per address, at least 1, not "${env.COPRO_STREAMS_PER_CLIENT}".`);
    options.live = { perClient: n };
  }
  return options;
}
