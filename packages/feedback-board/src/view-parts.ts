import { html } from 'lit';

/** Heading levels below the element's `heading-level`: its sections, then each post. */
export const sectionOffset = 1;
export const postOffset = 2;

/** The start of a post, cut at a word, to tell one post's heading and buttons from the next. */
export function excerpt(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}

/**
 * Which post a heading or button is about, for screen readers and speech users only: every post has
 * a "Support" button and a "Post by Sam" heading, and a list of them alone says nothing. The visible
 * words stay first in the name (WCAG 2.5.3).
 */
export function about(post: { body: string }) {
  return html`<span class="visually-hidden">: <bdi>${excerpt(post.body)}</bdi></span>`;
}
