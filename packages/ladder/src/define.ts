import { defineElement } from '@copro/core';
import { CoproLadder } from './ladder.ts';

defineElement('copro-ladder', CoproLadder);
