import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { contractSuite } from './contract.ts';

contractSuite('contract on PGlite (memory://)', () => openPglite('memory://'));

describe('PGlite upkeep (it runs no autovacuum)', () => {
  it('after a restart, a board of thousands of posts is paged through its index, not sorted whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copro-pglite-stats-'));
    try {
      const first = await openPglite(dir);
      await migrate(first);
      await first.query(`INSERT INTO boards (id, title) VALUES ('big', 'Big')`);
      await first.query(
        `INSERT INTO posts (id, board_id, participant, body, visibility, created_at)
         SELECT gen_random_uuid()::text, 'big', gen_random_uuid()::text, 'Idea ' || n, 'visible', now() - n * interval '1 second'
         FROM generate_series(1, 3000) AS n`,
      );
      await first.close();
      const db = await openPglite(dir);
      try {
        const plan = await db.query<Record<string, string>>(
          `EXPLAIN SELECT p.id FROM posts p WHERE p.board_id = $1 AND (p.visibility = 'visible' OR (p.visibility = 'pending' AND p.participant = $2))
           ORDER BY p.created_at DESC, p.id DESC LIMIT 21`,
          ['big', null],
        );
        const text = plan.rows.map((row) => Object.values(row)[0]).join('\n');
        assert.match(text, /posts_newest/, text);
        assert.doesNotMatch(text, /Sort/, text);
      } finally {
        await db.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
