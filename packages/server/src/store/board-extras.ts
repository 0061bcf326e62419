import type { Board, NewPost, Post, SimilarPostsQuery } from '@copro/protocol';
import { iso, type Database } from '../db/database.ts';
import { POST_COLUMNS as COLUMNS, toPost as postFromRow } from './boards.ts';
import { normalizeId } from './ids.ts';

/** What the honeypot answers: the post a real one would have become, never stored. */
export function honeypotPost(board: Board, input: NewPost): Post {
  return {
    id: normalizeId(input.id),
    body: input.body,
    category: input.category ?? null,
    displayName: input.displayName || null,
    createdAt: new Date().toISOString(),
    supportCount: 0,
    visibility: board.moderation === 'before' ? 'pending' : 'visible',
    response: null,
    supported: false,
    mine: true,
  };
}

/** Reads for the board extras: similar posts, the staff export and the answered-posts feed. */
export class BoardExtrasStore {
  constructor(private readonly db: Database) {}

  /**
   * Visible posts whose words are like `q`: trigram similarity of the whole body, or of the best
   * matching stretch of it (word_similarity), so a short phrase still finds a long post.
   * Both operators can use the GIN index of migration 0002.
   */
  async similar(boardId: string, query: SimilarPostsQuery): Promise<Post[]> {
    const participant = query.participant ? normalizeId(query.participant) : undefined;
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS},
         ($3::text IS NOT NULL AND EXISTS (SELECT 1 FROM supports s WHERE s.post_id = p.id AND s.participant = $3)) AS supported
       FROM posts p
       WHERE p.board_id = $1 AND p.visibility = 'visible' AND (p.body % $2 OR $2 <% p.body)
       ORDER BY greatest(similarity(p.body, $2), word_similarity($2, p.body)) DESC, p.support_count DESC, p.id
       LIMIT $4`,
      [boardId, query.q, participant ?? null, query.limit],
    );
    return rows.map((row) => postFromRow(row, participant));
  }

  /** Every post of a board, oldest first, a batch at a time (keyset), so a large export never sits in memory whole. */
  async *allPosts(boardId: string, batchSize = 500): AsyncGenerator<Post[]> {
    let after: [string, string] | undefined;
    for (;;) {
      const { rows } = await this.db.query(
        `SELECT ${COLUMNS} FROM posts p
         WHERE p.board_id = $1 AND ($2::timestamptz IS NULL OR (p.created_at, p.id) > ($2::timestamptz, $3::text))
         ORDER BY p.created_at, p.id LIMIT $4`,
        [boardId, after?.[0] ?? null, after?.[1] ?? null, batchSize],
      );
      if (!rows.length) return;
      yield rows.map((row) => postFromRow(row));
      if (rows.length < batchSize) return;
      const last = rows.at(-1)!;
      after = [iso(last.created_at), last.id as string];
    }
  }

  /** The most recently answered visible posts. */
  async answered(boardId: string, limit: number): Promise<Post[]> {
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS} FROM posts p
       WHERE p.board_id = $1 AND p.visibility = 'visible' AND p.responded_at IS NOT NULL
       ORDER BY p.responded_at DESC, p.id DESC LIMIT $2`,
      [boardId, limit],
    );
    return rows.map((row) => postFromRow(row));
  }
}
