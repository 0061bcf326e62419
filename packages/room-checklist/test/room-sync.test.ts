import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MemoryOutboxStore, outboxFor, type CoproRequestError } from '@copro/core';
import type { Group, UpdateGroup } from '@copro/protocol';
import { RoomSync, type GroupEntry } from '../src/room-sync.ts';
import { fakeEndpoint, json, networkFailure, type FakeEndpoint, type FakeRequest } from '../../../test/support/fake-endpoint.ts';
import { until } from '../../../test/support/index.ts';

// Unit tests of RoomSync's state machine (late writes, acknowledgements, conflicts): an in-memory
// outbox store and a fake endpoint, so each step is under the test's control. The end-to-end
// tests of the same behaviour (room-conflict.test.ts) run against the real server.

class SyncHost extends LitElement {
  readonly seen: string[] = [];
  readonly sync = new RoomSync(this, {
    changed: (entry: GroupEntry, how) => this.seen.push(`${how} ${entry.group.id}`),
    conflict: (entry) => this.seen.push(`conflict ${entry.group.id} theirs=${entry.conflict?.theirs.note}`),
    queued: (entry) => this.seen.push(`queued ${entry.group.id}`),
    failed: (error: CoproRequestError) => this.seen.push(`failed ${error.status}`),
  });
}
customElements.define('room-sync-host', SyncHost);

/** A room on the fake endpoint: revisions and 409s as the reference server answers them. */
class FakeRoom {
  readonly groups = new Map<string, Group>();
  /** The next writes are stored, then their answer is lost (a dropped connection). */
  dropAnswers = 0;
  constructor(readonly id: string) {
    this.groups.set('carers', { id: 'carers', label: 'Carers', hint: '', status: 'unknown', note: '', revision: 0, updatedAt: new Date(0).toISOString(), standard: false });
  }
  /** Someone else saves the group. */
  otherSaves(id: string, values: Pick<Group, 'status' | 'note'>): void {
    const current = this.groups.get(id)!;
    this.groups.set(id, { ...current, ...values, revision: current.revision + 1 });
  }
  readonly handle = (request: FakeRequest): Response => {
    const match = /^\/v1\/rooms\/([^/]+)(?:\/groups\/([^/]+))?$/.exec(request.path);
    if (!match || match[1] !== this.id) return json(404, { error: { code: 'not_found', message: 'No such room.' } });
    if (request.method === 'GET') return json(200, { id: this.id, title: 'Aldermoor youth fund', groups: [...this.groups.values()] });
    const current = this.groups.get(match[2])!;
    const body = request.body as UpdateGroup;
    if (body.revision !== current.revision) {
      if (body.status === current.status && body.note === current.note) return json(200, current); // an equal retry
      return json(409, { error: { code: 'conflict', message: 'Someone else changed it.' }, current });
    }
    const stored = { ...current, status: body.status, note: body.note ?? '', revision: current.revision + 1 };
    this.groups.set(current.id, stored);
    if (this.dropAnswers > 0) {
      this.dropAnswers -= 1;
      networkFailure();
    }
    return json(200, stored);
  };
}

describe('RoomSync (unit: in-memory outbox, fake endpoint)', () => {
  let fake: FakeEndpoint | undefined;
  afterEach(() => {
    if (fake) outboxFor(fake.endpoint).close();
    fake?.restore();
    fake = undefined;
  });

  async function setUp() {
    const room = new FakeRoom('aldermoor');
    fake = fakeEndpoint(room.handle);
    // No automatic retry during a test: each send is the test's own step.
    outboxFor(fake.endpoint, { store: new MemoryOutboxStore(), baseDelayMs: 60000, timeoutMs: 2000 });
    const host = await fixture<SyncHost>(html`<room-sync-host></room-sync-host>`);
    await host.sync.load(fake.endpoint, room.id);
    return { room, host, puts: () => fake!.requests.filter((request) => request.method === 'PUT').map((request) => request.body as UpdateGroup) };
  }

  it('an edit made before the answer to an earlier one came back, refused 409 because that earlier one was stored, is sent again on top of it: no conflict shown', async () => {
    const { room, host, puts } = await setUp();
    room.dropAnswers = 1;
    await host.sync.save('carers', { status: 'present', note: '' }); // stored, answer lost: queued
    expect(host.seen).to.deep.equal(['queued carers']);
    expect(room.groups.get('carers')!.revision).to.equal(1);
    await host.sync.save('carers', { status: 'present', note: 'Two evenings' }); // from revision 0: 409 with our own late write
    await until(() => room.groups.get('carers')!.note === 'Two evenings', 'the later edit to be stored on top');
    await until(() => host.seen.includes('saved carers'), 'the later edit to be acknowledged');
    expect(host.seen.some((seen) => seen.startsWith('conflict'))).to.equal(false);
    expect(room.groups.get('carers')).to.include({ status: 'present', note: 'Two evenings', revision: 2 });
    expect(puts().map((put) => put.revision)).to.deep.equal([0, 0, 1]);
    expect(host.sync.entries.get('carers')!.shown).to.deep.equal({ status: 'present', note: 'Two evenings' });
  });

  it('an edit made while an earlier one of the group is on its way shows from the moment it is made: the earlier answer never shows its older values', async () => {
    const { room, host, puts } = await setUp();
    const entry = () => host.sync.entries.get('carers')!;
    const first = host.sync.save('carers', { status: 'invited', note: '' });
    const second = host.sync.save('carers', { status: 'present', note: '' }); // chosen before the first answer came back
    expect(entry().shown.status).to.equal('present');
    await first;
    expect(entry().shown.status).to.equal('present', 'once the first edit is answered');
    await second;
    await until(() => host.seen.includes('saved carers'), 'the later edit acknowledged');
    expect(entry().shown.status).to.equal('present');
    expect(host.seen).to.deep.equal(['saved carers'], 'one edit saved, the latest: the earlier answer is not announced as this person\'s save');
    expect(puts().map((put) => [put.status, put.revision])).to.deep.equal([['invited', 0], ['present', 1]]);
    expect(room.groups.get('carers')).to.include({ status: 'present', revision: 2 });
  });

  it('an edit queued behind one on its way goes to its own room, even when the checklist has moved to another room meanwhile', async () => {
    const first = new FakeRoom('aldermoor');
    const second = new FakeRoom('brixton'); // the same default group ids
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fake = fakeEndpoint(async (request) => {
      const room = request.path.startsWith('/v1/rooms/brixton') ? second : first;
      if (request.method === 'PUT' && room === first) await held; // the first room's answers are slow
      return room.handle(request);
    });
    outboxFor(fake.endpoint, { store: new MemoryOutboxStore(), baseDelayMs: 60000, timeoutMs: 5000 });
    const host = await fixture<SyncHost>(html`<room-sync-host></room-sync-host>`);
    await host.sync.load(fake.endpoint, first.id);
    void host.sync.save('carers', { status: 'invited', note: '' }); // on its way
    const queued = host.sync.save('carers', { status: 'present', note: 'Two evenings' }); // waits behind it
    await until(() => fake!.requests.some((request) => request.method === 'PUT'), 'the first edit sent');
    await host.sync.load(fake.endpoint, second.id); // the checklist now shows another room
    release();
    await queued;
    const puts = fake.requests.filter((request) => request.method === 'PUT').map((request) => request.path);
    expect(puts).to.deep.equal(['/v1/rooms/aldermoor/groups/carers', '/v1/rooms/aldermoor/groups/carers']);
    expect(second.groups.get('carers')!.revision).to.equal(0, 'nothing written to the other room');
  });

  it('a 409 whose current version is someone else’s shows a conflict and overwrites nothing', async () => {
    const { room, host } = await setUp();
    room.otherSaves('carers', { status: 'invited', note: 'Priya asked them' });
    await host.sync.save('carers', { status: 'present', note: 'Tom will go' });
    await until(() => host.seen.some((seen) => seen.startsWith('conflict')), 'the conflict');
    expect(host.seen).to.deep.equal(['conflict carers theirs=Priya asked them']);
    expect(room.groups.get('carers')).to.include({ note: 'Priya asked them', revision: 1 });
    const entry = host.sync.entries.get('carers')!;
    expect(entry.conflict?.mine).to.deep.equal({ status: 'present', note: 'Tom will go' });
    expect(entry.group.revision).to.equal(1);
  });

  it('once acknowledged, our value saved again by someone else is theirs: a conflict, not our late write', async () => {
    const { room, host } = await setUp();
    await host.sync.save('carers', { status: 'missing', note: '' });
    await until(() => host.seen.includes('saved carers'), 'the edit acknowledged');
    room.otherSaves('carers', { status: 'invited', note: '' });
    room.otherSaves('carers', { status: 'missing', note: '' }); // the value we sent, now theirs at revision 3
    await host.sync.save('carers', { status: 'present', note: 'Interfaith forum' });
    await until(() => host.seen.some((seen) => seen.startsWith('conflict')), 'the conflict');
    expect(room.groups.get('carers')).to.include({ status: 'missing', revision: 3 });
  });

  it('an unanswered write of ours counts as the current version only when it sits right on the revision it was made from', async () => {
    const { room, host } = await setUp();
    room.dropAnswers = 1;
    await host.sync.save('carers', { status: 'missing', note: '' }); // stored at revision 1, answer lost
    room.otherSaves('carers', { status: 'invited', note: '' });
    room.otherSaves('carers', { status: 'missing', note: '' }); // equal to ours, but at revision 3: someone else's
    await host.sync.save('carers', { status: 'present', note: 'Mine' });
    await until(() => host.seen.some((seen) => seen.startsWith('conflict')), 'the conflict');
    expect(room.groups.get('carers')).to.include({ status: 'missing', revision: 3 });
  });

  it('keeping mine after a conflict saves it from the current revision; taking theirs drops my refused write from the outbox', async () => {
    const { room, host } = await setUp();
    room.otherSaves('carers', { status: 'invited', note: 'Theirs' });
    await host.sync.save('carers', { status: 'present', note: 'Mine' });
    await until(() => host.sync.entries.get('carers')!.conflict, 'the conflict');
    await host.sync.keepMine('carers');
    await until(() => room.groups.get('carers')!.note === 'Mine', 'mine to be stored');
    expect(room.groups.get('carers')!.revision).to.equal(2);

    room.otherSaves('carers', { status: 'missing', note: 'Theirs again' });
    await host.sync.save('carers', { status: 'present', note: 'Mine again' });
    await until(() => host.sync.entries.get('carers')!.conflict, 'the second conflict');
    const refused = host.sync.entries.get('carers')!.conflict!.writeId;
    expect((await outboxFor(fake!.endpoint).pending()).map((write) => write.id)).to.deep.equal([refused]);
    await host.sync.takeTheirs('carers');
    expect(await outboxFor(fake!.endpoint).pending()).to.deep.equal([]);
    expect(host.sync.entries.get('carers')!.shown).to.deep.equal({ status: 'missing', note: 'Theirs again' });
    expect(host.seen.at(-1)).to.equal('taken carers');
  });
});
