/**
 * Compile-time checks of the developer surface (`npm run typecheck` fails when one breaks; there
 * is nothing to run): every tag is in HTMLElementTagNameMap, and every `copro-*` event is typed
 * on elements, the document and the window.
 */
import type { Post, Rating } from '@copro/protocol';
import type { CoproFeedbackBoard, CoproLadder, CoproPlainLanguage, CoproPlainText, CoproRoomChecklist, CoproTerm } from '../src/index.ts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(): T => true as T;

expectType<Equal<HTMLElementTagNameMap['copro-feedback-board'], CoproFeedbackBoard>>();
expectType<Equal<HTMLElementTagNameMap['copro-room-checklist'], CoproRoomChecklist>>();
expectType<Equal<HTMLElementTagNameMap['copro-ladder'], CoproLadder>>();
expectType<Equal<HTMLElementTagNameMap['copro-plain-language'], CoproPlainLanguage>>();
expectType<Equal<HTMLElementTagNameMap['copro-plain-text'], CoproPlainText>>();
expectType<Equal<HTMLElementTagNameMap['copro-term'], CoproTerm>>();

export function listeners(board: CoproFeedbackBoard): void {
  board.addEventListener('copro-post-submitted', (event) => expectType<Equal<typeof event.detail.post, Post>>());
  document.addEventListener('copro-rating-submitted', (event) => expectType<Equal<typeof event.detail.rating, Rating>>());
  window.addEventListener('copro-error', (event) => expectType<Equal<typeof event.detail.code, string>>());
  document.addEventListener('copro-reading-mode-changed', (event) => expectType<Equal<typeof event.detail.mode, 'plain' | 'standard'>>());
}
