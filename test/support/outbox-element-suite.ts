/**
 * One suite every outbox-backed element runs (as Lion shares its form-core suites): a write made
 * while the endpoint is down is shown as saved on this device, survives a reload, and is sent and
 * stored once; a write the server refuses later is shown as refused and can be put back; a write
 * replaced while it waits is never stored. Each element gives a harness saying how a person
 * writes with it and what it shows; the suite runs against the real server's flaky address.
 */
import { expect } from '@open-wc/testing';
import { outboxFor } from '@copro/core';
import { flakyEndpoint, freshId, serverDown, serverUp, until } from './index.ts';

export type Shown = 'queued' | 'sent' | 'refused' | 'nothing';

export interface OutboxElementHarness<E extends HTMLElement> {
  /** The element on this page's `flakyEndpoint()` for `place` (a board, a room), loaded. */
  make(place: string): Promise<E>;
  /** Makes one write through the element as a person would; `value` tells writes apart. */
  write(element: E, value: string): Promise<void>;
  /** What the element shows for the write of `value`. */
  shows(element: E, value: string): Shown;
  /** The values the server has stored for `place`. */
  stored(place: string): Promise<string[]>;
  /** A later write replaces an unsent earlier one (a group's note, a rating): the suite checks only the latest is stored. */
  replaces?: boolean;
  /** How the server comes to refuse a waiting write (a board made stricter, say), and how the person puts it back. */
  refusal?: {
    refuseWaiting(place: string): Promise<void>;
    /** What the person does to have it back (nothing, where the element puts it back by itself). */
    putBack(element: E, value: string): Promise<void>;
    /** The refused value is back where the person can change it. */
    isBack(element: E, value: string): boolean;
  };
}

/** As a reload: the element goes, the page's outbox stops, a new element (with a new outbox) loads. */
async function reload<E extends HTMLElement>(harness: OutboxElementHarness<E>, element: E, place: string): Promise<E> {
  element.remove();
  outboxFor(flakyEndpoint()).close();
  await serverUp();
  return harness.make(place);
}

export function outboxElementSuite<E extends HTMLElement>(name: string, harness: OutboxElementHarness<E>): void {
  describe(`${name}: the shared outbox-element suite`, () => {
    afterEach(async () => {
      await serverUp();
    });

    it('queued, reload, sent: a write made while the endpoint is down survives a reload and is stored once', async () => {
      const place = freshId('suite');
      const element = await harness.make(place);
      await serverDown();
      await harness.write(element, 'Written while the endpoint was down');
      await until(() => harness.shows(element, 'Written while the endpoint was down') === 'queued', `${name} to show the write as saved on this device`);
      expect(await harness.stored(place)).to.deep.equal([]);
      const again = await reload(harness, element, place);
      await until(() => harness.shows(again, 'Written while the endpoint was down') === 'sent', `${name} to show the write as sent after the reload`, 15000);
      await outboxFor(flakyEndpoint()).flush({ force: true }); // a further flush stores nothing twice
      expect(await harness.stored(place)).to.deep.equal(['Written while the endpoint was down']);
    });

    if (harness.refusal) {
      const refusal = harness.refusal;
      it('refused, restored: a waiting write the server refuses is shown as refused, and can be put back', async () => {
        const place = freshId('suite');
        const element = await harness.make(place);
        await serverDown();
        await harness.write(element, 'Written offline, refused later on');
        await until(() => harness.shows(element, 'Written offline, refused later on') === 'queued', 'the queued write');
        await refusal.refuseWaiting(place);
        const again = await reload(harness, element, place);
        await until(() => harness.shows(again, 'Written offline, refused later on') === 'refused', `${name} to show the write as refused`, 15000);
        await refusal.putBack(again, 'Written offline, refused later on');
        await until(() => refusal.isBack(again, 'Written offline, refused later on'), 'the refused write to be back with the person');
        expect(await harness.stored(place)).to.deep.equal([]);
      });
    }

    if (harness.replaces) {
      it('replaced while waiting: only the latest of two writes is sent and stored', async () => {
        const place = freshId('suite');
        const element = await harness.make(place);
        await serverDown();
        await harness.write(element, 'First thought');
        await until(() => harness.shows(element, 'First thought') === 'queued', 'the first write queued');
        await harness.write(element, 'Second thought');
        await until(() => harness.shows(element, 'Second thought') === 'queued', 'the second write queued');
        await serverUp();
        window.dispatchEvent(new Event('online'));
        await until(() => harness.shows(element, 'Second thought') === 'sent', 'the latest write sent', 15000);
        await outboxFor(flakyEndpoint()).flush({ force: true });
        expect(await harness.stored(place)).to.deep.equal(['Second thought']);
      });
    }
  });
}
