import { createHash, randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { KIOSK_LINK_MAX_DAYS, KioskLinkCreated, KioskLinkList, NewKioskLink, Slug } from '@copro/protocol';
import { iso } from '../db/database.ts';
import type { SomeHandlers } from '../http/router.ts';
import { newSecret } from '../http/staff-auth.ts';
import { readJson, reply } from '../http/validation.ts';
import { invalid, notFound } from '../store/errors.ts';
import type { RouteContext } from './context.ts';

const DAY = 86_400_000;

/** The server's public base, ending in `/`: `COPRO_PUBLIC_URL`, else the request's origin. */
function publicBase(requestUrl: string, publicUrl: string | undefined): URL {
  return publicUrl ? new URL(publicUrl.replace(/\/?$/, '/')) : new URL('/', requestUrl);
}

/** A kiosk link is for a board or a ladder: `board_id` holds either's id (migration 0017's `kind`). */
type KioskKind = 'board' | 'ladder';

/**
 * Kiosk links (CONTRACT.md "Kiosk"): staff make one for a board or a ladder and an event; only a
 * keyed hash of the key is stored (the same HMAC as staff tokens and room editor links). The route
 * guard checks the key on the writes the route table marks `kiosk` (http/staff-auth.ts `kiosk`),
 * and channels.ts stores their channel.
 */
function kioskLinkHandlers(ctx: RouteContext, kind: KioskKind) {
  return {
    add: async (c: Context, id: string) => {
      const input = await readJson(c, NewKioskLink);
      const expires = new Date(input.expiresAt);
      const now = ctx.now().getTime();
      if (expires.getTime() <= now || expires.getTime() > now + KIOSK_LINK_MAX_DAYS * DAY) {
        throw invalid(`A kiosk link must stop working in the future, and within ${KIOSK_LINK_MAX_DAYS} days.`, [
          { path: ['expiresAt'], message: `Choose a time after now and at most ${KIOSK_LINK_MAX_DAYS} days ahead.` },
        ]);
      }
      const key = newSecret('copro_kiosk_');
      const link = randomUUID();
      const by = c.get('staff')?.name ?? 'staff';
      await ctx.db.query('INSERT INTO board_kiosk_links (id, kind, board_id, event, key_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        link,
        kind,
        id,
        input.event,
        await ctx.auth.hash(key),
        expires,
        by,
      ]);
      const url = new URL(`kiosk/${kind}s/${encodeURIComponent(id)}`, publicBase(c.req.url, ctx.publicUrl));
      url.hash = `copro-key=${key}`;
      c.set('auditTarget', `${kind}:${id}/kiosk-link:${link}`);
      c.set('auditChanges', { event: input.event, expiresAt: expires.toISOString() });
      return reply(c, KioskLinkCreated, { id: link, key, url: url.href }, 201);
    },

    list: async (c: Context, id: string) => {
      const { rows } = await ctx.db.query<{ id: string; event: string; expires_at: unknown; created_at: unknown; created_by: string }>(
        `SELECT id, event, expires_at, created_at, created_by FROM board_kiosk_links
         WHERE kind = $1 AND board_id = $2 AND revoked_at IS NULL ORDER BY created_at DESC, id`,
        [kind, id],
      );
      const now = ctx.now().getTime();
      const items = rows.map((row) => ({
        id: row.id,
        event: row.event,
        expiresAt: iso(row.expires_at),
        createdAt: iso(row.created_at),
        createdBy: row.created_by,
        expired: new Date(iso(row.expires_at)).getTime() <= now,
      }));
      return reply(c, KioskLinkList, { items });
    },

    revoke: async (c: Context, id: string, link: string) => {
      const { rowCount } = await ctx.db.query('UPDATE board_kiosk_links SET revoked_at = COALESCE(revoked_at, now()) WHERE kind = $1 AND board_id = $2 AND id = $3', [kind, id, link]);
      if (rowCount === 0) throw notFound(`kiosk link for this ${kind}`);
      return c.json({ id: link, revoked: true });
    },
  };
}

export function kioskHandlers(ctx: RouteContext) {
  const boards = kioskLinkHandlers(ctx, 'board');
  const ladders = kioskLinkHandlers(ctx, 'ladder');
  return {
    addKioskLink: (c, p) => boards.add(c, p.board),
    listKioskLinks: (c, p) => boards.list(c, p.board),
    revokeKioskLink: (c, p) => boards.revoke(c, p.board, p.id),
    addLadderKioskLink: (c, p) => ladders.add(c, p.ladder),
    listLadderKioskLinks: (c, p) => ladders.list(c, p.ladder),
    revokeLadderKioskLink: (c, p) => ladders.revoke(c, p.ladder, p.id),
  } satisfies SomeHandlers;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The kiosk page's only style: the board fills the screen, text a little larger than a desktop page's. */
const kioskStyle = `html{color-scheme:light dark}body{margin:0;min-height:100vh;font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5}main{box-sizing:border-box;max-width:56rem;margin:0 auto;padding:1rem}copro-feedback-board{--copro-board-max-width:56rem}`;
/** The kiosk pages' elements: a board's and a ladder's. */
const kioskElements = { board: 'copro-feedback-board', ladder: 'copro-ladder' } as const;
const styleHash = `'sha256-${createHash('sha256').update(kioskStyle, 'utf8').digest('base64')}'`;

/**
 * `GET /kiosk/boards/{board}` and `GET /kiosk/ladders/{ladder}`: the full-screen page a kiosk link
 * opens, with `<copro-feedback-board kiosk>` or `<copro-ladder kiosk>` from the drop-in files served
 * at `/copro/`. The key comes in the address's fragment, which the browser never sends here; the
 * element moves it into the tab's storage and out of the address bar. `?lang=cy` makes the page (and
 * so the element) Welsh.
 */
export function kioskPage(app: Hono, ctx: RouteContext): void {
  for (const kind of ['board', 'ladder'] as const) {
    app.on(['GET', 'HEAD'], `/kiosk/${kind}s/:id`, async (c) => {
      const id = c.req.param('id');
      if (!z.safeParse(Slug, id).success) return c.json({ error: { code: 'not_found', message: 'There is nothing at this address.' } }, 404);
      const base = publicBase(c.req.url, ctx.publicUrl).pathname;
      const welsh = c.req.query('lang') === 'cy';
      let title = 'Have your say';
      try {
        title = (await (kind === 'board' ? ctx.boards : ctx.ladders).get(id)).title;
      } catch {
        // An unknown board or ladder with auto-creation off: the element says so itself.
      }
      const tag = kioskElements[kind];
      const page = `<!doctype html>
<html lang="${welsh ? 'cy' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<meta name="copro-participant" content="session">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${kioskStyle}</style>
<script type="module" src="${escapeHtml(base)}copro/copro.js"></script>
</head>
<body>
<main>
<${tag} endpoint="${escapeHtml(base)}" ${kind}="${escapeHtml(id)}" kiosk heading-level="1">
<p>${welsh ? 'Mae angen JavaScript ar y dudalen hon.' : 'This page needs JavaScript.'}</p>
</${tag}>
</main>
</body>
</html>
`;
      c.header('Cache-Control', 'no-store');
      c.header(
        'Content-Security-Policy',
        `default-src 'none'; script-src 'self'; style-src 'self' ${styleHash}; connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`,
      );
      return c.html(page);
    });
  }
}
