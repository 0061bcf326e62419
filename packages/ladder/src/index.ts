export { CoproLadder } from './ladder.ts';
