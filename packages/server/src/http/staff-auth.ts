import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { roleAllows, type RouteSpec, type StaffRole } from '@copro/protocol';
import { iso, type Database } from '../db/database.ts';
import { ApiError } from './errors.ts';
import { clientAddress, type TrustedProxies } from './rate-limit.ts';

/** Who made a request: a named staff member, the environment's admin token, or a room editor link. */
export interface StaffIdentity {
  /** The staff row's id; null for `COPRO_ADMIN_TOKEN` and editor links. */
  id: string | null;
  /** What the audit trail records as "who". */
  name: string;
  /** An editor link has no staff role: it may only write to its own room. */
  role: StaffRole | null;
  /** Set for an editor link. */
  editorLink?: string;
}

/** A shared tablet at an event (a kiosk link): its writes are stored with the `event` channel and this event. Not staff. */
export interface KioskIdentity {
  link: string;
  event: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the route guard on every route the table gives a role. */
    staff: StaffIdentity | undefined;
    /** What a staff write changed, for its audit entry (never erased or redacted text). */
    auditChanges: Record<string, unknown>;
    /** The audit entry's target when the path's ids do not say it well enough. */
    auditTarget: string;
    /** Set by the route guard when a write came with a live kiosk link's key for its board. */
    kiosk: KioskIdentity | undefined;
  }
}

/** Tokens shorter than this are refused at start: a token is a password no one has to remember. */
export const MIN_TOKEN_LENGTH = 32;
export const howToMakeAToken = 'Make one with: node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'base64url\'))"';

/** Throws unless `token` is long enough to resist guessing (13.10). */
export function checkAdminToken(token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`COPRO_ADMIN_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters long (it has ${token.length}). ${howToMakeAToken}`);
  }
}

/** How a kiosk link's key begins: a write with one is a kiosk's, never a staff member's. */
export const KIOSK_KEY_PREFIX = 'copro_kiosk_';

/** A new staff token, editor key or kiosk key: 32 random bytes, with a prefix that secret scanners can spot. */
export const newSecret = (prefix: 'copro_staff_' | 'copro_room_' | 'copro_kiosk_') => prefix + randomBytes(32).toString('base64url');

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

function bearer(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1].trim();
}

/** Checks `Authorization: Bearer <token>` against the environment's admin token, in constant time. */
export function tokenMatches(header: string | undefined, adminToken: string | undefined): boolean {
  const token = bearer(header);
  if (!adminToken || !token) return false;
  return timingSafeEqual(digest(token), digest(adminToken));
}

export const unauthorized = (message = 'This needs a staff token. Send it as "Authorization: Bearer <token>".') =>
  new ApiError(401, 'unauthorized', message, { headers: { 'WWW-Authenticate': 'Bearer' } });

export const forbiddenRole = (needed: StaffRole) =>
  new ApiError(403, 'forbidden_role', `Your staff role may not do this: it needs the ${needed} role. Ask an admin.`);

/**
 * Failed staff sign-ins per address, kept in this process: after `limit` failures within `windowMs`
 * the address is refused (429) for a lock-out that doubles each time it is earned again within an
 * hour (1, 2, 4 ... 60 minutes). Independent of COPRO_RATE_LIMIT. With several servers an attacker
 * gets this many guesses per server; a 256-bit token is out of reach either way.
 */
export class AuthThrottle {
  private readonly failures = new Map<string, { times: number[]; lockedUntil: number; strikes: number; lastStrike: number }>();

  constructor(
    private readonly options: { limit: number; windowMs: number; now: () => number; log: (line: string) => void },
  ) {}

  /** Seconds to wait when this address is locked out, else 0. */
  retryAfter(address: string): number {
    const entry = this.failures.get(address);
    const now = this.options.now();
    return entry && entry.lockedUntil > now ? Math.ceil((entry.lockedUntil - now) / 1000) : 0;
  }

  fail(address: string, what: string): void {
    const now = this.options.now();
    const entry = this.failures.get(address) ?? { times: [], lockedUntil: 0, strikes: 0, lastStrike: 0 };
    entry.times = entry.times.filter((at) => at > now - this.options.windowMs);
    entry.times.push(now);
    this.failures.set(address, entry);
    // A security event: never the token, only what kind of credential failed and how often.
    this.options.log(`${new Date(now).toISOString()} security ${what} refused from ${address} (${entry.times.length} in ${this.options.windowMs / 60_000} min)`);
    if (entry.times.length >= this.options.limit) {
      entry.strikes = now - entry.lastStrike < 3_600_000 ? entry.strikes + 1 : 1;
      entry.lastStrike = now;
      const lockMs = Math.min(3_600_000, 60_000 * 2 ** (entry.strikes - 1));
      entry.lockedUntil = now + lockMs;
      entry.times = [];
      this.options.log(`${new Date(now).toISOString()} security staff sign-in locked for ${address} for ${lockMs / 1000} s`);
    }
    if (this.failures.size > 10_000) this.sweep(now);
  }

  private sweep(now: number): void {
    for (const [address, entry] of this.failures) {
      if (entry.lockedUntil < now && entry.times.every((at) => at <= now - this.options.windowMs)) this.failures.delete(address);
    }
  }
}

const tooManyFailures = (retryAfter: number) =>
  new ApiError(429, 'rate_limited', `Too many wrong staff tokens from this address. Please wait ${retryAfter} seconds and try again.`, {
    headers: { 'Retry-After': String(retryAfter) },
  });

/**
 * Staff authentication. Named staff tokens are stored as HMAC-SHA256 with a key kept in the
 * database (see docs/security.md for why a fast keyed hash); each request looks its token up, so
 * expiry and revocation hold at once on every server sharing the database.
 */
export class StaffAuth {
  private key: Promise<Buffer> | undefined;
  readonly throttle: AuthThrottle;

  constructor(
    private readonly db: Database,
    private readonly options: { adminToken?: string; trustProxy: TrustedProxies; log: (line: string) => void; now?: () => number; signInFailures?: number },
  ) {
    checkAdminToken(options.adminToken);
    this.throttle = new AuthThrottle({ limit: options.signInFailures ?? 10, windowMs: 10 * 60_000, now: options.now ?? Date.now, log: options.log });
  }

  /** HMAC-SHA256 of a token with this database's key, as hex. */
  async hash(token: string): Promise<string> {
    this.key ??= (async () => {
      await this.db.query(`INSERT INTO server_secrets (name, value) VALUES ('token_hmac_key', $1) ON CONFLICT (name) DO NOTHING`, [
        randomBytes(32).toString('hex'),
      ]);
      const { rows } = await this.db.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'token_hmac_key'`);
      return Buffer.from(rows[0].value, 'hex');
    })().catch((error) => {
      this.key = undefined;
      throw error;
    });
    return createHmac('sha256', await this.key).update(token, 'utf8').digest('hex');
  }

  /** The named staff member whose live token this is. */
  private async namedStaff(token: string): Promise<StaffIdentity | undefined> {
    const { rows } = await this.db.query<{ id: string; name: string; role: StaffRole }>(
      `SELECT id, name, role FROM staff WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [await this.hash(token)],
    );
    return rows[0] ? { id: rows[0].id, name: rows[0].name, role: rows[0].role } : undefined;
  }

  private async staffFor(token: string): Promise<StaffIdentity | undefined> {
    if (this.options.adminToken && timingSafeEqual(digest(token), digest(this.options.adminToken))) {
      return { id: null, name: 'COPRO_ADMIN_TOKEN', role: 'admin' };
    }
    return this.namedStaff(token);
  }

  private refuse(c: Context, what: string): never {
    const address = clientAddress(c, this.options.trustProxy);
    this.throttle.fail(address, what);
    const wait = this.throttle.retryAfter(address);
    if (wait > 0) throw tooManyFailures(wait);
    throw unauthorized('That staff token is not valid (it may have expired or been revoked).');
  }

  private checkThrottle(c: Context): void {
    const wait = this.throttle.retryAfter(clientAddress(c, this.options.trustProxy));
    if (wait > 0) throw tooManyFailures(wait);
  }

  /**
   * The staff member behind the request: undefined when it sends no token, 401 when the token is
   * wrong (so a mistyped token is noticed, not silently ignored), 429 while its address is locked out.
   */
  async identify(c: Context): Promise<StaffIdentity | undefined> {
    const header = c.req.header('authorization');
    if (header === undefined) return undefined;
    this.checkThrottle(c);
    const token = bearer(header);
    const who = token ? await this.staffFor(token) : undefined;
    return who ?? this.refuse(c, 'staff token');
  }

  /** 401 without a valid token, 403 `forbidden_role` when its role is lower than `needed`. */
  async require(c: Context, needed: StaffRole): Promise<StaffIdentity> {
    const who = await this.identify(c);
    if (!who) throw unauthorized();
    if (!who.role || !roleAllows(who.role, needed)) throw forbiddenRole(needed);
    return who;
  }

  /**
   * A room write: a staff token of `needed` role, or a live editor link key for this room, or
   * nobody at all when the room has `publicEditing`. Otherwise 401 (403 for a staff role too low).
   */
  async roomWriter(c: Context, room: string, needed: StaffRole): Promise<StaffIdentity> {
    const header = c.req.header('authorization');
    if (header === undefined) {
      const { rows } = await this.db.query<{ public_editing: boolean }>('SELECT public_editing FROM rooms WHERE id = $1', [room]);
      if (rows[0]?.public_editing) return { id: null, name: 'anonymous', role: null };
      throw unauthorized('Changing this checklist needs an editor link or a staff token.');
    }
    this.checkThrottle(c);
    const token = bearer(header) ?? '';
    const staff = token ? await this.staffFor(token) : undefined;
    if (staff) {
      if (!staff.role || !roleAllows(staff.role, needed)) throw forbiddenRole(needed);
      return staff;
    }
    const { rows } = await this.db.query<{ id: string }>(
      'SELECT id FROM room_editor_links WHERE key_hash = $1 AND room_id = $2 AND revoked_at IS NULL',
      [await this.hash(token), room],
    );
    if (rows[0]) return { id: null, name: `editor link ${rows[0].id}`, role: null, editorLink: rows[0].id };
    return this.refuse(c, 'room editor key');
  }

  /**
   * A write from a shared tablet (CONTRACT.md "Kiosk"): the kiosk link whose key the request sends,
   * live (not revoked, not expired by the server's clock) and for this board or ladder (`kind`).
   * Undefined when the request sends no kiosk key; 401 in plain words when the key is unknown,
   * revoked, expired or for another board or ladder (an unknown key counts as a failed sign-in,
   * like a wrong staff token).
   */
  async kiosk(c: Context, kind: 'board' | 'ladder', id: string): Promise<KioskIdentity | undefined> {
    const token = bearer(c.req.header('authorization'));
    if (!token?.startsWith(KIOSK_KEY_PREFIX)) return undefined;
    this.checkThrottle(c);
    const now = new Date((this.options.now ?? Date.now)());
    const { rows } = await this.db.query<{ id: string; event: string; live: boolean }>(
      'SELECT id, event, (kind = $2 AND board_id = $3 AND revoked_at IS NULL AND expires_at > $4) AS live FROM board_kiosk_links WHERE key_hash = $1',
      [await this.hash(token), kind, id, now],
    );
    if (rows[0]?.live) return { link: rows[0].id, event: rows[0].event };
    // Only a key nobody made counts as a failed sign-in (someone guessing). A real link that has
    // expired or been stopped is refused without it: a tablet still tapped after its event must not
    // lock the venue's shared address out of the staff sign-in that would make a new link.
    if (!rows[0]) {
      const address = clientAddress(c, this.options.trustProxy);
      this.throttle.fail(address, 'kiosk key');
      const wait = this.throttle.retryAfter(address);
      if (wait > 0) throw tooManyFailures(wait);
    }
    throw unauthorized(`This kiosk link has expired or been revoked, or is for another ${kind}: nothing was saved. Ask a member of staff for a new kiosk link.`);
  }

  /** Stores a new named staff member; answers the token, which exists nowhere else afterwards. */
  async addStaff(input: { name: string; role: StaffRole; expiresAt?: string }) {
    const token = newSecret('copro_staff_');
    const id = randomUUID();
    const { rows } = await this.db.query<{ created_at: unknown; expires_at: unknown }>(
      'INSERT INTO staff (id, name, role, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING created_at, expires_at',
      [id, input.name, input.role, await this.hash(token), input.expiresAt ?? null],
    );
    return { id, name: input.name, role: input.role, token, expiresAt: rows[0].expires_at ? iso(rows[0].expires_at) : null };
  }
}

/** The guard and audit middleware for one route of the table, registered before its handler. */
export function guardRoute(
  app: Hono,
  route: RouteSpec,
  auth: StaffAuth,
  record: (entry: { staff: string; action: string; target: string; changes: Record<string, unknown> }) => Promise<void>,
): void {
  const honoPath = route.path.replace(/\{(\w+)\}/g, ':$1');
  const pathIds = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const audit = async (c: Context, who: StaffIdentity, action: string | undefined) => {
    if (!action || c.res.status >= 300) return;
    // The ids in the path, in its order: `board:<id>/post:<id>` (a prefix finds everything on a board).
    const target = c.get('auditTarget') ?? pathIds.map((name) => `${name}:${c.req.param(name)}`).join('/');
    await record({ staff: who.name, action, target: target || route.path, changes: c.get('auditChanges') ?? {} });
  };
  // A kiosk link's key on a write the table allows it for (a shared tablet at an event): not staff.
  // The link is for the path's ladder when it has one (a rating), else its board.
  const kioskKind = route.path.includes('{ladder}') ? 'ladder' : 'board';
  const kiosk = async (c: Context) => (route.kiosk ? await auth.kiosk(c, kioskKind, c.req.param(kioskKind) ?? '') : undefined);
  if (route.onBehalf) {
    // A resident's own write without a token; with one, staff of the route's role on someone's
    // behalf (a wrong token 401, a lower role 403), recorded in the audit trail.
    const { role, audit: action } = route.onBehalf;
    app.on(route.method.toUpperCase(), honoPath, async (c, next) => {
      const tablet = await kiosk(c);
      c.set('kiosk', tablet);
      const who = c.req.header('authorization') === undefined || tablet ? undefined : await auth.require(c, role);
      c.set('staff', who);
      await next();
      if (who) await audit(c, who, action);
    });
    return;
  }
  if (route.kiosk && !route.role) {
    app.on(route.method.toUpperCase(), honoPath, async (c, next) => {
      c.set('kiosk', await kiosk(c));
      await next();
    });
    return;
  }
  if (!route.role) return;
  const needed = route.role;
  app.on(route.method.toUpperCase(), honoPath, async (c, next) => {
    const who = route.roomEditor ? await auth.roomWriter(c, c.req.param('room') ?? '', needed) : await auth.require(c, needed);
    c.set('staff', who);
    await next();
    await audit(c, who, route.audit);
  });
}
