import type { NewReport, Post, Report, ReportReason, ReportedPost } from '@copro/protocol';
import { iso, isUniqueViolation, type Database, type Queryable, type Row } from '../db/database.ts';
import { notFound } from './errors.ts';
import type { BoardStore } from './boards.ts';
import { POST_COLUMNS, toPost } from './boards.ts';
import { normalizeId } from './ids.ts';
import { sameWrite, writeHash } from './replays.ts';
import { databaseOnly, type ChangeRecorder } from '../changes.ts';

const toReport = (row: Row): Report => ({
  id: row.id as string,
  post: row.post_id as string,
  reason: row.reason as ReportReason,
  createdAt: iso(row.created_at),
});

/**
 * Reports from residents and redaction by moderators (issue 15). A report keeps its reason and
 * time, never who sent it. Once a board's `reportsToHide` reports of a visible post wait for a
 * moderator, the post is hidden for review (`pending`, so it is in the moderation queue); a
 * moderator showing or hiding the post deals with its reports (`resolve`), and that decision stands
 * until as many new reports come.
 */
export class BoardModerationStore {
  constructor(
    private readonly db: Database,
    private readonly boards: BoardStore,
    private readonly now: () => Date = () => new Date(),
    private readonly changes: ChangeRecorder = databaseOnly,
  ) {}

  /** Stores a report once per id (`created` false on a replay of the same report). 404 unless the post is visible on this board. */
  async report(boardId: string, postIdRaw: string, input: NewReport): Promise<{ report: Report; created: boolean }> {
    const id = normalizeId(input.id);
    const postId = normalizeId(postIdRaw);
    const hash = writeHash('report', [boardId, postId, input.reason]);
    const replay = await this.#find(id);
    if (replay) {
      sameWrite(replay.write_hash as string, hash);
      return { report: toReport(replay), created: false };
    }
    const board = await this.boards.get(boardId);
    try {
      return await this.db.transaction(async (tx) => {
        const post = (await tx.query('SELECT board_id, visibility FROM posts WHERE id = $1 FOR UPDATE', [postId])).rows[0];
        if (!post || post.board_id !== boardId || post.visibility !== 'visible') throw notFound('post on this board');
        const { rows } = await tx.query(
          'INSERT INTO post_reports (id, post_id, reason, created_at, write_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id, post_id, reason, created_at',
          [id, postId, input.reason, this.now().toISOString(), hash],
        );
        const open = await this.#openCount(tx, postId);
        if (board.reportsToHide > 0 && open >= board.reportsToHide) {
          const hidden = await tx.query(`UPDATE posts SET visibility = 'pending' WHERE id = $1 AND visibility = 'visible'`, [postId]);
          if (hidden.rowCount > 0) await this.changes.record(tx, { kind: 'board', resource: boardId, event: 'visibility', item: postId });
        }
        return { report: toReport(rows[0]), created: true };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same id arrived twice at once: the other request stored it.
      const stored = await this.#find(id);
      if (!stored) throw error;
      sameWrite(stored.write_hash as string, hash);
      return { report: toReport(stored), created: false };
    }
  }

  async #find(id: string): Promise<Row | undefined> {
    return (await this.db.query('SELECT id, post_id, reason, created_at, write_hash FROM post_reports WHERE id = $1', [id])).rows[0];
  }

  async #openCount(db: Queryable, postId: string): Promise<number> {
    const { rows } = await db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM post_reports WHERE post_id = $1 AND resolved_at IS NULL', [postId]);
    return Number(rows[0].n);
  }

  /** Posts of the board with reports no moderator has dealt with, the most reported first. */
  async reported(boardId: string): Promise<ReportedPost[]> {
    await this.boards.get(boardId);
    const { rows } = await this.db.query(
      `SELECT ${POST_COLUMNS}, false AS supported, r.reasons, r.total, r.last_at
       FROM posts p
       JOIN (
         SELECT post_id, SUM(n)::int AS total, MAX(last_at) AS last_at,
           jsonb_agg(jsonb_build_object('reason', reason, 'count', n) ORDER BY n DESC, reason) AS reasons
         FROM (SELECT post_id, reason, COUNT(*)::int AS n, MAX(created_at) AS last_at
               FROM post_reports WHERE resolved_at IS NULL GROUP BY post_id, reason) AS by_reason
         GROUP BY post_id
       ) r ON r.post_id = p.id
       WHERE p.board_id = $1
       ORDER BY r.total DESC, r.last_at DESC, p.id
       LIMIT 200`,
      [boardId],
    );
    const now = this.now();
    return rows.map((row) => ({
      post: toPost(row, undefined, now),
      count: Number(row.total),
      reasons: (typeof row.reasons === 'string' ? JSON.parse(row.reasons) : row.reasons) as ReportedPost['reasons'],
      lastReportedAt: iso(row.last_at),
    }));
  }

  /** A moderator showed or hid the post: its open reports are dealt with. */
  async resolve(postIdRaw: string): Promise<void> {
    await this.db.query('UPDATE post_reports SET resolved_at = $2 WHERE post_id = $1 AND resolved_at IS NULL', [normalizeId(postIdRaw), this.now().toISOString()]);
  }

  /**
   * Changes a post's words (a moderator taking out personal details). Answers the post and how many
   * characters fewer it has, for the audit trail, which never records the words themselves.
   */
  async redact(boardId: string, postIdRaw: string, body: string): Promise<{ post: Post; removedCharacters: number }> {
    const postId = normalizeId(postIdRaw);
    await this.boards.get(boardId);
    return this.db.transaction(async (tx) => {
      const before = (await tx.query('SELECT board_id, body FROM posts WHERE id = $1 FOR UPDATE', [postId])).rows[0];
      if (!before || before.board_id !== boardId) throw notFound('post on this board');
      // Readers are told the words were changed, and when (the same words again are no new change).
      await tx.query('UPDATE posts SET body = $2, redacted_at = CASE WHEN body = $2 THEN redacted_at ELSE $3 END WHERE id = $1', [postId, body, this.now().toISOString()]);
      await this.changes.record(tx, { kind: 'board', resource: boardId, event: 'post', item: postId });
      const { rows } = await tx.query(`SELECT ${POST_COLUMNS}, false AS supported FROM posts p WHERE p.id = $1`, [postId]);
      return { post: toPost(rows[0], undefined, this.now()), removedCharacters: (before.body as string).length - body.length };
    });
  }
}
