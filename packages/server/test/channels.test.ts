/**
 * Channels (issue 20, CONTRACT.md "Channels"): every post and rating says how it arrived. Residents'
 * writes are always `online`; staff (moderator or above) type up paper forms, calls, emails and
 * what was said at an event on someone's behalf, and the channel follows the post into the CSV,
 * the Atom feed and the staff figures.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Post, Rating } from '@copro/protocol';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();

async function staffToken(app: Awaited<ReturnType<typeof memory.app>>, name: string, role: 'viewer' | 'moderator' | 'admin') {
  const answer = await call(app, 'POST', '/v1/staff', { token: TOKEN, body: { name, role } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.token as string;
}

describe('channels', () => {
  it('a resident cannot set a channel: anything but online is refused (400) and nothing is stored', async () => {
    const app = await memory.app();
    const board = slug('channels');
    const id = uid();
    const refused = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id, participant: uid(), body: 'From paper, I say', channel: 'paper' } });
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'validation_failed');
    assert.deepEqual(refused.body.error.issues[0].path, ['channel']);
    const list = await call(app, 'GET', `/v1/boards/${board}/posts`);
    assert.equal(list.body.items.length, 0, 'nothing stored');

    const event = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'At an event', event: 'Pizza and Opinions' } });
    assert.equal(event.status, 400, 'an event name needs staff too');

    const plain = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Typed by me', channel: 'online' } });
    assert.equal(plain.status, 201, 'saying online is saying what is true');
    const post = Post.parse(plain.body);
    assert.equal(post.channel, 'online');
    assert.equal(post.event, null);
  });

  it('a moderator posts on someone’s behalf from a paper form; it is visible at once and audited as post.assisted', async () => {
    const app = await memory.app();
    const board = slug('paper');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'before', categories: [{ id: 'parks', label: 'Parks' }] } });
    const moderator = await staffToken(app, 'Mo Derator', 'moderator');
    const id = uid();
    const body = { id, participant: uid(), body: 'More benches in the park, please', category: 'parks', channel: 'paper' };
    const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const post = Post.parse(answer.body);
    assert.equal(post.channel, 'paper');
    assert.equal(post.visibility, 'visible', 'a moderator typed it: it needs no moderation');
    const replay = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body });
    assert.equal(replay.status, 200, 'the same entry sent twice is stored once');

    const list = await call(app, 'GET', `/v1/boards/${board}/posts`);
    assert.equal(list.body.items[0].channel, 'paper', 'readers get the channel');

    const audit = await call(app, 'GET', `/v1/audit?action=post.assisted`, { token: TOKEN });
    const entry = audit.body.items.find((item: { target: string }) => item.target.includes(id));
    assert.ok(entry, 'recorded in the audit trail');
    assert.equal(entry.staff, 'Mo Derator');
    assert.equal(entry.changes.channel, 'paper');
    assert.equal(JSON.stringify(audit.body).includes('benches'), false, 'never the words');

    const event = await call(app, 'POST', `/v1/boards/${board}/posts`, {
      token: moderator,
      body: { id: uid(), participant: uid(), body: 'Said at the youth club', channel: 'event', event: 'Pizza and Opinions' },
    });
    assert.equal(event.status, 201);
    assert.equal(event.body.event, 'Pizza and Opinions');

    const noChannel = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body: { id: uid(), participant: uid(), body: 'Which way?' } });
    assert.equal(noChannel.status, 400, 'staff say how it arrived');
    const online = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body: { id: uid(), participant: uid(), body: 'Hm', channel: 'online' } });
    assert.equal(online.status, 400, 'online is only what residents type themselves');
    const eventOnPhone = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body: { id: uid(), participant: uid(), body: 'Hm', channel: 'phone', event: 'A fair' } });
    assert.equal(eventOnPhone.status, 400, 'an event name goes with the event channel');
  });

  it('a viewer gets 403, a wrong token 401', async () => {
    const app = await memory.app();
    const board = slug('viewer');
    const viewer = await staffToken(app, 'Vi Ewer', 'viewer');
    const body = { id: uid(), participant: uid(), body: 'From the phone', channel: 'phone' };
    const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: viewer, body });
    assert.equal(answer.status, 403);
    assert.equal(answer.body.error.code, 'forbidden_role');
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/posts`, { token: 'not-a-token-at-all-not-a-token-at-all', body })).status, 401);
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items.length, 0);
  });

  it('the CSV, the feed and the staff figures carry the channel', async () => {
    const app = await memory.app();
    const board = slug('figures');
    const moderator = await staffToken(app, 'Fig Ures', 'moderator');
    const paper = uid();
    await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body: { id: paper, participant: uid(), body: 'Paper one', channel: 'paper' } });
    await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body: { id: uid(), participant: uid(), body: 'Paper two', channel: 'paper' } });
    await call(app, 'POST', `/v1/boards/${board}/posts`, { token: moderator, body: { id: uid(), participant: uid(), body: 'At the fair', channel: 'event', event: 'Spring fair' } });
    await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Typed online' } });
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${paper}/response`, { token: TOKEN, body: { status: 'heard', message: 'Thank you.' } })).status, 200);

    const csv = await call(app, 'GET', `/v1/boards/${board}/export.csv`, { token: moderator });
    const lines = String(csv.body).replace(/^\ufeff/, '').trim().split('\r\n');
    const header = lines[0].split(',');
    assert.ok(header.includes('channel') && header.includes('event'), lines[0]);
    const rows = lines.slice(1).map((line) => line.split(','));
    const channelOf = (words: string) => rows.find((row) => row.includes(words))?.[header.indexOf('channel')];
    assert.equal(channelOf('Paper one'), 'paper');
    assert.equal(channelOf('Typed online'), 'online');
    assert.equal(rows.find((row) => row.includes('At the fair'))?.[header.indexOf('event')], 'Spring fair');

    const feed = String((await call(app, 'GET', `/v1/boards/${board}/feed.atom`)).body);
    assert.match(feed, /<category scheme="urn:copro:channel" term="paper" label="From a paper form"\/>/);

    const figures = await call(app, 'GET', `/v1/boards/${board}/accountability`, { token: moderator });
    assert.deepEqual(figures.body.channels, { online: 1, paper: 2, event: 1, phone: 0, email: 0, other: 0 });
    assert.ok(Array.isArray(figures.body.newVoices), 'beside the new voices');
    const open = await call(app, 'GET', `/v1/boards/${board}/accountability`);
    assert.equal('channels' in open.body, false, 'staff only');
  });

  it('shows the channel to residents only when the board says so (showChannel, default false)', async () => {
    const app = await memory.app();
    const board = slug('show');
    assert.equal((await call(app, 'GET', `/v1/boards/${board}`)).body.showChannel, false);
    const changed = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { showChannel: true } });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.showChannel, true);
    assert.equal((await call(app, 'GET', `/v1/boards/${board}`)).body.showChannel, true);
  });

  it('a rating on someone’s behalf carries its channel; a resident cannot set one', async () => {
    const app = await memory.app();
    const ladder = slug('ladder');
    const moderator = await staffToken(app, 'La Dder', 'moderator');
    const rating = { id: uid(), participant: uid(), role: 'lived-experience', now: 'informing', channel: 'phone' };
    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: rating })).status, 400, 'not without staff');
    const answer = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { token: moderator, body: rating });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(Rating.parse(answer.body).channel, 'phone');
    const own = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role: 'lived-experience', now: 'informing' } });
    assert.equal(Rating.parse(own.body).channel, 'online');
    const audit = await call(app, 'GET', `/v1/audit?action=rating.assisted`, { token: TOKEN });
    assert.equal(audit.body.items.length, 1);
  });
});
