export { CoproFeedbackBoard } from './feedback-board.ts';
