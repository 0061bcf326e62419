export { CoproLadder } from './ladder.ts';
export { medianIndex, gapBetween, spreads, type Gap, type Spread, type Question } from './results.ts';
export { localiseLadder, type Shown, type ShownLadder } from './labels.ts';
