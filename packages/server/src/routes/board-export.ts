import { postCsvColumns, type Post } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import type { RouteContext } from './context.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * gets a leading apostrophe: posts are written by the public and opened by staff.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One post as a CSV row; `categoryLabel` names a category as people read it (not its id). */
function csvRow(post: Post, categoryLabel: (id: string) => string): string {
  const answeredAfter = post.response ? Math.floor((Date.parse(post.response.respondedAt) - Date.parse(post.createdAt)) / DAY_MS) : null;
  const cells: Record<(typeof postCsvColumns)[number], string | number | null> = {
    id: post.id,
    created_at: post.createdAt,
    visibility: post.visibility,
    category: post.category === null ? null : categoryLabel(post.category),
    display_name: post.displayName,
    body: post.body,
    support_count: post.supportCount,
    response_status: post.response?.status ?? null,
    response_message: post.response?.message ?? null,
    responded_at: post.response?.respondedAt ?? null,
    days_to_answer: answeredAfter,
    redacted_at: post.redactedAt,
    channel: post.channel,
    event: post.event,
  };
  return postCsvColumns.map((column) => csvCell(cells[column])).join(',') + '\r\n';
}

/**
 * A CSV file streamed from batches of rows: a byte-order mark and the header first (so spreadsheet
 * programs read it as UTF-8: Welsh letters, £), then one batch per pull; a client that goes away
 * stops the batches.
 */
export function csvStream<T>(columns: readonly string[], batches: AsyncGenerator<T[]>, row: (item: T) => string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let header: string | undefined = '\ufeff' + columns.join(',') + '\r\n';
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (header) {
        controller.enqueue(encoder.encode(header));
        header = undefined;
        return;
      }
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(row).join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** `GET /v1/boards/{board}/export.csv` (staff): every post, streamed in batches. */
export function boardExportHandlers(ctx: RouteContext) {
  return {
  exportPosts: async (c, { board }) => {
    const { categories } = await ctx.boards.get(board);
    const labels = new Map(categories.map((category) => [category.id, category.label]));
    // A category since removed from the board keeps its id.
    const stream = csvStream(postCsvColumns, ctx.boardExtras.allPosts(board), (post) => csvRow(post, (id) => labels.get(id) ?? id));
    return c.body(stream, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${board}-posts.csv"`,
    });
  },
  } satisfies SomeHandlers;
}
