import { defineElement } from '@copro/core';
import { CoproAuthorNotes } from './notes.ts';

// Loaded on demand by companions.ts, only when author mode is on: readers never download the readability code.
defineElement('copro-author-notes', CoproAuthorNotes);
