import { defineElement } from '@copro/core';
import { CoproFeedbackBoard } from './feedback-board.ts';

defineElement('copro-feedback-board', CoproFeedbackBoard);
