/**
 * Kiosk links (issue 20, CONTRACT.md "Kiosk"): a shared tablet at an event. Staff make a link for a
 * board and an event; writes sent with its key are stored with `channel: "event"` and the event's
 * name. The key is stored only as a hash, expires, can be revoked, works for its own board only, and
 * can do nothing staff can do.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KioskLinkCreated, KioskLinkList, Post, Rating } from '@copro/protocol';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();
const DAY = 86_400_000;
const inDays = (days: number, from = Date.now()) => new Date(from + days * DAY).toISOString();

async function staffToken(app: Awaited<ReturnType<typeof memory.app>>, name: string, role: 'viewer' | 'moderator' | 'admin') {
  const answer = await call(app, 'POST', '/v1/staff', { token: TOKEN, body: { name, role } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.token as string;
}

async function kioskLink(app: Awaited<ReturnType<typeof memory.app>>, board: string, token: string, event = 'Pizza and Opinions', expiresAt = inDays(1)) {
  const answer = await call(app, 'POST', `/v1/boards/${board}/kiosk-links`, { token, body: { event, expiresAt } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return KioskLinkCreated.parse(answer.body);
}

describe('kiosk links', () => {
  it('a moderator makes one: the key is shown once, stored only as a hash, the url opens the kiosk page with the key in its fragment, and it is audited without the key', async () => {
    const app = await memory.app();
    const board = slug('kiosk');
    const moderator = await staffToken(app, 'Kay Oskar', 'moderator');
    const link = await kioskLink(app, board, moderator);
    assert.match(link.key, /^copro_kiosk_[\w-]{40,}$/);
    const url = new URL(link.url, 'http://localhost');
    assert.equal(url.pathname, `/kiosk/boards/${board}`);
    assert.equal(url.hash, `#copro-key=${link.key}`, 'the key travels in the fragment, which never reaches a server');

    const { rows } = await memory.db.query<Record<string, unknown>>('SELECT * FROM board_kiosk_links WHERE id = $1', [link.id]);
    assert.equal(rows.length, 1);
    assert.equal(JSON.stringify(rows[0]).includes(link.key), false, 'the key is nowhere in the row');
    assert.equal(rows[0].board_id, board);
    assert.equal(rows[0].event, 'Pizza and Opinions');

    const audit = await call(app, 'GET', `/v1/audit?action=board.kiosk-link.add`, { token: TOKEN });
    const entry = audit.body.items.find((item: { target: string }) => item.target.includes(link.id));
    assert.ok(entry, JSON.stringify(audit.body));
    assert.equal(entry.staff, 'Kay Oskar');
    assert.equal(entry.changes.event, 'Pizza and Opinions');
    assert.equal(JSON.stringify(audit.body).includes(link.key), false, 'never the key');

    const list = await call(app, 'GET', `/v1/boards/${board}/kiosk-links`, { token: moderator });
    assert.equal(list.status, 200, JSON.stringify(list.body));
    const items = KioskLinkList.parse(list.body).items;
    assert.deepEqual(items.map((item) => [item.id, item.event, item.expired, item.createdBy]), [[link.id, 'Pizza and Opinions', false, 'Kay Oskar']]);
    assert.equal(JSON.stringify(list.body).includes(link.key), false);
  });

  it('needs a moderator; refuses an expiry in the past or more than 31 days ahead', async () => {
    const app = await memory.app();
    const board = slug('kiosk-roles');
    const viewer = await staffToken(app, 'Vi Ewer', 'viewer');
    const body = { event: 'Fair', expiresAt: inDays(1) };
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/kiosk-links`, { body })).status, 401);
    const low = await call(app, 'POST', `/v1/boards/${board}/kiosk-links`, { token: viewer, body });
    assert.equal(low.status, 403);
    assert.equal(low.body.error.code, 'forbidden_role');
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/kiosk-links`, { token: viewer })).status, 403);
    const past = await call(app, 'POST', `/v1/boards/${board}/kiosk-links`, { token: TOKEN, body: { event: 'Fair', expiresAt: inDays(-1) } });
    assert.equal(past.status, 400, JSON.stringify(past.body));
    assert.deepEqual(past.body.error.issues[0].path, ['expiresAt']);
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/kiosk-links`, { token: TOKEN, body: { event: 'Fair', expiresAt: inDays(32) } })).status, 400);
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/kiosk-links`, { token: TOKEN, body: { event: '', expiresAt: inDays(1) } })).status, 400);
  });

  it('posts and supports sent with the key are stored with the event channel and the event’s name; posts still go through moderation', async () => {
    const app = await memory.app();
    const board = slug('kiosk-posts');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'before' } });
    const link = await kioskLink(app, board, TOKEN, 'Spring fair');
    const id = uid();
    const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: link.key, body: { id, participant: uid(), body: 'Said at the fair' } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const post = Post.parse(answer.body);
    assert.equal(post.channel, 'event');
    assert.equal(post.event, 'Spring fair');
    assert.equal(post.visibility, 'pending', 'anyone in the room can type on the tablet: moderation applies');

    const paper = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: link.key, body: { id: uid(), participant: uid(), body: 'Hm', channel: 'paper' } });
    assert.equal(paper.status, 400, 'a kiosk cannot choose another channel');
    const otherEvent = await call(app, 'POST', `/v1/boards/${board}/posts`, { token: link.key, body: { id: uid(), participant: uid(), body: 'Hm', event: 'Another' } });
    assert.equal(otherEvent.status, 400, 'nor another event');

    // A visible post to support.
    const visible = uid();
    await call(app, 'POST', `/v1/boards/${board}/posts`, { token: TOKEN, body: { id: visible, participant: uid(), body: 'From paper', channel: 'paper' } });
    const person = uid();
    const support = await call(app, 'PUT', `/v1/boards/${board}/posts/${visible}/support`, { token: link.key, headers: { 'copro-participant': person } });
    assert.equal(support.status, 200, JSON.stringify(support.body));
    assert.equal(support.body.supportCount, 1);
    const { rows } = await memory.db.query<{ channel: string; event: string }>('SELECT channel, event FROM supports WHERE post_id = $1', [visible]);
    assert.deepEqual(rows.map((row) => ({ ...row })), [{ channel: 'event', event: 'Spring fair' }]);
    const withdraw = await call(app, 'DELETE', `/v1/boards/${board}/posts/${visible}/support`, { token: link.key, headers: { 'copro-participant': person } });
    assert.equal(withdraw.status, 200);
    assert.equal(withdraw.body.supportCount, 0);

    const staffList = await call(app, 'GET', `/v1/boards/${board}/posts?visibility=pending`, { token: TOKEN });
    const stored = staffList.body.items.find((item: { id: string }) => item.id === id);
    assert.equal(stored.channel, 'event');
    assert.equal(stored.event, 'Spring fair');
    const figures = await call(app, 'GET', `/v1/boards/${board}/accountability`, { token: TOKEN });
    assert.equal(figures.body.channels.event, 1, 'it counts toward the event channel');
  });

  it('supports made on the tablet do not count toward the flag of supports from one address (the organisation’s own device at a named event); online ones still do', async () => {
    const app = await memory.app();
    const board = slug('kiosk-supports');
    const link = await kioskLink(app, board, TOKEN, 'Spring fair');
    const seed = async (body: string) => {
      const id = uid();
      await call(app, 'POST', `/v1/boards/${board}/posts`, { token: TOKEN, body: { id, participant: uid(), body, channel: 'paper' } });
      return id;
    };
    const onTablet = async (post: string) => {
      const support = await call(app, 'PUT', `/v1/boards/${board}/posts/${post}/support`, { token: link.key, headers: { 'copro-participant': uid() } });
      assert.equal(support.status, 200, JSON.stringify(support.body));
    };
    const online = async (post: string, ip: string) => assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${post}/supports/${uid()}`, { ip, peer: ip })).status, 200);
    const stall = await seed('A bench by the pond');
    for (let i = 0; i < 6; i++) await onTablet(stall);
    await online(stall, '198.51.100.7');
    const stuffed = await seed('Close the library');
    for (let i = 0; i < 6; i++) await onTablet(stuffed);
    for (let i = 0; i < 5; i++) await online(stuffed, '203.0.113.77');
    const spread = await seed('Longer opening hours');
    for (let i = 0; i < 6; i++) await onTablet(spread);
    for (let i = 0; i < 5; i++) await online(spread, `198.51.100.${20 + i}`);

    const items = (await call(app, 'GET', `/v1/boards/${board}/posts`, { token: TOKEN })).body.items as Array<{ id: string; supportCount: number; supportsFromOneAddress: boolean }>;
    const flagOf = (id: string) => items.find((each) => each.id === id)!;
    assert.equal(flagOf(stall).supportCount, 7);
    assert.equal(flagOf(stall).supportsFromOneAddress, false, 'six people at the stall and one online');
    assert.equal(flagOf(stuffed).supportCount, 11);
    assert.equal(flagOf(stuffed).supportsFromOneAddress, true, 'five online from one address, not hidden among the stall’s');
    assert.equal(flagOf(spread).supportsFromOneAddress, false, 'the stall’s six are not one address outweighing five online from five');
    const { rows } = await memory.db.query<{ source: string | null }>('SELECT source FROM supports WHERE post_id = $1', [stall]);
    assert.ok(rows.every((row) => row.source !== null), 'each keeps its network tag like any other support');
  });

  it('a kiosk key can do nothing staff can do, and works only for its own board', async () => {
    const app = await memory.app();
    const board = slug('kiosk-limits');
    const link = await kioskLink(app, board, TOKEN);
    const post = uid();
    await call(app, 'POST', `/v1/boards/${board}/posts`, { token: link.key, body: { id: post, participant: uid(), body: 'Mine' } });
    const key = { token: link.key };
    const refused = [
      await call(app, 'GET', `/v1/boards/${board}/posts?visibility=pending`, key),
      await call(app, 'GET', `/v1/boards/${board}/export.csv`, key),
      await call(app, 'GET', `/v1/boards/${board}/kiosk-links`, key),
      await call(app, 'POST', `/v1/boards/${board}/kiosk-links`, { ...key, body: { event: 'More', expiresAt: inDays(1) } }),
      await call(app, 'PUT', `/v1/boards/${board}/posts/${post}/visibility`, { ...key, body: { visibility: 'hidden' } }),
      await call(app, 'PUT', `/v1/boards/${board}/posts/${post}/response`, { ...key, body: { status: 'heard', message: 'Hi' } }),
      await call(app, 'GET', '/v1/staff/me', key),
    ];
    assert.deepEqual(refused.map((answer) => answer.status), refused.map(() => 401));
    const elsewhere = slug('kiosk-other');
    const other = await call(app, 'POST', `/v1/boards/${elsewhere}/posts`, { ...key, body: { id: uid(), participant: uid(), body: 'Elsewhere' } });
    assert.equal(other.status, 401, 'another board');
    assert.match(other.body.error.message, /kiosk link/i);
    assert.equal((await call(app, 'GET', `/v1/boards/${elsewhere}/posts`)).body.items.length, 0);
  });

  it('an expired, revoked or unknown key gets 401 with a plain message', async () => {
    let clock = Date.now();
    const app = await memory.app({ now: () => new Date(clock) });
    const board = slug('kiosk-expiry');
    const link = await kioskLink(app, board, TOKEN, 'Evening', inDays(1, clock));
    const write = (key: string) => call(app, 'POST', `/v1/boards/${board}/posts`, { token: key, body: { id: uid(), participant: uid(), body: 'Late words' } });
    assert.equal((await write(link.key)).status, 201);
    clock += 2 * DAY;
    const expired = await write(link.key);
    assert.equal(expired.status, 401);
    assert.equal(expired.body.error.code, 'unauthorized');
    assert.match(expired.body.error.message, /kiosk link .*expired/i);
    const listed = await call(app, 'GET', `/v1/boards/${board}/kiosk-links`, { token: TOKEN });
    assert.equal(listed.body.items[0].expired, true);

    const fresh = await kioskLink(app, board, TOKEN, 'Next day', inDays(1, clock));
    assert.equal((await write(fresh.key)).status, 201);
    const revoke = await call(app, 'DELETE', `/v1/boards/${board}/kiosk-links/${fresh.id}`, { token: TOKEN });
    assert.equal(revoke.status, 200);
    assert.deepEqual(revoke.body, { id: fresh.id, revoked: true });
    assert.equal((await write(fresh.key)).status, 401, 'revoked at once');
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/kiosk-links`, { token: TOKEN })).body.items.some((item: { id: string }) => item.id === fresh.id), false);
    assert.equal((await call(app, 'DELETE', `/v1/boards/${slug('other')}/kiosk-links/${link.id}`, { token: TOKEN })).status, 404, 'only from its own board');

    const unknown = await write('copro_kiosk_' + 'x'.repeat(43));
    assert.equal(unknown.status, 401);
    assert.match(unknown.body.error.message, /kiosk link/i);
  });

  it('a tablet still tapped after its link expired never locks the address out of staff sign-in; guessed keys do', async () => {
    let clock = Date.now();
    const app = await memory.app({ now: () => new Date(clock), signInFailures: 3 });
    const board = slug('kiosk-lockout');
    const link = await kioskLink(app, board, TOKEN, 'Fair', inDays(1, clock));
    clock += 2 * DAY;
    const write = (key: string) => call(app, 'POST', `/v1/boards/${board}/posts`, { token: key, body: { id: uid(), participant: uid(), body: 'Tapped after the fair' } });
    for (let i = 0; i < 6; i++) assert.equal((await write(link.key)).status, 401, `tap ${i + 1}: refused, not locked out`);
    assert.equal((await call(app, 'GET', '/v1/staff/me', { token: TOKEN })).status, 200, 'staff can still sign in from the venue');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await write('copro_kiosk_' + `${i}`.repeat(43))).status);
    assert.equal(statuses.at(-1), 429, `guessing is throttled: ${statuses.join(', ')}`);
  });

  it('the server serves the kiosk page for a board: full screen, the element in kiosk mode, the drop-in script, no key in the page', async () => {
    const app = await memory.app();
    const board = slug('kiosk-page');
    const page = await call(app, 'GET', `/kiosk/boards/${board}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const text = String(page.body);
    assert.match(text, new RegExp(`<copro-feedback-board[^>]* board="${board}"[^>]* kiosk`));
    assert.match(text, /<script type="module" src="\/copro\/copro\.js"><\/script>/);
    assert.match(text, /<meta name="copro-participant" content="session">/);
    // An icon of its own (empty, allowed by the page's img-src), so the tablet never asks for a
    // /favicon.ico the server does not have (a 404 in its console; Lighthouse counts it).
    assert.match(text, /<link rel="icon" href="data:,">/);
    assert.match(page.headers.get('content-security-policy') ?? '', /img-src 'self' data:/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.equal((await call(app, 'GET', '/kiosk/boards/Not%20a%20board')).status, 404);
  });
});

describe('kiosk links for a ladder', () => {
  const rating = (extra: Record<string, unknown> = {}) => ({ id: uid(), participant: uid(), role: 'lived-experience', now: 'informing', ...extra });

  it('a moderator makes one (audited, the key shown once); ratings sent with it are stored with the event channel and the event’s name', async () => {
    const app = await memory.app();
    const ladder = slug('kiosk-ladder');
    const moderator = await staffToken(app, 'Kay Oskar', 'moderator');
    const viewer = await staffToken(app, 'Vi Ewer', 'viewer');
    const body = { event: 'Pizza and Opinions', expiresAt: inDays(1) };
    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/kiosk-links`, { body })).status, 401);
    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/kiosk-links`, { token: viewer, body })).status, 403);
    const made = await call(app, 'POST', `/v1/ladders/${ladder}/kiosk-links`, { token: moderator, body });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const link = KioskLinkCreated.parse(made.body);
    assert.match(link.key, /^copro_kiosk_[\w-]{40,}$/);
    const url = new URL(link.url, 'http://localhost');
    assert.equal(url.pathname, `/kiosk/ladders/${ladder}`);
    assert.equal(url.hash, `#copro-key=${link.key}`);
    const audit = await call(app, 'GET', `/v1/audit?action=ladder.kiosk-link.add`, { token: TOKEN });
    const entry = audit.body.items.find((item: { target: string }) => item.target === `ladder:${ladder}/kiosk-link:${link.id}`);
    assert.ok(entry, JSON.stringify(audit.body));
    assert.equal(entry.changes.event, 'Pizza and Opinions');
    assert.equal(JSON.stringify(audit.body).includes(link.key), false, 'never the key');

    const answer = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { token: link.key, body: rating() });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const stored = Rating.parse(answer.body);
    assert.equal(stored.channel, 'event');
    assert.equal(stored.event, 'Pizza and Opinions');
    const other = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { token: link.key, body: rating({ channel: 'paper' }) });
    assert.equal(other.status, 400, 'a kiosk cannot choose another channel');

    const list = await call(app, 'GET', `/v1/ladders/${ladder}/kiosk-links`, { token: moderator });
    assert.deepEqual(KioskLinkList.parse(list.body).items.map((item) => [item.id, item.event]), [[link.id, 'Pizza and Opinions']]);
    assert.equal((await call(app, 'GET', `/v1/boards/${ladder}/kiosk-links`, { token: moderator })).body.items.length, 0, 'a board of the same name has none');
  });

  it('a ladder’s key works only for that ladder’s ratings: another ladder, a board, staff routes, expired or revoked get 401 in plain words', async () => {
    let clock = Date.now();
    const app = await memory.app({ now: () => new Date(clock) });
    const ladder = slug('kiosk-ladder-limits');
    const made = await call(app, 'POST', `/v1/ladders/${ladder}/kiosk-links`, { token: TOKEN, body: { event: 'Evening', expiresAt: inDays(1, clock) } });
    const link = KioskLinkCreated.parse(made.body);
    const key = { token: link.key };
    const elsewhere = await call(app, 'POST', `/v1/ladders/${slug('kiosk-ladder-other')}/ratings`, { ...key, body: rating() });
    assert.equal(elsewhere.status, 401, 'another ladder');
    assert.match(elsewhere.body.error.message, /kiosk link/i);
    const board = await call(app, 'POST', `/v1/boards/${ladder}/posts`, { ...key, body: { id: uid(), participant: uid(), body: 'A board of the same name' } });
    assert.equal(board.status, 401, 'a board, even one with the same name');
    const boardLink = await kioskLink(app, ladder, TOKEN);
    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { token: boardLink.key, body: rating() })).status, 401, 'a board’s key is not a ladder’s');
    assert.equal((await call(app, 'GET', `/v1/ladders/${ladder}/comments`, key)).status, 401);
    assert.equal((await call(app, 'GET', `/v1/ladders/${ladder}/kiosk-links`, key)).status, 401);

    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { ...key, body: rating() })).status, 201);
    clock += 2 * DAY;
    const expired = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { ...key, body: rating() });
    assert.equal(expired.status, 401);
    assert.match(expired.body.error.message, /kiosk link .*expired/i);
    const fresh = KioskLinkCreated.parse((await call(app, 'POST', `/v1/ladders/${ladder}/kiosk-links`, { token: TOKEN, body: { event: 'Next day', expiresAt: inDays(1, clock) } })).body);
    assert.equal((await call(app, 'DELETE', `/v1/ladders/${ladder}/kiosk-links/${fresh.id}`, { token: TOKEN })).status, 200);
    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { token: fresh.key, body: rating() })).status, 401, 'revoked at once');
    assert.equal((await call(app, 'DELETE', `/v1/boards/${ladder}/kiosk-links/${link.id}`, { token: TOKEN })).status, 404, 'a ladder’s link is not a board’s');
  });

  it('the server serves the kiosk page for a ladder', async () => {
    const app = await memory.app();
    const ladder = slug('kiosk-ladder-page');
    const page = await call(app, 'GET', `/kiosk/ladders/${ladder}`);
    assert.equal(page.status, 200);
    const text = String(page.body);
    assert.match(text, new RegExp(`<copro-ladder[^>]* ladder="${ladder}"[^>]* kiosk`));
    assert.match(text, /<meta name="copro-participant" content="session">/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.equal((await call(app, 'GET', '/kiosk/ladders/Not%20a%20ladder')).status, 404);
  });
});
