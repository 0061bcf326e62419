import type { Clarity, ClarityBlockReport, ClarityReport, NewClarity, UpdateClarity } from '@copro/protocol';
import { iso, isUniqueViolation, type Database, type Row } from '../db/database.ts';
import { normalizeId } from './ids.ts';
import { idConflict } from './errors.ts';
import { sameWrite, writeHash } from './replays.ts';

function toClarity(row: Row): Clarity {
  return {
    id: row.id as string,
    page: row.page as string,
    block: row.block as string,
    version: row.version as Clarity['version'],
    clear: row.clear as boolean,
    comment: (row.comment as string | null) ?? null,
    createdAt: iso(row.created_at),
  };
}

type Hashed = Pick<Clarity, 'page' | 'block' | 'version' | 'clear' | 'comment'>;

/** The hash of an answer as written (store/replays.ts): it covers the participant, so another participant replaying the id is a conflict. */
const clarityHash = (answer: Hashed, participant: string | null) =>
  writeHash('clarity', [answer.page, answer.block, answer.version, answer.clear, answer.comment, participant]);

/** The hash answers were stored with before it covered the participant (December 2026); such a row is checked with its participant column. */
const legacyClarityHash = (answer: Hashed) => writeHash('clarity', [answer.page, answer.block, answer.version, answer.clear, answer.comment]);

export class ClarityStore {
  constructor(private readonly db: Database) {}

  /** Stores an answer once per id: `created` is false on a replay. */
  async add(input: NewClarity): Promise<{ clarity: Clarity; created: boolean }> {
    const id = normalizeId(input.id);
    const comment = input.comment ? input.comment : null;
    const participant = input.participant ? normalizeId(input.participant) : null;
    const written = { page: input.page, block: input.block, version: input.version, clear: input.clear, comment };
    const hash = clarityHash(written, participant);
    try {
      const { rows } = await this.db.query(
        `INSERT INTO clarity (id, page, block, version, clear, comment, write_hash, participant, excerpt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO NOTHING RETURNING *`,
        [id, input.page, input.block, input.version, input.clear, comment, hash, participant, input.excerpt || null],
      );
      if (rows[0]) return { clarity: toClarity(rows[0]), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const { rows } = await this.db.query('SELECT * FROM clarity WHERE id = $1', [id]);
    const row = rows[0];
    const stored = row.write_hash as string | null;
    // Answers stored before migration 0004 have no hash (they were never changed, so the row
    // tells), and those stored before the hash covered the participant have the older hash: for
    // both, the participant column must match as well.
    const legacy = stored === null || stored === legacyClarityHash(written);
    if (legacy) {
      if (((row.participant as string | null) ?? null) !== participant) throw idConflict();
      sameWrite(stored ?? legacyClarityHash(toClarity(row)), legacyClarityHash(written));
    } else sameWrite(stored, hash);
    return { clarity: toClarity(row), created: false };
  }

  /**
   * The follow-up to an answer: its comment (and, if the reader changed their mind, Yes or No).
   * Only the participant who gave the answer may change it; for anyone else it is not there (undefined).
   */
  async update(id: string, input: UpdateClarity): Promise<Clarity | undefined> {
    const { rows } = await this.db.query(
      `UPDATE clarity SET comment = CASE WHEN $3::boolean THEN $4 ELSE comment END, clear = COALESCE($5, clear)
       WHERE id = $1 AND participant = $2 RETURNING *`,
      [normalizeId(id), normalizeId(input.participant), input.comment !== undefined, input.comment || null, input.clear ?? null],
    );
    return rows[0] ? toClarity(rows[0]) : undefined;
  }

  /** Staff: per block of a page, how many found it clear or unclear, and the comments left. */
  async report(page: string): Promise<ClarityReport> {
    const { rows } = await this.db.query('SELECT * FROM clarity WHERE page = $1 ORDER BY block, created_at, id', [page]);
    const blocks = new Map<string, ClarityBlockReport>();
    for (const row of rows) {
      const answer = toClarity(row);
      let block = blocks.get(answer.block);
      if (!block) blocks.set(answer.block, (block = { block: answer.block, excerpt: '', clear: 0, unclear: 0, comments: [] }));
      // Rows come oldest first: the newest excerpt wins, as the block reads now.
      if (row.excerpt) block.excerpt = row.excerpt as string;
      if (answer.clear) block.clear += 1;
      else block.unclear += 1;
      if (answer.comment) block.comments.push({ version: answer.version, clear: answer.clear, comment: answer.comment, createdAt: answer.createdAt });
    }
    return { page, blocks: [...blocks.values()] };
  }
}
