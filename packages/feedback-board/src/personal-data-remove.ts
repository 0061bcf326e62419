/**
 * "Remove them from my post": takes the email addresses and phone numbers that personal-data.ts
 * finds out of a post's words. Its own module, loaded when a reader first asks (and with the staff
 * tools, which offer the same to moderators): most readers never need it.
 */
import { EMAIL, UK_PHONE } from './personal-data.ts';

/**
 * Words that introduce a detail ("email me at", "call me on", "my number is", "ring", "text me
 * on", "contact me:"): removed with the detail, or the sentence is left hanging ("Email me at").
 */
const INTRO = String.raw`\b(?:(?:please\s+)?(?:e-?mail|contact|write\s+to|message|call|ring|phone|text|reach|whats\s?app)(?:\s+(?:me|us))?(?:\s+(?:at|on|via))?|my\s+(?:e-?mail(?:\s+address)?|(?:phone\s+|mobile\s+)?number|mobile|phone)(?:\s+is)?)\s*[:–-]?\s*`;
const DETAIL_WITH_INTRO = new RegExp(`(?:${INTRO})?(?:${EMAIL.source}|${UK_PHONE.source})`, 'giu');
/** Stands for a removed detail while the words around it are tidied. */
const GAP = '\u0000';

/**
 * The text without the email addresses and phone numbers and the words that introduce them, the
 * sentence tidied: "Email me at a@b.org please" becomes "Please", "Ring X or text me on Y any
 * time" becomes "Any time", "Fix the swings, a@b.org" becomes "Fix the swings".
 */
export function removePersonalData(text: string): string {
  return (
    text
      .replace(DETAIL_WITH_INTRO, GAP)
      // Two details joined by "or", "and" or a comma go as one, and so does one in brackets.
      .replace(/\u0000(?:\s*(?:,|\/|\bor\b|\band\b)\s*\u0000)+/giu, GAP)
      .replace(/\(\s*\u0000\s*\)/g, GAP)
      // At the start of a sentence: the next word starts it (or the sentence was only the detail).
      .replace(/(^|[.!?]\s+)\u0000[\s,;:]*(?:[.!?](?=\s|$)\s*)?(\p{L})?/gmu, (_, start: string, letter?: string) => start + (letter ? letter.toUpperCase() : ''))
      // Within or at the end of a sentence: with the comma or colon before it.
      .replace(/\s*[,;:]?\s*\u0000/g, '')
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ +([.,;:!?])/g, '$1')
      .replace(/[ \t]+$/gm, '')
      .trim()
  );
}
