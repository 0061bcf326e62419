import { createHash, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { limits, NewPost, NewPostForm } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { readBodyBytes } from '../http/body-limit.ts';
import { ApiError, isRefusal } from '../http/errors.ts';
import { publicRequestUrl } from '../http/public-url.ts';
import { check } from '../http/validation.ts';
import type { RouteContext } from './context.ts';
import { notifyWaiting } from './waiting.ts';

/** Where the page shows its "thank you" (`:target` CSS, no script needed). */
export const FORM_THANKS_FRAGMENT = 'copro-thanks';
/** Where the page says the post was not stored (board closed, too long, a bad category). */
export const FORM_NOT_SENT_FRAGMENT = 'copro-not-sent';

const formType = /^application\/x-www-form-urlencoded\s*(?:;.*)?$/i;

/**
 * `POST /v1/boards/{board}/posts/form`: the feedback board's fallback for pages where JavaScript
 * does not run. `<copro-feedback-board>` carries a plain `<form method="post">` in its light DOM
 * (shown only when the element never upgrades) that posts here as
 * `application/x-www-form-urlencoded`:
 *
 * - `body` (required), `category`, `displayName`: as in the JSON route; empty fields are left out.
 * - `website`: the honeypot. Filled in, the post is answered as stored and is not stored.
 * - `id`: optional. A page rendered per visit may put a fresh UUID here so a resent form is
 *   stored once; a static page must leave it out (every visitor would send the same id), and
 *   the server makes one.
 * - `participant`: made here, fresh per post: without script there is nothing to keep it in.
 * - `return`: the page to go back to, absolute or relative to the posting page's origin.
 *
 * The fields are checked with the same `NewPost` schema and stored through the same store as
 * the JSON route. The answer is `303 See Other` to `return` with `#copro-thanks` (or
 * `#copro-not-sent` when the post was refused), only when `return` is on this server's origin,
 * an origin in `COPRO_ALLOWED_ORIGINS`, or (with `*`) the origin the form was posted from: never
 * an open redirect. Without an acceptable `return` (nor `Referer`), it answers a short HTML page.
 *
 * The CORS allow-list applies as to every write, on the form's `Origin` header. A page whose
 * referrer policy is `no-referrer` makes the browser send `Origin: null` with a form post, which
 * the list refuses (unless it is `*`): such a page needs `<meta name="referrer"
 * content="strict-origin-when-cross-origin">` (the browsers' default), as the demo page has.
 */
export function formPostHandlers(ctx: RouteContext, allowedOrigins: string[]) {
  const any = allowedOrigins.includes('*');
  const listed = new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, '').toLowerCase()));

  /** The page to send the browser back to, or undefined when it is not one we may redirect to. */
  function returnUrl(c: Context, field: string | undefined): URL | undefined {
    const server = publicRequestUrl(c, ctx.publicUrl).origin;
    const postedFrom = c.req.header('origin');
    const wanted = field?.trim() || c.req.header('referer');
    if (!wanted) return undefined;
    let url: URL;
    try {
      url = new URL(wanted, postedFrom && postedFrom !== 'null' ? postedFrom : server);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const origin = url.origin.toLowerCase();
    const allowed = origin === server.toLowerCase() || listed.has(origin) || (any && origin === postedFrom?.toLowerCase());
    return allowed ? url : undefined;
  }

  return {
  postFromForm: async (c, { board }) => {
    const type = c.req.header('content-type') ?? '';
    if (!formType.test(type.trim())) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
    }
    const fields = new URLSearchParams(new TextDecoder().decode(await readBodyBytes(c, limits.maxBodyBytes)));
    const field = (name: string) => fields.get(name) ?? undefined;
    const filled = (name: string) => field(name)?.trim() || undefined;
    const back = returnUrl(c, field('return'));

    let outcome: string;
    try {
      // The form's own fields first (the documented shape), then the post they make.
      check(NewPostForm, Object.fromEntries(fields), 'form');
      const id = filled('id') ?? randomUUID();
      const input = check(
        NewPost,
        {
          id,
          participant: formParticipant(id),
          // Browsers send a textarea's line breaks as CRLF; the JSON route stores LF.
          body: (field('body') ?? '').replace(/\r\n?/g, '\n').trim(),
          category: filled('category'),
          displayName: filled('displayName'),
          website: filled('website'),
        },
        'form',
      );
      // The honeypot: answered like a stored post, not stored (the board must still exist).
      if (input.website) await ctx.boards.get(board);
      else {
        const { post, created } = await ctx.boards.createPost(board, input);
        if (created) ctx.webhook.notify('post.created', board, post);
        if (created) await notifyWaiting(ctx, board, post);
      }
      outcome = FORM_THANKS_FRAGMENT;
    } catch (error) {
      // Without a page to go back to, the usual JSON error answer is the most useful thing.
      if (!back || !isRefusal(error)) throw error;
      outcome = FORM_NOT_SENT_FRAGMENT;
    }

    if (!back) return c.html(thanksPage(), 200);
    back.hash = outcome;
    c.header('Cache-Control', 'no-store');
    return c.redirect(back.href, 303);
  },
  } satisfies SomeHandlers;
}

/**
 * A form post's participant, made from its id: a browser without JavaScript keeps no participant,
 * and a resent form must be the same write (a replay from another participant is an `id_conflict`).
 */
function formParticipant(id: string): string {
  const hex = createHash('sha256').update(`copro-form:${id.toLowerCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The answer when there is no page to return to: words only (the API's CSP allows nothing else). */
function thanksPage(): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Thank you</title>
<h1>Thank you</h1><p>Your post was sent. You can go back to the page you came from.</p></html>`;
}
