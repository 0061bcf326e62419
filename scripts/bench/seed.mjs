// A board with `count` visible posts written straight in SQL (some named, some answered), so the
// bench reads a realistic page without posting through the API first.
import { openDatabase } from '../../packages/server/src/index.ts';

/** Seeds `board` on an open, migrated database (the in-process bench's PGlite in memory). */
export async function seedPosts(db, board, count) {
  await db.query('INSERT INTO boards (id, title) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [board, `Benchmark board with ${count} posts`]);
  await db.query(
    `INSERT INTO posts (id, board_id, participant, body, display_name, visibility, support_count, created_at, response_status, response_message, responded_at)
     SELECT gen_random_uuid()::text, $1, gen_random_uuid()::text, 'Idea ' || n || ': ' || repeat('more places for young people to meet after school ', 1 + n % 4),
       CASE WHEN n % 3 = 0 THEN 'Person ' || n END, 'visible', n % 17,
       date_trunc('milliseconds', now() - n * interval '1 minute'),
       CASE WHEN n % 10 = 0 THEN 'planned' END, CASE WHEN n % 10 = 0 THEN 'We will look at this in May.' END,
       CASE WHEN n % 10 = 0 THEN date_trunc('milliseconds', now() - n * interval '30 seconds') END
     FROM generate_series(1, $2::int) AS n`,
    [board, count],
  );
  // What a database that has been running a while has (PostgreSQL's autovacuum, PGlite's upkeep).
  await db.exec('ANALYZE');
}

export async function seedBoard(options, board, count) {
  const db = await openDatabase(options);
  try {
    await seedPosts(db, board, count);
  } finally {
    await db.close();
  }
}
