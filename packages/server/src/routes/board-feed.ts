import { FeedQuery, responseStatusWords, type Board, type Channel, type Post } from '@copro/protocol';
import type { SomeHandlers } from '../http/router.ts';
import { publicRequestUrl } from '../http/public-url.ts';
import { query } from '../http/validation.ts';
import type { RouteContext } from './context.ts';

const FEED_SIZE = 50;

export const xml = (text: string) =>
  text
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const summaryOf = (body: string) => (body.length > 80 ? `${body.slice(0, 79).trimEnd()}…` : body);

const labels = {
  en: { answer: 'Our answer', post: 'You said', redacted: 'Edited by a moderator to remove personal details.' },
  // WELSH: machine-made, not yet checked by a fluent speaker.
  cy: { answer: 'Ein hateb', post: 'Dywedoch chi', redacted: 'Golygwyd gan gymedrolwr i dynnu manylion personol.' },
} as const;

/** How a post arrived, in plain words (the feed's channel category). WELSH: machine-made, not yet checked by a fluent speaker. */
export const channelWords: Record<'en' | 'cy', Record<Channel, string>> = {
  en: { online: 'Written online', paper: 'From a paper form', event: 'Said at an event', phone: 'From a phone call', email: 'From an email', other: 'Passed on by staff' },
  cy: { online: 'Wedi’i ysgrifennu ar-lein', paper: 'O ffurflen bapur', event: 'Wedi’i ddweud mewn digwyddiad', phone: 'O alwad ffôn', email: 'O e-bost', other: 'Wedi’i basio ymlaen gan staff' },
};

/**
 * When an entry last changed: its answer, or a moderator's later change to the post's words. Feed
 * readers keep an entry's words until this changes, so a redaction must move it on.
 */
export const entryUpdated = (post: Post) => {
  const answered = post.response?.respondedAt ?? post.createdAt;
  return post.redactedAt && post.redactedAt > answered ? post.redactedAt : answered;
};

export function atomFeed(board: Board, posts: Post[], selfUrl: string, lang: 'en' | 'cy'): string {
  const words = responseStatusWords[lang];
  const updated = posts.map(entryUpdated).sort().at(-1) ?? new Date(0).toISOString();
  // The page that holds the board, when the board names one: where a reader of the feed goes to see the answer in place.
  const page = board.pageUrl ? `\n    <link rel="alternate" type="text/html" href="${xml(board.pageUrl)}"/>` : '';
  const entries = posts.map((post) => {
    const response = post.response!;
    const redacted = post.redactedAt ? `\n(${labels[lang].redacted})` : '';
    const content = `${labels[lang].post}:\n${post.body}${redacted}\n\n${labels[lang].answer} (${words[response.status]}):\n${response.message}`;
    return `  <entry>
    <id>urn:uuid:${post.id}</id>
    <title>${xml(`${words[response.status]}: ${summaryOf(post.body)}`)}</title>
    <published>${post.createdAt}</published>
    <updated>${entryUpdated(post)}</updated>${page}
    <category term="${response.status}" label="${xml(words[response.status])}"/>
    <category scheme="urn:copro:channel" term="${post.channel}" label="${xml(channelWords[lang][post.channel])}"/>
    <content type="text">${xml(content)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${xml(selfUrl)}</id>
  <title>${xml(board.title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(selfUrl)}"/>${page.replace('\n    ', '\n  ')}
  <author><name>${xml(board.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** `GET /v1/boards/{board}/feed.atom`: the answered posts, newest answer first. */
export function boardFeedHandlers(ctx: RouteContext) {
  return {
  boardFeed: async (c, { board: id }) => {
    const { lang } = query(c, FeedQuery);
    const board = await ctx.boards.get(id);
    const posts = await ctx.boardExtras.answered(id, FEED_SIZE);
    return c.body(atomFeed(board, posts, publicRequestUrl(c, ctx.publicUrl).href, lang), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  },
  } satisfies SomeHandlers;
}
