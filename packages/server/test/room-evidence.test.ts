/**
 * The evidence behind "who's in the room" (issue 19): staff tag a group of a room's checklist with
 * the channels and events its voices came through, and the staff room view shows how many posts
 * and ratings the team recorded from them, so "in the room" is backed by something. No personal
 * data: counts only, and a count of 1 to 4 is hidden.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoomEvidence, GroupEvidence } from '@copro/protocol';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();
type App = Awaited<ReturnType<typeof memory.app>>;

async function staffToken(app: App, name: string, role: 'viewer' | 'moderator' | 'admin') {
  const answer = await call(app, 'POST', '/v1/staff', { token: TOKEN, body: { name, role } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.token as string;
}

/** Types up `count` posts from `event` on `board`, as a moderator does from a stack of forms. */
async function typeUp(app: App, board: string, count: number, arrival: { channel: string; event?: string }) {
  for (let i = 0; i < count; i++) {
    const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: TOKEN, body: { id: uid(), participant: uid(), body: `Said at the event, number ${i + 1}`, ...arrival } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  }
}

async function rateUp(app: App, ladder: string, count: number, arrival: { channel: string; event?: string }) {
  for (let i = 0; i < count; i++) {
    const answer = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { token: TOKEN, body: { id: uid(), participant: uid(), role: 'lived-experience', now: 'informing', ...arrival } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  }
}

describe('room evidence', () => {
  it('counts the posts and ratings from the events a group is tagged with, whatever their case, and shows none for an untagged group', async () => {
    const app = await memory.app();
    const room = slug('evidence-room');
    const board = slug('evidence-board');
    const ladder = slug('evidence-ladder');
    const event = `Pizza and Opinions ${uid().slice(0, 8)}`;
    await typeUp(app, board, 6, { channel: 'event', event });
    await typeUp(app, board, 2, { channel: 'event', event: `Another night ${uid().slice(0, 8)}` });
    await rateUp(app, ladder, 5, { channel: 'event', event: event.toUpperCase() });
    await call(app, 'PUT', `/v1/rooms/${room}/groups/young-people`, { token: TOKEN, body: { status: 'present', note: '', revision: 0 } });

    const moderator = await staffToken(app, 'Evi Dence', 'moderator');
    const tagged = await call(app, 'PUT', `/v1/rooms/${room}/groups/young-people/evidence`, { token: moderator, body: { channels: [], events: [` ${event.toLowerCase()} `] } });
    assert.equal(tagged.status, 200, JSON.stringify(tagged.body));
    const group = GroupEvidence.parse(tagged.body);
    assert.deepEqual(group.sources.events, [event.toLowerCase()], 'the name as typed, trimmed');
    assert.equal(group.posts, 6);
    assert.equal(group.ratings, 5);
    assert.equal(group.status, 'present');

    const viewer = await staffToken(app, 'View Er', 'viewer');
    const read = await call(app, 'GET', `/v1/rooms/${room}/evidence`, { token: viewer });
    assert.equal(read.status, 200, JSON.stringify(read.body));
    const evidence = RoomEvidence.parse(read.body);
    assert.equal(evidence.threshold, 5);
    assert.equal(evidence.groups.length, 26, 'every group, in the checklist’s order');
    const young = evidence.groups.find((g) => g.group === 'young-people')!;
    assert.deepEqual([young.tagged, young.posts, young.ratings], [true, 6, 5]);
    const carers = evidence.groups.find((g) => g.group === 'carers')!;
    assert.deepEqual([carers.tagged, carers.posts, carers.ratings], [false, null, null], 'nothing tagged, nothing counted');
    assert.equal(JSON.stringify(read.body).includes('participant'), false, 'no participant ids');
  });

  it('hides a count of 1 to 4 (null), but shows none (0) and 5 or more', async () => {
    const app = await memory.app();
    const room = slug('small-counts');
    const board = slug('small-board');
    const few = `Coffee morning ${uid().slice(0, 8)}`;
    await typeUp(app, board, 4, { channel: 'event', event: few });
    const tag = (group: string, events: string[]) => call(app, 'PUT', `/v1/rooms/${room}/groups/${group}/evidence`, { token: TOKEN, body: { channels: [], events } });
    const four = GroupEvidence.parse((await tag('older-people', [few])).body);
    assert.equal(four.posts, null, 'four posts could point at four people: hidden');
    assert.equal(four.ratings, 0, 'none is shown: it picks out nobody');
    await typeUp(app, board, 1, { channel: 'event', event: few });
    const five = GroupEvidence.parse((await call(app, 'GET', `/v1/rooms/${room}/evidence`, { token: TOKEN })).body.groups.find((g: { group: string }) => g.group === 'older-people'));
    assert.equal(five.posts, 5);

    // A post hidden by a moderator (spam typed on the tablet) backs nothing.
    const posts = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items as { id: string }[];
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${posts[0].id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } })).status, 200);
    const hidden = GroupEvidence.parse((await call(app, 'GET', `/v1/rooms/${room}/evidence`, { token: TOKEN })).body.groups.find((g: { group: string }) => g.group === 'older-people'));
    assert.equal(hidden.posts, null, 'four visible posts: hidden again');
  });

  it('matches a Welsh event name whatever its case (Gŵyl / GŴYL)', async () => {
    const app = await memory.app();
    const room = slug('welsh-event');
    const board = slug('welsh-board');
    const name = `Gŵyl Haf ${uid().slice(0, 6)}`;
    await typeUp(app, board, 5, { channel: 'event', event: name });
    const tagged = GroupEvidence.parse((await call(app, 'PUT', `/v1/rooms/${room}/groups/welsh-speakers/evidence`, { token: TOKEN, body: { channels: [], events: [name.toLocaleUpperCase('cy')] } })).body);
    assert.equal(tagged.posts, 5);
  });

  it('counts by channel too (typed-up posts from the phone), and never online posts', async () => {
    const app = await memory.app();
    const room = slug('by-channel');
    const board = slug('channel-board');
    const before = GroupEvidence.parse((await call(app, 'PUT', `/v1/rooms/${room}/groups/offline/evidence`, { token: TOKEN, body: { channels: ['phone'], events: [] } })).body);
    await typeUp(app, board, 5, { channel: 'phone' });
    for (let i = 0; i < 5; i++) await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: `Online ${i}` } });
    const after = GroupEvidence.parse((await call(app, 'GET', `/v1/rooms/${room}/evidence`, { token: TOKEN })).body.groups.find((g: { group: string }) => g.group === 'offline'));
    assert.equal((after.posts ?? 0) - (before.posts ?? 0) >= 5, true, `five more phone posts: ${before.posts} then ${after.posts}`);
    const online = await call(app, 'PUT', `/v1/rooms/${room}/groups/offline/evidence`, { token: TOKEN, body: { channels: ['online'], events: [] } });
    assert.equal(online.status, 400, 'online is anyone: it backs no group');
  });

  it('needs staff: no token is 401, a viewer may read but not tag; an unknown group is 404; untagging empties it', async () => {
    const app = await memory.app();
    const room = slug('guarded');
    assert.equal((await call(app, 'GET', `/v1/rooms/${room}/evidence`)).status, 401);
    const viewer = await staffToken(app, 'Only Looks', 'viewer');
    assert.equal((await call(app, 'PUT', `/v1/rooms/${room}/groups/carers/evidence`, { token: viewer, body: { channels: ['paper'], events: [] } })).status, 403);
    assert.equal((await call(app, 'PUT', `/v1/rooms/${room}/groups/no-such-group/evidence`, { token: TOKEN, body: { channels: ['paper'], events: [] } })).status, 404);
    await call(app, 'PUT', `/v1/rooms/${room}/groups/carers/evidence`, { token: TOKEN, body: { channels: ['paper'], events: ['Carers’ café'] } });
    const cleared = GroupEvidence.parse((await call(app, 'PUT', `/v1/rooms/${room}/groups/carers/evidence`, { token: TOKEN, body: { channels: [], events: [] } })).body);
    assert.deepEqual([cleared.tagged, cleared.posts, cleared.sources.events], [false, null, []]);
    const audit = await call(app, 'GET', `/v1/audit?action=group.evidence`, { token: TOKEN });
    assert.equal(audit.body.items.length >= 2, true, 'tagging is audited');
  });
});
