import { WaitingCount, type Post } from '@copro/protocol';
import { iso, type Queryable } from '../db/database.ts';
import type { SomeHandlers } from '../http/router.ts';
import { reply } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

/** At most one `moderation.waiting` notice per board in this long, across every server on the database. */
export const WAITING_NOTICE_INTERVAL_MS = 3_600_000;

export async function countWaiting(db: Queryable, board: string): Promise<WaitingCount> {
  const { rows } = await db.query<{ waiting: number | string; oldest: unknown }>(
    `SELECT count(*) AS waiting, min(created_at) AS oldest FROM posts WHERE board_id = $1 AND visibility = 'pending'`,
    [board],
  );
  return { waiting: Number(rows[0]?.waiting ?? 0), oldestAt: rows[0]?.oldest == null ? null : iso(rows[0].oldest) };
}

/**
 * Claims this board's waiting notice for the hour: one conditional upsert, so of several servers (or
 * requests) at once exactly one gets it, and none again until an hour after the last one sent.
 */
export async function claimWaitingNotice(db: Queryable, board: string, now: Date): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO webhook_notices (board_id, event, sent_at) VALUES ($1, 'moderation.waiting', $2::timestamptz)
     ON CONFLICT (board_id, event) DO UPDATE SET sent_at = EXCLUDED.sent_at
       WHERE webhook_notices.sent_at <= EXCLUDED.sent_at - make_interval(secs => $3)
     RETURNING sent_at`,
    [board, now.toISOString(), WAITING_NOTICE_INTERVAL_MS / 1000],
  );
  return rows.length > 0;
}

/**
 * After a new post is stored: when it waits for moderation, tell the webhook (at most once an hour
 * per board). Best effort: the post is stored whatever happens here, so a failure never fails the write.
 */
export async function notifyWaiting(ctx: RouteContext, board: string, post: Post): Promise<void> {
  if (!ctx.webhook.enabled || post.visibility !== 'pending') return;
  try {
    if (!(await claimWaitingNotice(ctx.db, board, ctx.now()))) return;
    const { waiting } = await countWaiting(ctx.db, board);
    ctx.webhook.notify('moderation.waiting', board, post, { waiting });
  } catch {
    // The next pending post tries again.
  }
}

/** `GET /v1/boards/{board}/waiting` (viewer; the route table's guard checks the role). */
export function waitingHandlers(ctx: RouteContext) {
  return {
    waitingCount: async (c, { board }) => reply(c, WaitingCount, await countWaiting(ctx.db, board)),
  } satisfies SomeHandlers;
}
