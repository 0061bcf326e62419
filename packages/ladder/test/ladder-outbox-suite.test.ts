import { fixture, html } from '@open-wc/testing';
import type { CoproLadder } from '@copro/ladder';
import type { LadderCommentPage } from '@copro/protocol';
import '../src/define.ts';
import { api, flakyEndpoint, staffToken } from '../../../test/support/index.ts';
import { outboxElementSuite } from '../../../test/support/outbox-element-suite.ts';
import { $, loaded, rateWith, someone, text } from './support.ts';

/** One person per ladder, the same across reloads. */
const people = new Map<string, string>();

outboxElementSuite<CoproLadder>('<copro-ladder> ratings', {
  async make(ladder) {
    if (!people.has(ladder)) {
      people.set(ladder, someone());
      await api('PUT', `/v1/ladders/${ladder}`, { minAnswersToShow: 1 }, staffToken());
    }
    const element = await fixture<CoproLadder>(html`<copro-ladder endpoint=${flakyEndpoint()} ladder=${ladder} participant=${people.get(ladder)!}></copro-ladder>`);
    await loaded(element);
    return element;
  },
  write: (element, comment) => rateWith(element, { role: 'staff', now: 'informing', comment }),
  shows(element, comment) {
    const comments = $<HTMLTextAreaElement>(element, '#comment');
    if ($(element, '#send-error') && comments?.value === comment) return 'refused';
    const delivery = text($(element, '.thanks .delivery'));
    if (delivery.startsWith('Saved on this device')) return 'queued';
    if (delivery === 'Your answer has been sent.') return 'sent';
    return 'nothing';
  },
  stored: async (ladder) => (await api<LadderCommentPage>('GET', `/v1/ladders/${ladder}/comments`, undefined, staffToken())).json.items.map((item) => item.comment),
  refusal: {
    // Staff change the roles meanwhile: "staff" is no longer one of them.
    refuseWaiting: async (ladder) => void (await api('PUT', `/v1/ladders/${ladder}`, { roles: [{ id: 'resident', label: 'Resident' }] }, staffToken())),
    putBack: async () => {}, // the ladder puts a refused rating back in its form by itself
    isBack: (element, comment) => $<HTMLTextAreaElement>(element, '#comment')?.value === comment,
  },
});
