/**
 * Every copro element class and the public API of `@copro/core`, in one import.
 *
 * This entry has no side effects: importing it defines no tags. To define every tag, import
 * `@copro/copro/define` (or load the drop-in `copro.js`); to define one, import that widget's
 * own `define` entry, e.g. `@copro/feedback-board/define`.
 */
export * from '@copro/core';
export * from '@copro/feedback-board';
export * from '@copro/room-checklist';
export * from '@copro/ladder';
export * from '@copro/plain-language';
export * from '@copro/you-said-we-did';
export * from '@copro/staff';
