import { html, type TemplateResult } from 'lit';
import type { Translator } from './i18n.ts';

// Private-use characters around each placeholder's index: no message or translation contains them.
const open = '\uE000';
const close = '\uE001';
const marker = new RegExp(`${open}(\\d+)${close}`);

/**
 * A translated message with text people typed in some of its placeholders ("Post by {name}"),
 * each placeholder's text in its own `<bdi>`: a right-to-left name, or a U+202E override in it,
 * cannot reorder the message's own words around it. The messages stay plain strings; `typed`
 * holds the placeholders people wrote (text, or a template that holds some), `params` the rest.
 */
export function translateIsolated(
  t: Translator,
  key: string,
  typed: Record<string, string | TemplateResult>,
  params: Record<string, string | number> = {},
): TemplateResult {
  const names = Object.keys(typed);
  const markers = Object.fromEntries(names.map((name, index) => [name, `${open}${index}${close}`]));
  const pieces = t(key, { ...params, ...markers }).split(marker);
  // split() with a captured group alternates: message text, placeholder index, message text, …
  return html`${pieces.map((piece, index) => (index % 2 ? html`<bdi>${typed[names[Number(piece)]!]}</bdi>` : piece))}`;
}
