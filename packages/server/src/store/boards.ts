import { defaultReportsToHide, type Channel, defaultTimeZone, type Board, type BoardMine, type BoardSettings, type ListPostsQuery, type NewPost, type Post, type PostPage, type ResponseHistoryEntry, type ResponseStatus, type SetResponse, type SupportState, type Visibility } from '@copro/protocol';
import { iso, isUniqueViolation, type Database, type Queryable, type Row } from '../db/database.ts';
import { closed, invalid, notFound } from './errors.ts';
import { findUnstorableText } from '../http/validation.ts';
import { normalizeId, titleFromId } from './ids.ts';
import { sameWrite, writeHash } from './replays.ts';
import { ONE_ADDRESS_MIN_SUPPORTS, ONE_ADDRESS_SHARE } from './support-sources.ts';
import { dateInTimeZone, isOverdue, nextDue } from './promises.ts';
import { setRetentionDays } from './retention-settings.ts';
import { databaseOnly, type ChangeRecorder } from '../changes.ts';

export const defaultBoard = (id: string): Board => ({
  id,
  title: titleFromId(id),
  categories: [],
  moderation: 'after',
  maxLength: 1000,
  open: true,
  closesAt: null,
  timeZone: defaultTimeZone,
  reportsToHide: defaultReportsToHide,
  pageUrl: null,
  showChannel: false,
});

function toBoard(row: Row): Board {
  return {
    id: row.id as string,
    title: row.title as string,
    categories: row.categories as Board['categories'],
    moderation: row.moderation as Board['moderation'],
    maxLength: Number(row.max_length),
    open: row.open as boolean,
    closesAt: row.closes_at == null ? null : iso(row.closes_at),
    timeZone: (row.time_zone as string | undefined) ?? defaultTimeZone,
    ...(row.retention_days == null ? {} : { retentionDays: Number(row.retention_days) }),
    reportsToHide: row.reports_to_hide == null ? defaultReportsToHide : Number(row.reports_to_hide),
    pageUrl: (row.page_url as string | null | undefined) ?? null,
    showChannel: Boolean(row.show_channel),
  };
}

/** Whether the board's closing date has passed at `now`. */
const pastClosing = (board: Board, now: Date) => board.closesAt !== null && Date.parse(board.closesAt) <= now.getTime();

const closedError = (board: Board) =>
  closed(
    board.closesAt !== null && board.open
      ? `This board closed on ${board.closesAt.slice(0, 10)}: it takes no new posts or supports. Its answers stay here.`
      : 'This board is closed: it takes no new posts.',
  );

export const POST_COLUMNS = `p.id, p.participant, p.body, p.category, p.display_name, p.created_at, p.support_count,
  p.visibility, p.response_status, p.response_message, p.responded_at, p.redacted_at, p.channel, p.event,
  to_char(p.response_due, 'YYYY-MM-DD') AS response_due,
  (SELECT b.time_zone FROM boards b WHERE b.id = p.board_id) AS board_time_zone,
  (SELECT COALESCE(jsonb_agg(jsonb_build_object('status', h.status, 'message', h.message,
      'due', to_char(h.due, 'YYYY-MM-DD'), 'at', h.at, 'role', h.role) ORDER BY h.at, h.id), '[]'::jsonb)
   FROM post_responses h WHERE h.post_id = p.id) AS response_history`;

/** A history as stored (jsonb), with its times written the way every other time is. */
function historyFromRow(value: unknown): ResponseHistoryEntry[] {
  const entries = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as ResponseHistoryEntry[];
  return entries.map((entry) => ({ ...entry, at: iso(entry.at) }));
}

/**
 * Staff lists: whether most of a post's supports came from one network on one day. Supports made on
 * a kiosk tablet (`channel` `event`) are left out of both counts: everyone at the event taps the
 * organisation's one device, which says nothing about one person supporting many times.
 */
function withSourceFlag(post: Post, row: Row): Post {
  const top = Number(row.top_source ?? 0);
  const counted = Number(row.counted_supports ?? post.supportCount);
  return { ...post, supportsFromOneAddress: counted >= ONE_ADDRESS_MIN_SUPPORTS && top / counted > ONE_ADDRESS_SHARE };
}

/** `now` decides whether a dated promise is overdue (in the board's time zone). */
export function toPost(row: Row, participant?: string, now: Date = new Date()): Post {
  const due = (row.response_due as string | null | undefined) ?? null;
  const status = row.response_status as ResponseStatus;
  return {
    id: row.id as string,
    body: row.body as string,
    category: (row.category as string | null) ?? null,
    displayName: (row.display_name as string | null) ?? null,
    createdAt: iso(row.created_at),
    supportCount: Number(row.support_count),
    visibility: row.visibility as Visibility,
    response:
      row.response_status == null
        ? null
        : {
            status,
            message: (row.response_message as string | null) ?? '',
            respondedAt: iso(row.responded_at),
            due,
            history: historyFromRow(row.response_history),
            // Today's date in the board's time zone only for a promise with a date (formatting a date is not cheap).
            overdue: due !== null && isOverdue(status, due, dateInTimeZone(now, (row.board_time_zone as string | undefined) ?? defaultTimeZone)),
          },
    supported: Boolean(row.supported),
    mine: participant !== undefined && row.participant === participant,
    redactedAt: row.redacted_at == null ? null : iso(row.redacted_at),
    channel: ((row.channel as Channel | null | undefined) ?? 'online'),
    event: (row.event as string | null | undefined) ?? null,
  };
}

/**
 * The one statement that reads a page of posts (`GET /v1/boards/{board}/posts`). Exported so the
 * bench's bare SQL handler (scripts/bench/bare-sql.mjs) runs exactly what the server runs.
 * `today` (`YYYY-MM-DD` in the board's time zone) is needed only for `overdue=true`.
 */
export function postPageQuery(boardId: string, q: ListPostsQuery, staff: boolean, visibility?: Visibility, today?: string) {
  const participant = q.participant ? normalizeId(q.participant) : undefined;
  const params: unknown[] = [boardId, participant ?? null];
  const where: string[] = ['p.board_id = $1'];
  const add = (value: unknown) => `$${params.push(value)}`;

  if (staff) {
    if (visibility) where.push(`p.visibility = ${add(visibility)}`);
  } else {
    where.push(`(p.visibility = 'visible' OR (p.visibility = 'pending' AND p.participant = $2))`);
  }
  if (q.status === 'unanswered') where.push('p.response_status IS NULL');
  else if (q.status) where.push(`p.response_status = ${add(q.status)}`);
  if (q.category) where.push(`p.category = ${add(q.category)}`);
  if (q.overdue === 'true') {
    if (today === undefined) throw new Error('overdue=true needs the date in the board\'s time zone');
    where.push(overdueWhere(add(today)));
  }

  const sort = SORTS[q.sort];
  if (q.cursor) {
    const key = decodeCursor(q.cursor, q.sort);
    const placeholders = key.map((value, index) => `${add(value)}::${sort.types[index]}`);
    where.push(`(${sort.columns.join(', ')}) < (${placeholders.join(', ')})`);
  }
  const limitParam = add(q.limit + 1);
  // Staff see which posts have supports mostly from one network (finding 5): the largest share of
  // supports with one source tag. Indicative only: a youth club shares one Wi-Fi address.
  const oneSource = staff
    ? `, (SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM supports s WHERE s.post_id = p.id AND s.source IS NOT NULL AND s.channel <> 'event' GROUP BY s.source) per_source) AS top_source,
         (SELECT COUNT(*) FROM supports s WHERE s.post_id = p.id AND s.channel <> 'event') AS counted_supports`
    : '';
  const sql = `SELECT ${POST_COLUMNS}, ${sort.select},
         ($2::text IS NOT NULL AND EXISTS (SELECT 1 FROM supports s WHERE s.post_id = p.id AND s.participant = $2)) AS supported${oneSource}
       FROM posts p WHERE ${where.join(' AND ')}
       ORDER BY ${sort.columns.map((column) => `${column} DESC`).join(', ')}
       LIMIT ${limitParam}`;
  return { sql, params, sort };
}

export class BoardStore {
  constructor(
    private readonly db: Database,
    private readonly autoCreate: boolean,
    /** The store's clock: closing dates and overdue promises are read against it (tests control it). */
    private readonly now: () => Date = () => new Date(),
    /** Every committed write records a change (changes.ts): caches and live streams hear of it. */
    private readonly changes: ChangeRecorder = databaseOnly,
  ) {}

  /**
   * The board, or its defaults when it is not stored yet: a read never writes (finding 4), so
   * unknown ids cost nothing to ask about. 404 when auto-creation is off. `open` is false once its
   * closing date has passed.
   */
  async get(id: string, db: Queryable = this.db): Promise<Board> {
    return (await this.lookup(id, db)).board;
  }

  /** `get`, and whether the board is stored yet (a post on a board that is not stores it first: `ensure`). */
  private async lookup(id: string, db: Queryable = this.db): Promise<{ board: Board; stored: boolean }> {
    const found = await this.findStored(id, db);
    const board = found ?? this.unstored(id);
    return { board: pastClosing(board, this.now()) ? { ...board, open: false } : board, stored: found !== undefined };
  }

  /** The board as stored, created with defaults on first use when auto-creation is on. */
  private async getStored(id: string, db: Queryable = this.db): Promise<Board> {
    return (await this.findStored(id, db)) ?? this.unstored(id);
  }

  private async findStored(id: string, db: Queryable): Promise<Board | undefined> {
    const found = await db.query('SELECT * FROM boards WHERE id = $1', [id]);
    return found.rows[0] ? toBoard(found.rows[0]) : undefined;
  }

  /** The defaults of a board that is not stored yet; 404 when auto-creation is off. */
  private unstored(id: string): Board {
    if (!this.autoCreate) throw notFound('board');
    return defaultBoard(id);
  }

  /** Stores the board with its defaults if it is not stored yet: done by the first accepted write. */
  private async ensure(board: Board, db: Queryable = this.db): Promise<void> {
    const { id } = board;
    await db.query(
      `INSERT INTO boards (id, title, categories, moderation, max_length, open) VALUES ($1, $2, $3::jsonb, $4, $5, $6)
       ON CONFLICT (id) DO NOTHING`,
      [id, board.title, JSON.stringify(board.categories), board.moderation, board.maxLength, board.open],
    );
  }

  /** Staff: create or change a board's settings. Fields left out keep their value (or the default). */
  async configure(id: string, settings: BoardSettings): Promise<{ board: Board; created: boolean }> {
    return this.db.transaction(async (tx) => {
      const existing = (await tx.query('SELECT * FROM boards WHERE id = $1 FOR UPDATE', [id])).rows[0];
      const board: Board = { ...(existing ? toBoard(existing) : defaultBoard(id)), ...settings };
      await tx.query(
        `INSERT INTO boards (id, title, categories, moderation, max_length, open) VALUES ($1, $2, $3::jsonb, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, categories = EXCLUDED.categories,
           moderation = EXCLUDED.moderation, max_length = EXCLUDED.max_length, open = EXCLUDED.open`,
        [id, board.title, JSON.stringify(board.categories), board.moderation, board.maxLength, board.open],
      );
      await tx.query('UPDATE boards SET closes_at = $2, time_zone = $3, reports_to_hide = $4, page_url = $5, show_channel = $6 WHERE id = $1', [
        id,
        board.closesAt,
        board.timeZone,
        board.reportsToHide,
        board.pageUrl,
        board.showChannel,
      ]);
      if (settings.retentionDays !== undefined) await setRetentionDays(tx, 'boards', id, settings.retentionDays);
      if (board.retentionDays == null) delete board.retentionDays;
      await this.changes.record(tx, { kind: 'board', resource: id, event: 'settings' });
      return { board: pastClosing(board, this.now()) ? { ...board, open: false } : board, created: !existing };
    });
  }

  async listPosts(boardId: string, q: ListPostsQuery, staff: boolean, visibility?: Visibility): Promise<PostPage> {
    // One statement for a page: the board is read first only when the page needs it (the overdue
    // filter needs its time zone). A board that does not exist has no posts, so its page is empty,
    // which is what an unknown board reads as; without auto-creation an empty page asks whether
    // the board exists, for the 404. (Posts reference their board, so a page with posts has one.)
    const board = q.overdue === 'true' ? await this.get(boardId) : undefined;
    const { sql, params, sort } = postPageQuery(boardId, q, staff, visibility, board && dateInTimeZone(this.now(), board.timeZone));
    const { rows } = await this.db.query(sql, params);
    if (rows.length === 0 && !board && !this.autoCreate) await this.get(boardId);
    const participant = q.participant ? normalizeId(q.participant) : undefined;
    const more = rows.length > q.limit;
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    const now = this.now();
    return {
      items: page.map((row) => (staff ? withSourceFlag(toPost(row, participant, now), row) : toPost(row, participant, now))),
      nextCursor: more && last ? encodeCursor(q.sort, sort.key(last)) : null,
    };
  }

  /**
   * Stores a post once per id: `created` is false on a replay. `how` it arrived: a resident's own
   * post is `online`; one staff typed up on someone's behalf is visible at once whatever the board's
   * moderation (a moderator read every word while typing it, and can still hide or redact it).
   */
  async createPost(boardId: string, input: NewPost, how: { channel: Channel; event: string | null; moderated?: boolean } = { channel: 'online', event: null }): Promise<{ post: Post; created: boolean }> {
    const id = normalizeId(input.id);
    const participant = normalizeId(input.participant);
    const category = input.category ?? null;
    const displayName = input.displayName ? input.displayName : null;
    // A resident's post hashes as before this column existed, so their earlier writes still replay.
    const hash = writeHash('post', [boardId, participant, input.body, category, displayName, ...(how.channel === 'online' ? [] : [how.channel, how.event])]);
    const replay = await this.findPost(id, this.db, participant);
    if (replay) return { post: this.ownReplay(replay, hash, participant), created: false };
    const { board, stored: boardStored } = await this.lookup(boardId);

    if (!board.open) throw closedError(await this.getStored(boardId));
    if (input.body.length > board.maxLength) {
      throw invalid(`The post is too long: this board takes up to ${board.maxLength} characters.`, [
        { path: ['body'], message: `Use at most ${board.maxLength} characters.` },
      ]);
    }
    if (category !== null && !board.categories.some((c) => c.id === category)) {
      throw invalid('That category is not one of this board’s categories.', [{ path: ['category'], message: 'Choose one of the board’s categories.' }]);
    }
    const visibility: Visibility = board.moderation === 'before' && (how.channel === 'online' || how.moderated) ? 'pending' : 'visible';
    // Boards are never deleted, so a board found stored needs no INSERT … ON CONFLICT DO NOTHING.
    if (!boardStored) await this.ensure(board);
    try {
      const { rows } = await this.db.query(
        `INSERT INTO posts (id, board_id, participant, body, category, display_name, visibility, write_hash, channel, event)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO NOTHING
         RETURNING id, participant, body, category, display_name, created_at, support_count, visibility,
           response_status, response_message, responded_at, channel, event`,
        [id, boardId, participant, input.body, category, displayName, visibility, hash, how.channel, how.event],
      );
      if (rows[0]) {
        await this.changes.record(this.db, { kind: 'board', resource: boardId, event: 'post', item: id });
        return { post: toPost(rows[0], participant), created: true };
      }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    // Another request stored the same id between our check and our insert.
    const stored = await this.findPost(id, this.db, participant);
    if (!stored) throw new Error('post vanished after a conflicting insert');
    return { post: this.ownReplay(stored, hash, participant), created: false };
  }

  /** The stored post, for its author's replay of the same write (the hash covers the board); else 409 `id_conflict`. */
  private ownReplay(row: Row, hash: string, participant: string): Post {
    sameWrite(row.write_hash as string, hash);
    return toPost(row, participant);
  }

  private async findPost(id: string, db: Queryable = this.db, participant?: string): Promise<Row | undefined> {
    const { rows } = await db.query(
      `SELECT p.board_id, p.write_hash, ${POST_COLUMNS},
         ($2::text IS NOT NULL AND EXISTS (SELECT 1 FROM supports s WHERE s.post_id = p.id AND s.participant = $2)) AS supported
       FROM posts p WHERE p.id = $1`,
      [id, participant ?? null],
    );
    return rows[0];
  }

  /** A post on this board that the public may act on (visible), or 404. */
  private async postOnBoard(db: Queryable, boardId: string, postId: string, publicOnly: boolean): Promise<Row> {
    const { rows } = await db.query('SELECT board_id, visibility FROM posts WHERE id = $1 FOR UPDATE', [postId]);
    const row = rows[0];
    if (!row || row.board_id !== boardId || (publicOnly && row.visibility !== 'visible')) throw notFound('post on this board');
    return row;
  }

  /** `source`: the support's network tag (store/support-sources.ts), for the staff flag of supports mostly from one address. */
  async setSupport(boardId: string, postIdRaw: string, participantRaw: string, supported: boolean, source?: string, how: { channel: Channel; event: string | null } = { channel: 'online', event: null }): Promise<SupportState> {
    const postId = normalizeId(postIdRaw);
    const participant = normalizeId(participantRaw);
    const board = await this.get(boardId);
    if (pastClosing(board, this.now())) throw closedError(await this.getStored(boardId));
    return this.db.transaction(async (tx) => {
      await this.postOnBoard(tx, boardId, postId, true);
      const change = supported
        ? await tx.query('INSERT INTO supports (post_id, participant, source, channel, event) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [postId, participant, source ?? null, how.channel, how.event])
        : await tx.query('DELETE FROM supports WHERE post_id = $1 AND participant = $2', [postId, participant]);
      const delta = change.rowCount > 0 ? (supported ? 1 : -1) : 0;
      if (delta !== 0) await this.changes.record(tx, { kind: 'board', resource: boardId, event: 'support', item: postId });
      const { rows } = await tx.query<{ support_count: number }>(
        'UPDATE posts SET support_count = support_count + $2 WHERE id = $1 RETURNING support_count',
        [postId, delta],
      );
      return { supported, supportCount: Number(rows[0].support_count) };
    });
  }

  /**
   * The per-reader part of a board (`GET /v1/boards/{board}/mine`): the visible posts this
   * participant supports, the posts they wrote that they may see, and their posts still waiting
   * for moderation. The public pages of posts are then the same for everyone.
   */
  async mine(boardId: string, participantRaw: string): Promise<BoardMine> {
    const participant = normalizeId(participantRaw);
    const supported = await this.db.query<{ post_id: string }>(
      `SELECT s.post_id FROM supports s JOIN posts p ON p.id = s.post_id
       WHERE p.board_id = $1 AND s.participant = $2 AND p.visibility = 'visible' ORDER BY s.post_id`,
      [boardId, participant],
    );
    const own = await this.db.query(
      `SELECT ${POST_COLUMNS},
         EXISTS (SELECT 1 FROM supports s WHERE s.post_id = p.id AND s.participant = $2) AS supported
       FROM posts p WHERE p.board_id = $1 AND p.participant = $2 AND p.visibility IN ('visible', 'pending')
       ORDER BY p.created_at DESC, p.id DESC`,
      [boardId, participant],
    );
    // Two statements, not three: a board that does not exist has no supports and no posts, which is
    // what an unknown board reads as; only then, without auto-creation, is it asked for (the 404).
    if (supported.rows.length === 0 && own.rows.length === 0 && !this.autoCreate) await this.get(boardId);
    const now = this.now();
    return {
      supported: supported.rows.map((row) => row.post_id),
      pending: own.rows.filter((row) => row.visibility === 'pending').map((row) => toPost(row, participant, now)),
      posted: own.rows.map((row) => row.id as string),
    };
  }

  /**
   * Answers a post, or updates its answer: the post shows the latest, and its history gains an
   * entry (never loses one). A `due` date stays in force until a new one is given.
   * `role` is who answered, by staff role, never by name.
   */
  async respond(boardId: string, postIdRaw: string, response: SetResponse, role: string): Promise<Post> {
    const postId = normalizeId(postIdRaw);
    await this.get(boardId);
    const at = this.now();
    return this.db.transaction(async (tx) => {
      await this.postOnBoard(tx, boardId, postId, false);
      const current = (await tx.query(`SELECT to_char(response_due, 'YYYY-MM-DD') AS due FROM posts WHERE id = $1`, [postId])).rows[0];
      const due = nextDue(response.status, response.due, (current?.due as string | null) ?? null);
      await tx.query(
        `UPDATE posts SET response_status = $2, response_message = $3, responded_at = $4, response_due = $5::date WHERE id = $1`,
        [postId, response.status, response.message, at.toISOString(), due],
      );
      await tx.query(
        'INSERT INTO post_responses (post_id, status, message, due, role, at) VALUES ($1, $2, $3, $4::date, $5, $6)',
        [postId, response.status, response.message, due, role, at.toISOString()],
      );
      await this.changes.record(tx, { kind: 'board', resource: boardId, event: 'response', item: postId });
      return toPost((await this.findPost(postId, tx))!, undefined, at);
    });
  }

  async setVisibility(boardId: string, postIdRaw: string, visibility: 'visible' | 'hidden'): Promise<Post> {
    const postId = normalizeId(postIdRaw);
    await this.get(boardId);
    return this.db.transaction(async (tx) => {
      await this.postOnBoard(tx, boardId, postId, false);
      await tx.query('UPDATE posts SET visibility = $2 WHERE id = $1', [postId, visibility]);
      await this.changes.record(tx, { kind: 'board', resource: boardId, event: 'visibility', item: postId });
      return toPost((await this.findPost(postId, tx))!, undefined, this.now());
    });
  }
}

/** Posts whose promise is overdue on `today` (a `YYYY-MM-DD` parameter), as `isOverdue` reads one post. */
const overdueWhere = (today: string) =>
  `(p.response_due IS NOT NULL AND p.response_due < ${today}::date AND p.response_status NOT IN ('done', 'not-doing'))`;

/** Keyset sorts: every one ends with the post id, so the order is total and pages never overlap. */
const SORTS: Record<ListPostsQuery['sort'], { columns: string[]; types: string[]; select: string; key: (row: Row) => unknown[] }> = {
  newest: {
    columns: ['p.created_at', 'p.id'],
    types: ['timestamptz', 'text'],
    select: 'p.created_at AS k_created',
    key: (row) => [iso(row.created_at), row.id],
  },
  'most-supported': {
    columns: ['p.support_count', 'p.created_at', 'p.id'],
    types: ['integer', 'timestamptz', 'text'],
    select: 'p.created_at AS k_created',
    key: (row) => [Number(row.support_count), iso(row.created_at), row.id],
  },
  'recently-answered': {
    columns: [`COALESCE(p.responded_at, '-infinity'::timestamptz)`, 'p.created_at', 'p.id'],
    types: ['timestamptz', 'timestamptz', 'text'],
    select: 'p.created_at AS k_created',
    key: (row) => [row.responded_at == null ? '-infinity' : iso(row.responded_at), iso(row.created_at), row.id],
  },
};

/** The form `iso()` writes (what a cursor of ours holds); `Date.parse` alone takes "1" or "Tue", which PostgreSQL does not. */
function isIsoTimestamp(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** An opaque cursor: base64url of the sort name and the last item's sort key (ending with its id). */
export function encodeCursor(sort: string, key: unknown[]): string {
  return Buffer.from(JSON.stringify([sort, ...key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: string): unknown[] {
  const bad = () => invalid('The cursor is not valid. Start again from the first page.', [{ path: ['cursor'], message: 'Not a cursor this server made for this sort.' }]);
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parts) || parts[0] !== sort) throw bad();
  const key = parts.slice(1);
  const expected = SORTS[sort as ListPostsQuery['sort']].types;
  if (key.length !== expected.length) throw bad();
  for (const [index, type] of expected.entries()) {
    const value = key[index];
    // Cursors come back from clients: anything PostgreSQL would refuse to cast must be a 400 here, not a 500 there.
    if (type === 'integer' && !(Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1)) throw bad();
    if (type === 'text' && (typeof value !== 'string' || findUnstorableText(value))) throw bad();
    if (type === 'timestamptz' && (typeof value !== 'string' || (value !== '-infinity' && !isIsoTimestamp(value)))) throw bad();
  }
  return key;
}
