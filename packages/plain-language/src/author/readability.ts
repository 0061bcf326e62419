import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from './vendor/syllable.js';
import { phrasesToAvoid, wordsToAvoid } from './words-to-avoid.ts';

/** GOV.UK: "about 25 words" at most in a sentence. */
export const LONG_SENTENCE_WORDS = 25;

export interface LongSentence {
  text: string;
  words: number;
}

export interface AvoidedWord {
  /** The word or phrase as GOV.UK lists it. */
  entry: string;
  /** How it was written in the text, each time. */
  found: string[];
}

export interface ReadabilityReport {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade (US school grade); NaN when there is no text. */
  grade: number;
  /** UK reading age: the grade plus 5. */
  readingAge: number;
  longSentences: LongSentence[];
  avoid: AvoidedWord[];
}

/** A sentence ends at . ! ? or … (with any closing quote or bracket) before a space, or at a blank line. */
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]?)\s+|\s*\n\s*\n\s*/;
/** Numbers (with their separators) and words (with inner apostrophes and hyphens). */
const WORD = /\p{N}+(?:[.,:]\p{N}+)*|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

/**
 * Reading age, long sentences and words to avoid for English text (ISO 24495-1 reminds us that
 * formulas alone do not make text plain: these are prompts for an editor).
 */
export function analyseReadability(text: string): ReadabilityReport {
  const sentences = splitSentences(text);
  let words = 0;
  let syllables = 0;
  const longSentences: LongSentence[] = [];
  const avoid = new Map<string, string[]>();
  const note = (entry: string, found: string) => {
    const list = avoid.get(entry) ?? [];
    list.push(found);
    avoid.set(entry, list);
  };

  for (const sentence of sentences) {
    const sentenceWords = wordsOf(sentence);
    words += sentenceWords.length;
    // A number is read as at least one syllable; `syllable` counts letters only.
    for (const word of sentenceWords) syllables += Math.max(1, syllable(word));
    if (sentenceWords.length > LONG_SENTENCE_WORDS) longSentences.push({ text: sentence, words: sentenceWords.length });

    const lower = sentenceWords.map((word) => word.toLowerCase());
    lower.forEach((word, index) => {
      for (const candidate of wordsToAvoid) {
        if (!candidate.forms.test(word)) continue;
        if (candidate.counts && !candidate.counts(lower[index - 1] ?? '', lower[index + 1] ?? '', word)) continue;
        note(candidate.entry, sentenceWords[index]);
      }
    });
    const joined = lower.join(' ');
    for (const { entry, phrase } of phrasesToAvoid) for (const match of joined.matchAll(phrase)) note(entry, match[0]);
  }

  const grade = fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return {
    words,
    sentences: sentences.length,
    syllables,
    grade,
    readingAge: grade + 5,
    longSentences,
    avoid: [...avoid].map(([entry, found]) => ({ entry, found })),
  };
}
