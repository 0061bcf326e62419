import {
  DEFAULT_MIN_ANSWERS_TO_SHOW,
  defaultRoles,
  defaultRungs,
  principleIds,
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
import { ApiError, invalid, notFound } from '../http/errors.ts';
import { normalizeId, titleFromId } from './ids.ts';

export const defaultLadder = (id: string): Ladder => ({
  id,
  title: titleFromId(id),
  rungs: defaultRungs.map((rung) => ({ id: rung.id, label: rung.label.en, description: rung.description.en })),
  roles: defaultRoles.map((role) => ({ id: role.id, label: role.label.en })),
  principles: false,
  minAnswersToShow: DEFAULT_MIN_ANSWERS_TO_SHOW,
});

function toLadder(row: Row): Ladder {
  return {
    id: row.id as string,
    title: row.title as string,
    rungs: row.rungs as Ladder['rungs'],
    roles: row.roles as Ladder['roles'],
    principles: row.principles as boolean,
    minAnswersToShow: Number(row.min_answers_to_show ?? DEFAULT_MIN_ANSWERS_TO_SHOW),
  };
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
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export class LadderStore {
  constructor(
    private readonly db: Database,
    private readonly autoCreate: boolean,
  ) {}

  async get(id: string, db: Queryable = this.db): Promise<Ladder> {
    const found = await db.query('SELECT * FROM ladders WHERE id = $1', [id]);
    if (found.rows[0]) return toLadder(found.rows[0]);
    if (!this.autoCreate) throw notFound('ladder');
    await this.write(db, defaultLadder(id), false);
    return toLadder((await db.query('SELECT * FROM ladders WHERE id = $1', [id])).rows[0]);
  }

  private async write(db: Queryable, ladder: Ladder, replace: boolean): Promise<void> {
    await db.query(
      `INSERT INTO ladders (id, title, rungs, roles, principles, min_answers_to_show) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6)
       ON CONFLICT (id) DO ${replace ? 'UPDATE SET title = EXCLUDED.title, rungs = EXCLUDED.rungs, roles = EXCLUDED.roles, principles = EXCLUDED.principles, min_answers_to_show = EXCLUDED.min_answers_to_show' : 'NOTHING'}`,
      [ladder.id, ladder.title, JSON.stringify(ladder.rungs), JSON.stringify(ladder.roles), ladder.principles, ladder.minAnswersToShow],
    );
  }

  /** Staff: create or change a ladder. Fields left out keep their value (or the default). */
  async configure(id: string, settings: LadderSettings): Promise<Ladder> {
    return this.db.transaction(async (tx) => {
      const existing = (await tx.query('SELECT * FROM ladders WHERE id = $1 FOR UPDATE', [id])).rows[0];
      const ladder: Ladder = { ...(existing ? toLadder(existing) : defaultLadder(id)), ...settings };
      await this.write(tx, ladder, true);
      return ladder;
    });
  }

  /**
   * Stores a rating once per id. A new id from the same participant replaces their earlier rating
   * (one rating per participant and ladder). `created` is false on a replay.
   */
  async rate(ladderId: string, input: NewRating): Promise<{ rating: Rating; created: boolean }> {
    const id = normalizeId(input.id);
    const participant = normalizeId(input.participant);
    const ladder = await this.get(ladderId);
    const replay = await this.find(id);
    if (replay) return { rating: this.ownReplay(replay, ladderId), created: false };

    const issues = [];
    if (!ladder.roles.some((role) => role.id === input.role)) issues.push({ path: ['role'], message: 'Choose one of this ladder’s roles.' });
    if (!ladder.rungs.some((rung) => rung.id === input.now)) issues.push({ path: ['now'], message: 'Choose one of this ladder’s rungs.' });
    if (input.aim !== undefined && !ladder.rungs.some((rung) => rung.id === input.aim)) issues.push({ path: ['aim'], message: 'Choose one of this ladder’s rungs.' });
    if (issues.length) throw invalid('The rating names a role or rung this ladder does not have.', issues);

    // Kept whenever sent: a page may ask for principle scores (the widget's `principles` attribute)
    // on a ladder whose settings do not, and those scores must not be lost.
    const principles = input.principles ?? {};
    const comment = input.comment ? input.comment : null;
    for (let attempt = 0; ; attempt++) {
      try {
        const rating = await this.db.transaction(async (tx) => {
          await tx.query('DELETE FROM ratings WHERE ladder_id = $1 AND participant = $2 AND id <> $3', [ladderId, participant, id]);
          const { rows } = await tx.query(
            `INSERT INTO ratings (id, ladder_id, participant, role, now_rung, aim_rung, principles, comment)
             VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
             ON CONFLICT (id) DO NOTHING
             RETURNING *`,
            [id, ladderId, participant, input.role, input.now, input.aim ?? null, JSON.stringify(principles), comment],
          );
          return rows[0];
        });
        if (rating) return { rating: toRating(rating), created: true };
        break;
      } catch (error) {
        // Two ratings from one participant at once: one wins the unique (ladder, participant); retry the other.
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
    const stored = await this.find(id);
    if (!stored) throw new Error('rating vanished after a conflicting insert');
    return { rating: this.ownReplay(stored, ladderId), created: false };
  }

  private async find(id: string): Promise<Row | undefined> {
    return (await this.db.query('SELECT * FROM ratings WHERE id = $1', [id])).rows[0];
  }

  private ownReplay(row: Row, ladderId: string): Rating {
    if (row.ladder_id !== ladderId) throw new ApiError(409, 'conflict', 'That id is already used by a rating on another ladder.');
    return toRating(row);
  }

  /**
   * Counts per role and rung, and the mean score per principle from those who scored it. For the
   * public (`staff` false), a role with fewer answers than the ladder's `minAnswersToShow` shows
   * only its count, so one person's answer is never exposed.
   */
  async summary(ladderId: string, { staff = false }: { staff?: boolean } = {}): Promise<LadderSummary> {
    const ladder = await this.get(ladderId);
    const byRole: Record<string, RoleSummary> = {};
    const role = (id: string): RoleSummary =>
      (byRole[id] ??= {
        count: 0,
        now: Object.fromEntries(ladder.rungs.map((rung) => [rung.id, 0])),
        aim: Object.fromEntries(ladder.rungs.map((rung) => [rung.id, 0])),
        principles: {},
        withheld: false,
      });
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
      `SELECT id, role, now_rung, aim_rung, comment, created_at FROM ratings
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
