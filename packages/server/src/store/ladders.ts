import {
  DEFAULT_MIN_ANSWERS_TO_SHOW,
  defaultRoles,
  defaultRungs,
  principleIds,
  type Channel,
  type Ladder,
  type LadderComment,
  type LadderCommentPage,
  type LadderSettings,
  type LadderSummary,
  type NewRating,
  type Rating,
  type RoleSummary,
} from '@copro/protocol';
import { iso, isUniqueViolation, type Database, type Queryable, type Row } from '../db/database.ts';
import { invalid, notFound } from './errors.ts';
import { normalizeId, titleFromId } from './ids.ts';
import { idConflict } from './errors.ts';
import { sameWrite, writeHash } from './replays.ts';
import { localLadder } from './standard-text.ts';
import { setRetentionDays } from './retention-settings.ts';
import { databaseOnly, type ChangeRecorder } from '../changes.ts';

export const defaultLadder = (id: string): Ladder => ({
  id,
  title: titleFromId(id),
  rungs: defaultRungs.map((rung) => ({ id: rung.id, label: rung.label.en, description: rung.description.en, standard: true })),
  roles: defaultRoles.map((role) => ({ id: role.id, label: role.label.en, standard: true })),
  principles: false,
  minAnswersToShow: DEFAULT_MIN_ANSWERS_TO_SHOW,
});

/** A stored ladder, in English (routes answer it in the reader's language: see standard-text.ts). */
function toLadder(row: Row): Ladder {
  return localLadder({
    id: row.id as string,
    title: row.title as string,
    rungs: row.rungs as Ladder['rungs'],
    roles: row.roles as Ladder['roles'],
    principles: row.principles as boolean,
    minAnswersToShow: Number(row.min_answers_to_show ?? DEFAULT_MIN_ANSWERS_TO_SHOW),
    ...(row.retention_days == null ? {} : { retentionDays: Number(row.retention_days) }),
  }, 'en');
}

function toRating(row: Row): Rating {
  return {
    id: row.id as string,
    role: row.role as string,
    now: row.now_rung as string,
    aim: (row.aim_rung as string | null) ?? null,
    principles: (row.principles ?? {}) as Rating['principles'],
    comment: (row.comment as string | null) ?? null,
    createdAt: iso(row.created_at),
    channel: (row.channel as Channel | null | undefined) ?? 'online',
    event: (row.event as string | null | undefined) ?? null,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

type RatingContent = Pick<Rating, 'role' | 'now' | 'aim' | 'principles' | 'comment'> & Partial<Pick<Rating, 'channel' | 'event'>>;

/** The hash of a rating as written (store/replays.ts); principle scores in key order. */
function ratingHash(ladderId: string, participant: string, rating: RatingContent): string {
  const principles = JSON.stringify(Object.entries(rating.principles).sort(([a], [b]) => (a < b ? -1 : 1)));
  // A resident's rating (`online`) hashes as before channels existed, so earlier writes still replay.
  const how = rating.channel === undefined || rating.channel === 'online' ? [] : [rating.channel, rating.event ?? null];
  return writeHash('rating', [ladderId, participant, rating.role, rating.now, rating.aim, principles, rating.comment, ...how]);
}

/** A stored rating's hash; ratings stored before migration 0004 have none, and were never changed, so the row tells. */
const storedRatingHash = (row: Row): string =>
  (row.write_hash as string | null) ?? ratingHash(row.ladder_id as string, row.participant as string, toRating(row));

export class LadderStore {
  constructor(
    private readonly db: Database,
    private readonly autoCreate: boolean,
    /** Every committed write records a change (changes.ts). */
    private readonly changes: ChangeRecorder = databaseOnly,
  ) {}

  /** The ladder, or its defaults when it is not stored yet (a read never writes); 404 when auto-creation is off. */
  async get(id: string, db: Queryable = this.db): Promise<Ladder> {
    const found = await db.query('SELECT * FROM ladders WHERE id = $1', [id]);
    if (found.rows[0]) return toLadder(found.rows[0]);
    if (!this.autoCreate) throw notFound('ladder');
    return defaultLadder(id);
  }

  /** Stores the ladder with its defaults if it is not stored yet: done by the first accepted write. */
  private async ensure(db: Queryable, ladder: Ladder): Promise<void> {
    await this.write(db, ladder, false);
  }

  private async write(db: Queryable, ladder: Ladder, replace: boolean): Promise<void> {
    await db.query(
      `INSERT INTO ladders (id, title, rungs, roles, principles, min_answers_to_show) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6)
       ON CONFLICT (id) DO ${replace ? 'UPDATE SET title = EXCLUDED.title, rungs = EXCLUDED.rungs, roles = EXCLUDED.roles, principles = EXCLUDED.principles, min_answers_to_show = EXCLUDED.min_answers_to_show' : 'NOTHING'}`,
      // `standard` is worked out on every read (standard-text.ts), never stored.
      [ladder.id, ladder.title, JSON.stringify(ladder.rungs.map(({ id, label, description }) => ({ id, label, description }))), JSON.stringify(ladder.roles.map(({ id, label }) => ({ id, label }))), ladder.principles, ladder.minAnswersToShow],
    );
  }

  /** Staff: create or change a ladder. Fields left out keep their value (or the default). */
  async configure(id: string, settings: LadderSettings): Promise<Ladder> {
    return this.db.transaction(async (tx) => {
      const existing = (await tx.query('SELECT * FROM ladders WHERE id = $1 FOR UPDATE', [id])).rows[0];
      const ladder = localLadder({ ...(existing ? toLadder(existing) : defaultLadder(id)), ...settings }, 'en');
      await this.write(tx, ladder, true);
      if (settings.retentionDays !== undefined) await setRetentionDays(tx, 'ladders', id, settings.retentionDays);
      if (ladder.retentionDays == null) delete ladder.retentionDays;
      await this.changes.record(tx, { kind: 'ladder', resource: id, event: 'settings' });
      return ladder;
    });
  }

  /**
   * Stores a rating once per id. A new id from the same participant replaces their earlier rating
   * (one rating per participant and ladder). `created` is false on a replay.
   */
  async rate(ladderId: string, input: NewRating, how: { channel: Channel; event: string | null } = { channel: 'online', event: null }): Promise<{ rating: Rating; created: boolean }> {
    const id = normalizeId(input.id);
    const participant = normalizeId(input.participant);
    // Kept whenever sent: a page may ask for principle scores (the widget's `principles` attribute)
    // on a ladder whose settings do not, and those scores must not be lost.
    const principles = input.principles ?? {};
    const comment = input.comment ? input.comment : null;
    const hash = ratingHash(ladderId, participant, { role: input.role, now: input.now, aim: input.aim ?? null, principles, comment, ...how });
    const replay = await this.replay(id, hash, participant);
    if (replay) return { rating: replay, created: false };

    const ladder = await this.get(ladderId);
    const issues = [];
    if (!ladder.roles.some((role) => role.id === input.role)) issues.push({ path: ['role'], message: 'Choose one of this ladder’s roles.' });
    if (!ladder.rungs.some((rung) => rung.id === input.now)) issues.push({ path: ['now'], message: 'Choose one of this ladder’s rungs.' });
    if (input.aim !== undefined && !ladder.rungs.some((rung) => rung.id === input.aim)) issues.push({ path: ['aim'], message: 'Choose one of this ladder’s rungs.' });
    if (issues.length) throw invalid('The rating names a role or rung this ladder does not have.', issues);

    for (let attempt = 0; ; attempt++) {
      try {
        const rating = await this.db.transaction(async (tx) => {
          await this.ensure(tx, ladder);
          // The participant's earlier rating is replaced; its id is kept (with its hash) so a late
          // replay of it answers as a replay instead of bringing the old rating back (finding 8).
          const earlier = await tx.query('SELECT * FROM ratings WHERE ladder_id = $1 AND participant = $2 AND id <> $3 FOR UPDATE', [ladderId, participant, id]);
          for (const row of earlier.rows) {
            await tx.query(
              `INSERT INTO superseded_ratings (id, ladder_id, participant, write_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
              [row.id, ladderId, participant, storedRatingHash(row)],
            );
            await tx.query('DELETE FROM ratings WHERE id = $1', [row.id]);
          }
          const { rows } = await tx.query(
            `INSERT INTO ratings (id, ladder_id, participant, role, now_rung, aim_rung, principles, comment, write_hash, channel, event)
             VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11)
             ON CONFLICT (id) DO NOTHING
             RETURNING *`,
            [id, ladderId, participant, input.role, input.now, input.aim ?? null, JSON.stringify(principles), comment, hash, how.channel, how.event],
          );
          if (rows[0]) await this.changes.record(tx, { kind: 'ladder', resource: ladderId, event: 'rating' });
          return rows[0];
        });
        if (rating) return { rating: toRating(rating), created: true };
        break;
      } catch (error) {
        // Two ratings from one participant at once: one wins the unique (ladder, participant); retry the other.
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
    const stored = await this.replay(id, hash, participant);
    if (!stored) throw new Error('rating vanished after a conflicting insert');
    return { rating: stored, created: false };
  }

  /**
   * What a replay of `id` answers: the stored rating when it is the same write (the hash covers the
   * ladder and participant); for an id the same participant has since replaced, their rating as it
   * stands now, changing nothing. 409 `id_conflict` for anyone else; undefined for an unknown id.
   */
  private async replay(id: string, hash: string, participant: string): Promise<Rating | undefined> {
    const live = (await this.db.query('SELECT * FROM ratings WHERE id = $1', [id])).rows[0];
    if (live) {
      sameWrite(storedRatingHash(live), hash);
      return toRating(live);
    }
    const superseded = (await this.db.query<{ ladder_id: string; write_hash: string }>('SELECT ladder_id, write_hash FROM superseded_ratings WHERE id = $1', [id])).rows[0];
    if (!superseded) return undefined;
    sameWrite(superseded.write_hash, hash);
    const current = (await this.db.query('SELECT * FROM ratings WHERE ladder_id = $1 AND participant = $2', [superseded.ladder_id, participant])).rows[0];
    if (!current) throw idConflict();
    return toRating(current);
  }

  /**
   * Counts per role and rung, and the mean score per principle from those who scored it. For the
   * public (`staff` false), a role with fewer answers than the ladder's `minAnswersToShow` shows
   * only its count, so one person's answer is never exposed.
   */
  async summary(ladderId: string, { staff = false }: { staff?: boolean } = {}): Promise<LadderSummary> {
    const ladder = await this.get(ladderId);
    // Keyed by ids staff and residents choose ("constructor" is a valid role id): a Map, and
    // null-prototype objects in the answer, so no id lands on an Object.prototype member (finding 7).
    const roles = new Map<string, RoleSummary>();
    const rungCounts = () => Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(ladder.rungs.map((rung) => [rung.id, 0])));
    const role = (id: string): RoleSummary => {
      let summary = roles.get(id);
      if (!summary) roles.set(id, (summary = { count: 0, now: rungCounts(), aim: rungCounts(), principles: Object.create(null), withheld: false }));
      return summary;
    };
    for (const r of ladder.roles) role(r.id);

    const [counts, nows, aims, scores] = await Promise.all([
      this.db.query<{ role: string; n: number }>('SELECT role, COUNT(*)::int AS n FROM ratings WHERE ladder_id = $1 GROUP BY role', [ladderId]),
      this.db.query<{ role: string; rung: string; n: number }>('SELECT role, now_rung AS rung, COUNT(*)::int AS n FROM ratings WHERE ladder_id = $1 GROUP BY role, now_rung', [ladderId]),
      this.db.query<{ role: string; rung: string; n: number }>('SELECT role, aim_rung AS rung, COUNT(*)::int AS n FROM ratings WHERE ladder_id = $1 AND aim_rung IS NOT NULL GROUP BY role, aim_rung', [ladderId]),
      this.db.query<{ role: string; principle: string; mean: number }>(
        `SELECT r.role, p.key AS principle, AVG(p.value::text::numeric)::float8 AS mean
         FROM ratings r CROSS JOIN LATERAL jsonb_each(r.principles) AS p
         WHERE r.ladder_id = $1 GROUP BY r.role, p.key`,
        [ladderId],
      ),
    ]);
    let total = 0;
    for (const row of counts.rows) {
      role(row.role).count = Number(row.n);
      total += Number(row.n);
    }
    for (const row of nows.rows) role(row.role).now[row.rung] = Number(row.n);
    for (const row of aims.rows) role(row.role).aim[row.rung] = Number(row.n);
    const byRole: Record<string, RoleSummary> = Object.create(null);
    for (const [id, summary] of roles) byRole[id] = summary;
    for (const row of scores.rows) {
      if ((principleIds as readonly string[]).includes(row.principle)) {
        role(row.role).principles[row.principle as (typeof principleIds)[number]] = round2(Number(row.mean));
      }
    }
    if (!staff) {
      for (const [id, each] of Object.entries(byRole)) {
        // No answers reveal no one: only a role with some, but too few, is withheld.
        if (each.count > 0 && each.count < ladder.minAnswersToShow) byRole[id] = { count: each.count, now: {}, aim: {}, principles: {}, withheld: true };
      }
    }
    return { total, byRole };
  }

  /** Staff: the comments left with ratings, newest first, each with the rating it came with. */
  async comments(ladderId: string, { cursor, limit = 50 }: { cursor?: string; limit?: number }): Promise<LadderCommentPage> {
    await this.get(ladderId);
    const after = cursor ? decodeCursor(cursor) : undefined;
    const { rows } = await this.db.query(
      `SELECT id, role, now_rung, aim_rung, comment, channel, event, created_at FROM ratings
       WHERE ladder_id = $1 AND comment IS NOT NULL AND comment <> ''
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::text))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [ladderId, after?.at ?? null, after?.id ?? '', limit + 1],
    );
    const items: LadderComment[] = rows.slice(0, limit).map((row) => ({
      at: iso(row.created_at),
      role: row.role as string,
      now: row.now_rung as string,
      aim: (row.aim_rung as string | null) ?? null,
      comment: row.comment as string,
      channel: row.channel as LadderComment['channel'],
      event: (row.event as string | null) ?? null,
    }));
    const last = rows[limit - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(iso(last.created_at), last.id as string) : null };
  }
}

/** A page boundary: the last comment's time and rating id (not a participant id), opaque to clients. */
function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // falls through to the error below
  }
  throw invalid('The cursor is not one this server gave.', [{ path: ['cursor'], message: 'Use nextCursor from the previous page.' }]);
}
