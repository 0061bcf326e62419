import { expect } from '@open-wc/testing';
import { api, flakyEndpoint, freshId, holdStreams, noLiveEndpoint, openStreams, serverFails, staffToken, until, watchReads } from '../../../test/support/index.ts';
import type { CoproRoomChecklist } from '../src/index.ts';
import { card, checklist, chooseStatus, liveText, noteField, openNote, shadow, statusSelect, stored } from './helpers.ts';

const badge = (element: CoproRoomChecklist, group: string) => card(element, group).querySelector('.badge')!.textContent!.trim();
const conflictPanel = (element: CoproRoomChecklist, group: string) => card(element, group).querySelector<HTMLElement>('.conflict');
/** The group's state line when it says someone else changed the group (null otherwise). */
const elsewhere = (element: CoproRoomChecklist, group: string) => {
  const line = card(element, group).querySelector<HTMLElement>('.state');
  return line?.textContent?.includes('Someone else changed this group while you were editing it.') ? line : null;
};

/**
 * Two checklists of `room`, the second on the flaky endpoint, once both streams are open and the
 * second's reads so far (its load, and the one its stream's first connection asks for) are answered:
 * a fault injected next meets the read the next event makes. `reads` counts the second's reads.
 */
async function pairWithFlakyReads(room: string) {
  const reads = watchReads((url) => url.startsWith(flakyEndpoint()) && new URL(url).pathname.endsWith(`/rooms/${room}`));
  try {
    const first = await checklist(room);
    const second = await checklist(room, { endpoint: flakyEndpoint() });
    await until(async () => (await openStreams('room', room)) >= 2, 'both checklists’ streams to open');
    await until(() => reads.idle() && reads.answered(/./) >= 2, 'the reads before the event');
    return { first, second, reads };
  } catch (error) {
    reads.restore();
    throw error;
  }
}

describe('<copro-room-checklist>: live updates (the room’s event stream)', () => {
  it('a change in one checklist appears in the other within 2 s, in place, and is announced', async function () {
    this.timeout(20000);
    const room = freshId('live');
    const first = await checklist(room);
    const second = await checklist(room);
    const orderBefore = [...shadow(second).querySelectorAll<HTMLElement>('.groups > li')].map((li) => li.dataset.group).join();
    // Let the second checklist's stream open before the write.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const started = performance.now();
    let storedAt = 0;
    first.addEventListener('copro-group-changed', () => (storedAt ||= performance.now()), { once: true });
    await chooseStatus(first, 'young-people', 'invited');
    await until(() => badge(second, 'young-people') === 'Invited', 'the other checklist to show the change', 2000);
    const took = performance.now() - started;
    console.log(`status chosen in one checklist to the other showing it: ${Math.round(took)} ms (the write answered after ${Math.round(storedAt - started)} ms)`);
    expect(took).to.be.below(2000);
    expect(statusSelect(second, 'young-people').value).to.equal('invited');
    await until(() => liveText(second).includes('Children and young people: marked invited.'), 'the announcement');
    // The list keeps its order under the reader (it offers to sort itself instead).
    const orderAfter = [...shadow(second).querySelectorAll<HTMLElement>('.groups > li')].map((li) => li.dataset.group).join();
    expect(orderAfter).to.equal(orderBefore);

    // And the other way, a note.
    await openNote(second, 'carers');
    const field = noteField(second, 'carers');
    field.focus();
    field.value = 'Carers centre, Tuesday mornings';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.blur();
    await until(() => card(first, 'carers').querySelector('textarea')?.value === 'Carers centre, Tuesday mornings', 'the note in the first checklist', 2000);
    await until(() => liveText(first).includes('Unpaid carers: note changed.'), 'the note announced');
  });

  it('never changes a group under the person editing it: it says so, and their save offers both versions', async function () {
    this.timeout(20000);
    const room = freshId('live-edit');
    const first = await checklist(room);
    const second = await checklist(room);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // The second person is typing a note.
    const field = await openNote(second, 'young-people');
    field.focus();
    field.value = 'Tom will go to the schools';
    field.dispatchEvent(new Event('input', { bubbles: true }));

    await chooseStatus(first, 'young-people', 'present');
    await until(() => elsewhere(second, 'young-people'), 'the “changed elsewhere” line', 2000);
    expect(elsewhere(second, 'young-people')!.textContent).to.include('Someone else changed this group while you were editing it.');
    expect(noteField(second, 'young-people').value).to.equal('Tom will go to the schools');
    expect(shadow(second).activeElement === noteField(second, 'young-people')).to.equal(true);
    expect(statusSelect(second, 'young-people').value).to.equal('unknown');
    await until(() => liveText(second).includes('Children and young people: someone else changed this group while you were editing it.'), 'the announcement');

    // Leaving the field saves their note from the revision they had: both versions are offered.
    noteField(second, 'young-people').blur();
    await until(() => conflictPanel(second, 'young-people'), 'the conflict panel');
    expect((await stored(room, 'young-people')).status).to.equal('present'); // nothing overwritten unseen
  });

  it('a focused group that the person leaves unchanged then shows the other change', async function () {
    this.timeout(20000);
    const room = freshId('live-focus');
    const first = await checklist(room);
    const second = await checklist(room);
    await new Promise((resolve) => setTimeout(resolve, 300));
    statusSelect(second, 'carers').focus();
    await chooseStatus(first, 'carers', 'missing');
    await until(() => elsewhere(second, 'carers'), 'the “changed elsewhere” line', 2000);
    expect(statusSelect(second, 'carers').value).to.equal('unknown');
    statusSelect(second, 'carers').dispatchEvent(new FocusEvent('blur'));
    statusSelect(second, 'carers').blur();
    await until(() => statusSelect(second, 'carers').value === 'missing', 'the other change, once the person is done');
    expect(elsewhere(second, 'carers')).to.equal(null);
  });

  it('a change made after the checklist loaded, while its stream was still opening, shows', async function () {
    this.timeout(20000);
    const room = freshId('live-opening');
    // The stream's request waits until the change is stored (a slow connection would do the same).
    const streams = holdStreams(`/rooms/${room}/events`);
    try {
      const element = await checklist(room);
      expect((await api('PUT', `/v1/rooms/${room}/groups/young-people`, { status: 'invited', note: '', revision: 0 }, staffToken())).status).to.equal(200);
      streams.open();
      await until(() => badge(element, 'young-people') === 'Invited', 'the change made before the stream opened', 5000);
    } finally {
      streams.restore();
    }
  });

  it('a re-read that fails is tried again: the change still shows', async function () {
    this.timeout(20000);
    const { first, second, reads } = await pairWithFlakyReads(freshId('live-again'));
    try {
      // The stream stays open; the read its next event makes answers 500 once (a server fault).
      await serverFails(1, 500, 'GET');
      await chooseStatus(first, 'young-people', 'invited');
      await until(() => badge(second, 'young-people') === 'Invited', 'the change, once a read succeeds', 10000);
    } finally {
      reads.restore();
    }
  });

  it('removed while a failed read waits to be tried again, then put back: the read is made at once', async function () {
    this.timeout(20000);
    const room = freshId('live-owed');
    const { first, second, reads } = await pairWithFlakyReads(room);
    try {
      await serverFails(1, 500, 'GET');
      await chooseStatus(first, 'young-people', 'invited');
      await until(() => reads.idle() && reads.answered(/./, { ok: false }) >= 1, 'the read that fails');
      const parent = second.parentElement!;
      second.remove();
      await until(async () => (await openStreams('room', room)) === 1, 'its stream to close');
      // Back with the last event's number, the stream replays nothing: the read owed must still be made.
      parent.append(second);
      await until(() => badge(second, 'young-people') === 'Invited', 'the change, once put back', 5000);
    } finally {
      reads.restore();
    }
  });

  it('without a stream (404), works as before: changes show on the next load, and a conflict on save', async function () {
    this.timeout(20000);
    const room = freshId('no-live');
    const first = await checklist(room, { endpoint: noLiveEndpoint() });
    const second = await checklist(room, { endpoint: noLiveEndpoint() });
    await chooseStatus(first, 'young-people', 'invited');
    await until(async () => (await stored(room, 'young-people')).revision === 1, 'the change to be stored');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(badge(second, 'young-people')).to.equal('Not known yet');
    await chooseStatus(second, 'young-people', 'missing');
    await until(() => conflictPanel(second, 'young-people'), 'the conflict panel');
  });
});
