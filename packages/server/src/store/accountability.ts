import { channels, type Accountability, type AccountabilityPair, type Channel, type ChannelCounts, type NewVoicesMonth, type PromiseCounts } from '@copro/protocol';
import type { Database } from '../db/database.ts';
import { POST_COLUMNS, toPost, type BoardStore } from './boards.ts';
import { dateInTimeZone, median, promiseOutcome } from './promises.ts';

const LATEST_PAIRS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A board's public record, over its visible posts only (what any reader could count for themselves). */
export class AccountabilityStore {
  constructor(
    private readonly db: Database,
    private readonly boards: BoardStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One visible post with its history (for its own feed), or undefined. */
  async post(boardId: string, postId: string) {
    await this.boards.get(boardId);
    return visiblePost(this.db, boardId, postId, this.now());
  }

  /** `staff`: adds the new-voices figures, which readers never get. */
  async record(boardId: string, options: { staff?: boolean } = {}): Promise<Accountability> {
    const board = await this.boards.get(boardId);
    const now = this.now();
    const today = dateInTimeZone(now, board.timeZone);

    const counts = (
      await this.db.query<{ answered: number; waiting: number }>(
        `SELECT COUNT(*) FILTER (WHERE response_status IS NOT NULL)::int AS answered,
                COUNT(*) FILTER (WHERE response_status IS NULL)::int AS waiting
         FROM posts WHERE board_id = $1 AND visibility = 'visible'`,
        [boardId],
      )
    ).rows[0];

    const firstAnswers = await this.db.query<{ days: number }>(
      `SELECT EXTRACT(EPOCH FROM (MIN(h.at) - p.created_at))::float8 * 1000 AS days
       FROM posts p JOIN post_responses h ON h.post_id = p.id
       WHERE p.board_id = $1 AND p.visibility = 'visible'
       GROUP BY p.id, p.created_at`,
      [boardId],
    );
    const middle = median(firstAnswers.rows.map((row) => Math.max(0, Number(row.days)) / DAY_MS));

    // Only posts that ever carried a date can be promises.
    const dated = await this.db.query(
      `SELECT ${POST_COLUMNS} FROM posts p
       WHERE p.board_id = $1 AND p.visibility = 'visible'
         AND EXISTS (SELECT 1 FROM post_responses h WHERE h.post_id = p.id AND h.due IS NOT NULL)`,
      [boardId],
    );
    const promises: PromiseCounts = { onTime: 0, late: 0, overdue: 0, open: 0 };
    for (const row of dated.rows) {
      const history = toPost(row, undefined, now).response?.history ?? [];
      const outcome = promiseOutcome(history, board.timeZone, today);
      if (outcome) promises[outcome] += 1;
    }

    const latestRows = await this.db.query(
      `SELECT ${POST_COLUMNS} FROM posts p
       WHERE p.board_id = $1 AND p.visibility = 'visible' AND p.response_status IS NOT NULL
       ORDER BY p.responded_at DESC, p.id DESC LIMIT ${LATEST_PAIRS}`,
      [boardId],
    );
    const latest: AccountabilityPair[] = latestRows.rows.map((row) => {
      const post = toPost(row, undefined, now);
      return { id: post.id, body: post.body, response: post.response! };
    });

    const erased = (await this.db.query<{ erased_answered: number }>('SELECT erased_answered FROM boards WHERE id = $1', [boardId])).rows[0];

    return {
      answered: Number(counts.answered),
      waiting: Number(counts.waiting),
      medianDaysToFirstAnswer: middle === null ? null : Math.round(middle * 10) / 10,
      promises,
      latest,
      erasedAnswered: Number(erased?.erased_answered ?? 0),
      ...(options.staff ? { newVoices: await newVoices(this.db, boardId, board.timeZone), channels: await channelCounts(this.db, boardId) } : {}),
    };
  }
}

const NEW_VOICES_MONTHS = 12;

/**
 * Staff: per month (in the board's time zone), the board's posts and the endpoint's ratings, and how
 * many came from people whose first post or rating on this endpoint fell in that month. Counts only:
 * no participant id leaves this query.
 */
export async function newVoices(db: Database, boardId: string, timeZone: string): Promise<NewVoicesMonth[]> {
  const { rows } = await db.query<Record<string, number | string>>(
    `WITH firsts AS (
       SELECT participant, MIN(created_at) AS first_at FROM (
         SELECT participant, created_at FROM posts WHERE participant <> ''
         UNION ALL SELECT participant, created_at FROM ratings WHERE participant NOT LIKE 'removed:%'
       ) everything GROUP BY participant
     ), items AS (
       SELECT 'post' AS kind, participant, created_at FROM posts WHERE board_id = $1 AND participant <> ''
       UNION ALL SELECT 'rating', participant, created_at FROM ratings WHERE participant NOT LIKE 'removed:%'
     ), dated AS (
       SELECT i.kind, to_char(i.created_at AT TIME ZONE $2, 'YYYY-MM') AS month,
              to_char(f.first_at AT TIME ZONE $2, 'YYYY-MM') AS first_month
       FROM items i JOIN firsts f ON f.participant = i.participant
     )
     SELECT month,
       COUNT(*) FILTER (WHERE kind = 'post')::int AS posts,
       COUNT(*) FILTER (WHERE kind = 'post' AND first_month = month)::int AS first_posts,
       COUNT(*) FILTER (WHERE kind = 'rating')::int AS ratings,
       COUNT(*) FILTER (WHERE kind = 'rating' AND first_month = month)::int AS first_ratings
     FROM dated GROUP BY month ORDER BY month DESC LIMIT ${NEW_VOICES_MONTHS}`,
    [boardId, timeZone],
  );
  return rows.map((row) => ({
    month: String(row.month),
    posts: Number(row.posts),
    firstTimePosts: Number(row.first_posts),
    ratings: Number(row.ratings),
    firstTimeRatings: Number(row.first_ratings),
  }));
}

/** Staff: the board's posts (every visibility) by how they arrived; a channel with none counts 0. */
export async function channelCounts(db: Database, boardId: string): Promise<ChannelCounts> {
  const { rows } = await db.query<{ channel: Channel; n: number }>('SELECT channel, COUNT(*)::int AS n FROM posts WHERE board_id = $1 GROUP BY channel', [boardId]);
  const counts = Object.fromEntries(channels.map((channel) => [channel, 0])) as ChannelCounts;
  for (const row of rows) counts[row.channel] = Number(row.n);
  return counts;
}

/** One visible post on the board, with its answer's history, or undefined. */
export async function visiblePost(db: Database, boardId: string, postId: string, now: Date) {
  const { rows } = await db.query(`SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = $1 AND p.board_id = $2 AND p.visibility = 'visible'`, [
    postId,
    boardId,
  ]);
  return rows[0] ? toPost(rows[0], undefined, now) : undefined;
}
