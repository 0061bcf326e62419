import { Accountability, FeedQuery, responseStatusWords, type Post } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { notFound } from '../store/errors.ts';
import { query, reply } from '../http/validation.ts';
import { normalizeId } from '../store/ids.ts';
import { xml } from './board-feed.ts';
import type { RouteContext } from './context.ts';

const words = {
  en: { post: 'You said', due: 'Due by', update: 'Our answer' },
  cy: { post: 'Dywedoch chi', due: 'Erbyn', update: 'Ein hateb' },
} as const;

/** One post's answers and updates as Atom, newest first: what a supporter following the post reads. */
export function postFeed(post: Post, selfUrl: string, lang: 'en' | 'cy'): string {
  const status = responseStatusWords[lang];
  const history = [...(post.response?.history ?? [])].reverse();
  // A moderator's later change to the post's words is an update too (the feed's subtitle holds them).
  const answered = history[0]?.at ?? post.createdAt;
  const updated = post.redactedAt && post.redactedAt > answered ? post.redactedAt : answered;
  const entries = history.map((entry, index) => {
    const due = entry.due ? `\n${words[lang].due}: ${entry.due}` : '';
    return `  <entry>
    <id>urn:uuid:${post.id}:${history.length - index}</id>
    <title>${xml(status[entry.status])}</title>
    <updated>${entry.at}</updated>
    <category term="${entry.status}" label="${xml(status[entry.status])}"/>
    <content type="text">${xml(`${words[lang].update} (${status[entry.status]}):\n${entry.message}${due}`)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>urn:uuid:${post.id}</id>
  <title>${xml(`${words[lang].post}: ${post.body.length > 80 ? `${post.body.slice(0, 79).trimEnd()}…` : post.body}`)}</title>
  <subtitle>${xml(post.body)}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(selfUrl)}"/>
  <author><name>copro</name></author>
${entries.join('\n')}
</feed>
`;
}

/** The board's public record, and each post's own feed of answers and updates. */
export function accountabilityHandlers(ctx: RouteContext) {
  return {
  boardAccountability: async (c, { board }) => {
    // A staff token adds the new-voices figures (a wrong token is refused, not read as a reader).
    const staff = (await ctx.auth.identify(c))?.role != null;
    return reply(c, Accountability, await ctx.accountability.record(board, { staff }));
  },

  postFeed: async (c, p) => {
    const { lang } = query(c, FeedQuery);
    const post = await ctx.accountability.post(p.board, normalizeId(p.post));
    if (!post) throw notFound('post on this board');
    return c.body(postFeed(post, c.req.url, lang), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  },
  } satisfies SomeHandlers;
}
