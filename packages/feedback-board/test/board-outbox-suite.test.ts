import { sendKeys } from '@web/test-runner-commands';
import type { CoproFeedbackBoard } from '../src/index.ts';
import { outboxElementSuite } from '../../../test/support/outbox-element-suite.ts';
import { $, $$, configure, makeBoardOnFlaky, postItem, stored, submit } from './helpers.ts';

const unsentItem = (element: CoproFeedbackBoard, text: string) => $$(element, 'li.unsent').find((li) => li.textContent!.includes(text));

outboxElementSuite<CoproFeedbackBoard>('<copro-feedback-board> posts', {
  make: (board) => makeBoardOnFlaky(board),
  write: (element, text) => submit(element, text),
  shows(element, text) {
    const unsent = unsentItem(element, text);
    if (unsent) return unsent.textContent!.includes('could not be sent') ? 'refused' : unsent.textContent!.includes('Saved on this device') ? 'queued' : 'nothing';
    return postItem(element, text) ? 'sent' : 'nothing';
  },
  stored: async (board) => (await stored(board)).map((post) => post.body),
  refusal: {
    refuseWaiting: (board) => configure(board, { maxLength: 20 }),
    async putBack(element, text) {
      const button = [...unsentItem(element, text)!.querySelectorAll('button')].find((each) => each.textContent!.includes('Put it back in the text box'))!;
      button.focus();
      await sendKeys({ press: 'Enter' });
    },
    isBack: (element, text) => $<HTMLTextAreaElement>(element, '#body')!.value === text,
  },
});
