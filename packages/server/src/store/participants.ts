import type { ErasedCounts, ParticipantData } from '@copro/protocol';
import { iso, type Database, type Queryable } from '../db/database.ts';
import { gone, notFound } from './errors.ts';
import { databaseOnly, type ChangeRecorder } from '../changes.ts';

/**
 * Erasure and subject access by participant id. Erased post and rating ids are remembered in
 * `erased_ids`, so a late replay of one answers 410 and stores nothing.
 */
export class ParticipantStore {
  constructor(
    private readonly db: Database,
    /** Erasure records a change on every board and ladder it touched (changes.ts). */
    private readonly changes: ChangeRecorder = databaseOnly,
  ) {}

  /** Everything stored under a participant id. */
  async access(participant: string): Promise<ParticipantData> {
    const id = participant.toLowerCase();
    const posts = await this.db.query(
      `SELECT id, board_id, body, category, display_name, created_at, visibility, response_status, response_message, responded_at
       FROM posts WHERE participant = $1 ORDER BY created_at, id`,
      [id],
    );
    const supports = await this.db.query('SELECT post_id, created_at FROM supports WHERE participant = $1 ORDER BY created_at', [id]);
    const ratings = await this.db.query(
      'SELECT id, ladder_id, role, now_rung, aim_rung, principles, comment, created_at FROM ratings WHERE participant = $1 ORDER BY created_at',
      [id],
    );
    const clarity = await this.db.query('SELECT id, page, block, version, clear, comment, created_at FROM clarity WHERE participant = $1 ORDER BY created_at', [id]);
    return {
      participant: id,
      posts: posts.rows.map((row) => ({
        id: row.id as string,
        board: row.board_id as string,
        body: row.body as string,
        category: (row.category as string | null) ?? null,
        displayName: (row.display_name as string | null) ?? null,
        createdAt: iso(row.created_at),
        visibility: row.visibility as string,
        response: row.response_status
          ? { status: row.response_status as string, message: (row.response_message as string) ?? '', respondedAt: row.responded_at ? iso(row.responded_at) : null }
          : null,
      })),
      supports: supports.rows.map((row) => ({ post: row.post_id as string, createdAt: iso(row.created_at) })),
      ratings: ratings.rows.map((row) => ({
        id: row.id as string,
        ladder: row.ladder_id as string,
        role: row.role as string,
        now: row.now_rung as string,
        aim: (row.aim_rung as string | null) ?? null,
        principles: (row.principles ?? {}) as Record<string, unknown>,
        comment: (row.comment as string | null) ?? null,
        createdAt: iso(row.created_at),
      })),
      clarity: clarity.rows.map((row) => ({
        id: row.id as string,
        page: row.page as string,
        block: row.block as string,
        version: row.version as string,
        clear: row.clear as boolean,
        comment: (row.comment as string | null) ?? null,
        createdAt: iso(row.created_at),
      })),
    };
  }

  /** Erases every post (with staff answers to them), support, rating and clarity answer stored under a participant id. */
  async erase(participant: string, onlyPost?: string): Promise<ErasedCounts> {
    const id = participant.toLowerCase();
    return this.db.transaction(async (tx) => {
      type Erased = { id: string; board_id: string; answered: boolean };
      const returning = `RETURNING id, board_id, (response_status IS NOT NULL AND visibility = 'visible') AS answered`;
      const posts = onlyPost
        ? await tx.query<Erased>(`DELETE FROM posts WHERE id = $1 ${returning}`, [onlyPost])
        : await tx.query<Erased>(`DELETE FROM posts WHERE participant = $1 ${returning}`, [id]);
      // The public record keeps a count of answered posts erased, so none leaves it silently.
      const answeredPerBoard = new Map<string, number>();
      for (const post of posts.rows) if (post.answered) answeredPerBoard.set(post.board_id, (answeredPerBoard.get(post.board_id) ?? 0) + 1);
      for (const [board, count] of answeredPerBoard) await tx.query('UPDATE boards SET erased_answered = erased_answered + $2 WHERE id = $1', [board, count]);
      const supports = onlyPost ? { rows: [] as { post_id: string }[] } : await tx.query<{ post_id: string }>('DELETE FROM supports WHERE participant = $1 RETURNING post_id', [id]);
      for (const { post_id } of supports.rows) {
        const board = await tx.query<{ board_id: string }>('UPDATE posts SET support_count = GREATEST(support_count - 1, 0) WHERE id = $1 RETURNING board_id', [post_id]);
        if (board.rows[0]) await this.changes.record(tx, { kind: 'board', resource: board.rows[0].board_id, event: 'support', item: post_id });
      }
      for (const post of posts.rows) await this.changes.record(tx, { kind: 'board', resource: post.board_id, event: 'removed', item: post.id });
      const ratings = onlyPost ? { rows: [] as { id: string; ladder_id: string }[] } : await tx.query<{ id: string; ladder_id: string }>('DELETE FROM ratings WHERE participant = $1 RETURNING id, ladder_id', [id]);
      for (const ladder of new Set(ratings.rows.map((row) => row.ladder_id))) await this.changes.record(tx, { kind: 'ladder', resource: ladder, event: 'rating' });
      const clarity = onlyPost ? { rows: [] as { id: string }[] } : await tx.query<{ id: string }>('DELETE FROM clarity WHERE participant = $1 RETURNING id', [id]);
      await remember(tx, posts.rows.map((row) => row.id), 'post');
      await remember(tx, clarity.rows.map((row) => row.id), 'clarity');
      await remember(tx, ratings.rows.map((row) => row.id), 'rating');
      return { erased: { posts: posts.rows.length, supports: supports.rows.length, ratings: ratings.rows.length, clarity: clarity.rows.length } };
    });
  }

  /** The author of a post on a board (for staff erasure). */
  async authorOf(board: string, post: string): Promise<string> {
    const { rows } = await this.db.query<{ participant: string }>('SELECT participant FROM posts WHERE board_id = $1 AND id = $2', [board, post.toLowerCase()]);
    if (!rows[0]) throw notFound('post on this board');
    return rows[0].participant;
  }

  /** 410 when `id` was erased: a late replay stores nothing. */
  async refuseErased(id: string): Promise<void> {
    const { rows } = await this.db.query('SELECT 1 FROM erased_ids WHERE id = $1', [id.toLowerCase()]);
    if (rows[0]) throw gone();
  }
}

async function remember(tx: Queryable, ids: string[], kind: string): Promise<void> {
  if (!ids.length) return;
  await tx.query(`INSERT INTO erased_ids (id, kind) SELECT unnest($1::text[]), $2 ON CONFLICT (id) DO NOTHING`, [ids, kind]);
}
