/**
 * Pseudo-locales for layout tests and for trying a page out:
 * - `expanded`: every message 40% longer (German and Welsh run 30-40% longer than English), inside
 *   ⟦ ⟧ markers so clipped ends show;
 * - `rtl`: every message in Arabic letters, for `dir="rtl"` pages.
 * Placeholders stay as they are. `npm run messages -- pseudo expanded` writes one as a council JSON.
 */
import type { Message, Messages, PluralMessage } from '../../packages/core/src/i18n.ts';

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', c: 'ç', n: 'ñ' };
// Latin letters to Arabic letters (a rough transliteration: enough to exercise an Arabic font,
// shaping and bidirectional layout).
const ARABIC: Record<string, string> = {
  a: 'ا', b: 'ب', c: 'ك', d: 'د', e: 'ي', f: 'ف', g: 'غ', h: 'ه', i: 'ي', j: 'ج', k: 'ك', l: 'ل', m: 'م',
  n: 'ن', o: 'و', p: 'پ', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ڤ', w: 'و', x: 'كس', y: 'ي', z: 'ز',
};

/** Applies `change` to the text between placeholders, leaving `{name}` untouched. */
function outsidePlaceholders(text: string, change: (part: string) => string): string {
  return text.split(/(\{\w+\})/).map((part) => (/^\{\w+\}$/.test(part) ? part : change(part))).join('');
}

export function expandText(text: string): string {
  const accented = outsidePlaceholders(text, (part) => part.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter));
  // 40% more characters, as whole pseudo-words so lines can still wrap between them.
  const extra = Math.max(2, Math.ceil(text.length * 0.4) - 2);
  const padding = 'ŀőŕéɱ íƥšűɱ ďőŀőŕ šíţ áɱéţ ç'.repeat(Math.ceil(extra / 28) + 1).slice(0, extra).trimEnd();
  return `⟦${accented} ${padding}⟧`;
}

export function rtlText(text: string): string {
  return outsidePlaceholders(text, (part) => part.toLowerCase().replace(/[a-z]/g, (letter) => ARABIC[letter] ?? letter));
}

function mapMessage(message: Message, change: (text: string) => string): Message {
  if (typeof message === 'string') return change(message);
  return Object.fromEntries(Object.entries(message).map(([form, text]) => [form, change(text!)])) as PluralMessage;
}

/** A pseudo-locale catalogue of the given English messages. */
export function pseudoMessages(english: Messages, kind: 'expanded' | 'rtl'): Messages {
  const change = kind === 'expanded' ? expandText : rtlText;
  return Object.fromEntries(Object.entries(english).map(([key, message]) => [key, mapMessage(message, change)]));
}
