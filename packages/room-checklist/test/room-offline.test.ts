import { expect } from '@open-wc/testing';
import { outboxFor } from '@copro/core';
import { flakyEndpoint, freshId, serverDown, serverUp, until } from '../../../test/support/index.ts';
import { card, checklist, chooseStatus, noteField, statusSelect, writeNote, stored } from './helpers.ts';

async function waitingFor(room: string) {
  return (await outboxFor(flakyEndpoint()).pending('group')).filter((write) => (write.meta as { room?: string }).room === room);
}

describe('<copro-room-checklist>: offline', () => {
  afterEach(async () => {
    await serverUp()
  });

  it('keeps edits made while the endpoint is down, only the latest per group, and stores them once when it is back', async () => {
    const room = freshId('room');
    const element = await checklist(room, { endpoint: flakyEndpoint() });
    await serverDown()
    await chooseStatus(element, 'offline', 'invited');
    await writeNote(element, 'offline', 'Paper forms at the library.');
    await chooseStatus(element, 'rural', 'missing');
    await until(() => card(element, 'offline').textContent!.includes('Saved on this device.'), 'the queued message')
    const waiting = await waitingFor(room);
    expect(waiting.map((write) => (write.meta as { group: string }).group).sort()).to.deep.equal(['offline', 'rural']);
    expect(waiting.find((write) => (write.meta as { group: string }).group === 'offline')!.body).to.deep.equal({
      status: 'invited',
      note: 'Paper forms at the library.',
      revision: 0,
    });
    expect((await stored(room, 'offline')).revision).to.equal(0);
    expect(statusSelect(element, 'offline').value).to.equal('invited'); // the person still sees what they did

    await serverUp()
    window.dispatchEvent(new Event('online'));
    await until(async () => (await waitingFor(room)).length === 0, 'the outbox to empty');
    expect(await stored(room, 'offline')).to.include({ status: 'invited', note: 'Paper forms at the library.', revision: 1 });
    expect(await stored(room, 'rural')).to.include({ status: 'missing', revision: 1 });
    await until(() => card(element, 'offline').textContent!.includes('Saved.'), 'the saved message');
  });

  it('sends an edit left by a page that went away, and a new page shows it', async () => {
    const room = freshId('room');
    const before = await checklist(room, { endpoint: flakyEndpoint() });
    await serverDown()
    await writeNote(before, 'justice', 'Ask the probation service.');
    await until(async () => (await waitingFor(room)).length === 1, 'the edit to wait in the outbox');
    // The page goes away while the endpoint is down: its outbox stops, as unloading stops it.
    before.parentElement!.remove();
    outboxFor(flakyEndpoint()).close();
    await serverUp()
    const after = await checklist(room, { endpoint: flakyEndpoint() });
    expect(noteField(after, 'justice').value).to.equal('Ask the probation service.');
    window.dispatchEvent(new Event('online'));
    await until(async () => (await stored(room, 'justice')).note === 'Ask the probation service.', 'the edit to be stored');
    expect((await stored(room, 'justice')).revision).to.equal(1);
    await until(async () => (await waitingFor(room)).length === 0, 'the outbox to empty');
  });
});
