/** The number of syllables in English text (from the `syllable` package, bundled by scripts/vendor-syllable.mjs). */
export function syllable(value: string): number;
