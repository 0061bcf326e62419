import type { Database } from './db/database.ts';
import { readServerSettings } from './store/retention-settings.ts';
import { pruneChanges, recordChange } from './changes.ts';

/** Default retention of personal data, in days (two years: long enough to publish "you said, we did" and answer follow-ups). */
export const DEFAULT_RETENTION_DAYS = 730;
/** The audit trail is kept longer: six years, a common limitation period for claims. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 2190;

export interface RetentionResult {
  posts: number;
  supports: number;
  ratings: number;
  clarity: number;
  /** Room groups whose note and last editor were removed. */
  groups: number;
  audit: number;
}

/**
 * The daily retention job: once per calendar day (UTC) across every server sharing the database,
 * claimed by inserting that day's `job_runs` row (the first server to insert it runs the job; the
 * others find it taken). Answers undefined when another server (or an earlier run) had the day.
 *
 * Past the retention period (per board, room or ladder `retention_days`, else `defaultDays`):
 * posts lose their participant link and display name, and their text unless staff answered it
 * (the answer needs it); supports are removed (counts stay); ratings lose their participant link
 * and comment; room groups not changed within the room's period lose their note and who changed
 * them; clarity answers (the `clarityRetentionDays` server setting, else `clarityDays`, else the
 * default) lose their comment and participant link; audit entries go after `auditRetentionDays`
 * (else `auditDays`, else six years). Anonymised post, rating and clarity ids are remembered in
 * `erased_ids`, so a late replay answers 410. Each board, room and ladder it changed records one
 * change (every server's feed hears it), and changes older than a day are dropped.
 */
export async function runRetention(
  db: Database,
  now: Date,
  options: { defaultDays?: number; clarityDays?: number; auditDays?: number } = {},
): Promise<RetentionResult | undefined> {
  const day = now.toISOString().slice(0, 10);
  const claimed = await db.query(`INSERT INTO job_runs (job, day) VALUES ('retention', $1) ON CONFLICT (job, day) DO NOTHING RETURNING day`, [day]);
  if (claimed.rows.length === 0) return undefined;
  const days = options.defaultDays ?? DEFAULT_RETENTION_DAYS;
  const at = now.toISOString();
  const settings = await readServerSettings(db, days);
  const clarityDays = settings.clarityRetentionDays ?? options.clarityDays ?? days;
  const auditDays = settings.auditRetentionDays ?? options.auditDays ?? DEFAULT_AUDIT_RETENTION_DAYS;
  const result = await purge().catch(async (error) => {
    // Give the day back, so the next hourly attempt (on any server) tries again.
    await db.query(`DELETE FROM job_runs WHERE job = 'retention' AND day = $1`, [day]).catch(() => {});
    throw error;
  });
  await db.query(`UPDATE job_runs SET result = $2 WHERE job = 'retention' AND day = $1`, [day, JSON.stringify(result)]);
  return result;

  function purge(): Promise<RetentionResult> {
  return db.transaction(async (tx) => {
    const cutoff = (table: string, alias: string) =>
      `${alias}.created_at < $1::timestamptz - make_interval(days => COALESCE((SELECT retention_days FROM ${table} WHERE id = ${alias}.${table === 'boards' ? 'board_id' : 'ladder_id'}), ${Number(days)}))`;
    const supports = await tx.query(
      `DELETE FROM supports s USING posts p WHERE s.post_id = p.id AND ${cutoff('boards', 'p')}`,
      [at],
    );
    const posts = await tx.query<{ id: string; board_id: string }>(
      `UPDATE posts p SET participant = '', display_name = NULL,
         body = CASE WHEN p.response_status IS NULL THEN 'Removed after the retention period.' ELSE p.body END
       WHERE p.participant <> '' AND ${cutoff('boards', 'p')} RETURNING p.id, p.board_id`,
      [at],
    );
    const ratings = await tx.query<{ id: string; ladder_id: string }>(
      `UPDATE ratings r SET participant = 'removed:' || r.id, comment = NULL
       WHERE r.participant NOT LIKE 'removed:%' AND ${cutoff('ladders', 'r')} RETURNING r.id, r.ladder_id`,
      [at],
    );
    const clarity = await tx.query<{ id: string }>(
      `UPDATE clarity SET comment = NULL, participant = NULL
       WHERE (comment IS NOT NULL OR participant IS NOT NULL) AND created_at < $1::timestamptz - make_interval(days => $2) RETURNING id`,
      [at, clarityDays],
    );
    const groups = await tx.query<{ room_id: string }>(
      `UPDATE room_groups g SET note = '', updated_by = NULL
       WHERE (g.note <> '' OR g.updated_by IS NOT NULL)
         AND g.updated_at < $1::timestamptz - make_interval(days => COALESCE((SELECT retention_days FROM rooms WHERE id = g.room_id), ${Number(days)}))
       RETURNING g.room_id`,
      [at],
    );
    const audit = await tx.query(`DELETE FROM audit_log WHERE at < $1::timestamptz - make_interval(days => $2)`, [at, auditDays]);
    const erased = [...posts.rows.map((r) => [r.id, 'post']), ...ratings.rows.map((r) => [r.id, 'rating']), ...clarity.rows.map((r) => [r.id, 'clarity'])];
    for (const [id, kind] of erased) await tx.query('INSERT INTO erased_ids (id, kind) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, kind]);
    for (const board of new Set(posts.rows.map((r) => r.board_id))) await recordChange(tx, { kind: 'board', resource: board, event: 'post' });
    for (const ladder of new Set(ratings.rows.map((r) => r.ladder_id))) await recordChange(tx, { kind: 'ladder', resource: ladder, event: 'rating' });
    for (const room of new Set(groups.rows.map((r) => r.room_id))) await recordChange(tx, { kind: 'room', resource: room, event: 'group' });
    await pruneChanges(tx, now);
    return { posts: posts.rows.length, supports: supports.rowCount, ratings: ratings.rows.length, clarity: clarity.rows.length, groups: groups.rowCount, audit: audit.rowCount };
  });
  }
}

/** Runs the retention job now and then every hour (it does its work at most once a day across servers). */
export function scheduleRetention(db: Database, options: { now?: () => Date; defaultDays?: number; log: (line: string) => void }): () => void {
  const run = () =>
    void runRetention(db, (options.now ?? (() => new Date()))(), { defaultDays: options.defaultDays })
      .then((result) => result && options.log(`${new Date().toISOString()} retention ${JSON.stringify(result)}`))
      .catch((error) => options.log(`${new Date().toISOString()} retention failed: ${error instanceof Error ? error.name : 'error'}`));
  const first = setTimeout(run, 5_000);
  const hourly = setInterval(run, 3_600_000);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
