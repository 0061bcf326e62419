import type { Board, NewPost, Post, SimilarPostsQuery } from '@copro/protocol';
import { iso, type Database, type Queryable } from '../db/database.ts';
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
    redactedAt: null,
    channel: 'online',
    event: null,
  };
}

/** The bounds of one similar-post search (finding 1 of docs/security.md). */
export const search = {
  /** Query words compared, the longest first. */
  terms: 8,
  /** Characters of each post compared (the stored words cover the same, migration 0004). */
  comparedChars: 500,
  /** Posts compared at most. */
  candidates: 100,
  /** Posts read per query: other requests reach the database between batches. */
  batch: 20,
  /** PostgreSQL only: each statement of a search is stopped after this long. */
  statementTimeoutMs: 2000,
};

/** Word beginnings longer than this are cut to it, so "saturdays" also finds "Saturday". */
const STEM = 5;
const WORDS = /[\p{L}\p{N}]+/gu;

/** The distinct words of a search, longest (most telling) first, cut to their beginnings; no word under 3 characters. */
export function searchTerms(q: string): string[] {
  const words = new Set((q.toLowerCase().match(WORDS) ?? []).filter((word) => word.length >= 3));
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.slice(0, STEM))
    .filter((term, index, all) => all.indexOf(term) === index)
    .slice(0, search.terms);
}

/** How many of the terms begin some word of `text`. */
function sharedTerms(terms: string[], text: string): number {
  const words = text.toLowerCase().match(WORDS) ?? [];
  return terms.filter((term) => words.some((word) => word.startsWith(term))).length;
}

/** Reads for the board extras: similar posts, the staff export and the answered-posts feed. */
export class BoardExtrasStore {
  constructor(private readonly db: Database) {}

  /**
   * Visible posts whose words are like `q`, most alike first. The work is bounded whatever is sent
   * (finding 1 of docs/security.md): at most `search.terms` words of the query, compared with the
   * first `search.comparedChars` characters of at most `search.candidates` posts that share one of
   * them (found through the stored words' index), read `search.batch` at a time so other requests
   * get the database in between. A post is alike when it has at least half of the query's words
   * (as word beginnings, so "saturdays" finds "Saturday").
   */
  async similar(boardId: string, query: SimilarPostsQuery): Promise<Post[]> {
    const participant = query.participant ? normalizeId(query.participant) : undefined;
    const terms = searchTerms(query.q);
    if (!terms.length) return [];
    const needed = Math.ceil(terms.length / 2);
    const scored: { id: string; score: number; supportCount: number }[] = [];
    const run = async (db: Queryable) => {
      if (db !== this.db) await db.query(`SET LOCAL statement_timeout = '${search.statementTimeoutMs}ms'`);
      let after: [string, string] | undefined;
      for (let read = 0; read < search.candidates; read += search.batch) {
        const { rows } = await db.query<{ id: string; head: string; support_count: number; created_at: unknown }>(
          `SELECT p.id, left(p.body, $5) AS head, p.support_count, p.created_at FROM posts p
           WHERE p.board_id = $1 AND p.visibility = 'visible' AND p.search_words @@ to_tsquery('simple', $2)
             AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::text))
           ORDER BY p.created_at DESC, p.id DESC LIMIT $6`,
          [boardId, terms.map((term) => `${term}:*`).join(' | '), after?.[0] ?? null, after?.[1] ?? null, search.comparedChars, search.batch],
        );
        for (const row of rows) {
          const matched = sharedTerms(terms, row.head);
          if (matched >= needed) scored.push({ id: row.id, score: matched / terms.length, supportCount: Number(row.support_count) });
        }
        if (rows.length < search.batch) break;
        const last = rows.at(-1)!;
        after = [iso(last.created_at), last.id];
      }
    };
    // PostgreSQL stops a statement that runs too long; PGlite ignores statement_timeout, so there
    // the bounds above are what limit the work (and no transaction holds its one connection).
    if (this.db.kind === 'postgres') await this.db.transaction(run);
    else await run(this.db);
    scored.sort((a, b) => b.score - a.score || b.supportCount - a.supportCount || (a.id < b.id ? -1 : 1));
    const best = scored.slice(0, query.limit).map((item) => item.id);
    if (!best.length) return [];
    const { rows } = await this.db.query(
      `SELECT ${COLUMNS},
         ($2::text IS NOT NULL AND EXISTS (SELECT 1 FROM supports s WHERE s.post_id = p.id AND s.participant = $2)) AS supported
       FROM posts p WHERE p.id = ANY($1::text[])`,
      [best, participant ?? null],
    );
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    return best.flatMap((id) => (byId.has(id) ? [postFromRow(byId.get(id)!, participant)] : []));
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
