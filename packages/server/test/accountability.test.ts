/**
 * "Do what you said you would do": dated promises, the answer's history, overdue in the board's
 * time zone, the public record (`/accountability`), closing dates and each post's feed. Through
 * the real app on PGlite, with a clock the test moves (posts are created at the real time, so the
 * clock starts there and moves forward in days).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Accountability, Board, Post, PostPage } from '@copro/protocol';
import { dateInTimeZone } from '../src/store/promises.ts';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();
const DAY = 24 * 60 * 60 * 1000;

/** An app whose clock the test sets: `at(days)` moves it to that many days after the start. */
async function clockedApp() {
  const start = Date.now();
  let current = new Date(start);
  const app = await memory.app({ now: () => current });
  return {
    app,
    at(days: number) {
      current = new Date(start + days * DAY);
    },
    /** The London date `days` after the start, as a `due` value. */
    date: (days: number) => dateInTimeZone(new Date(start + days * DAY), 'Europe/London'),
  };
}
type Clocked = Awaited<ReturnType<typeof clockedApp>>;

async function post(app: Clocked['app'], board: string, body: string) {
  const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return Post.parse(answer.body);
}

async function respond(app: Clocked['app'], board: string, postId: string, body: Record<string, unknown>) {
  const answer = await call(app, 'PUT', `/v1/boards/${board}/posts/${postId}/response`, { token: TOKEN, body });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return Post.parse(answer.body);
}

async function readPost(app: Clocked['app'], board: string, postId: string) {
  const page = PostPage.parse((await call(app, 'GET', `/v1/boards/${board}/posts?limit=50`)).body);
  const found = page.items.find((item) => item.id === postId);
  assert.ok(found, 'the post is listed');
  return found;
}

describe('promises with dates and their history', () => {
  it('keeps every answer and update, carries the due date forward, and is overdue only until a new date or done', async () => {
    const { app, at, date } = await clockedApp();
    const board = slug('promises');
    const idea = await post(app, board, 'Fix the lights in the park');

    at(1);
    const planned = await respond(app, board, idea.id, { status: 'planned', message: 'We will fix them.', due: date(10) });
    assert.equal(planned.response?.due, date(10));
    assert.equal(planned.response?.overdue, false);
    assert.deepEqual(
      planned.response?.history.map(({ status, message, due, role }) => ({ status, message, due, role })),
      [{ status: 'planned', message: 'We will fix them.', due: date(10), role: 'admin' }],
    );

    at(3);
    const update = await respond(app, board, idea.id, { status: 'planned', message: 'The contractor is booked.' });
    assert.equal(update.response?.due, date(10), 'an update without a date keeps the one in force');
    assert.equal(update.response?.history.length, 2);

    at(10);
    assert.equal((await readPost(app, board, idea.id)).response?.overdue, false, 'not overdue on the day itself');
    at(11);
    assert.equal((await readPost(app, board, idea.id)).response?.overdue, true, 'overdue the day after');

    const words = await respond(app, board, idea.id, { status: 'planned', message: 'Still waiting for parts.' });
    assert.equal(words.response?.overdue, true, 'an update with no new date does not clear overdue');

    const newDate = await respond(app, board, idea.id, { status: 'planned', message: 'Parts arrive next week.', due: date(20) });
    assert.equal(newDate.response?.overdue, false, 'a new date clears it');

    at(25);
    assert.equal((await readPost(app, board, idea.id)).response?.overdue, true);
    const done = await respond(app, board, idea.id, { status: 'done', message: 'The lights are fixed.' });
    assert.equal(done.response?.overdue, false);
    assert.equal(done.response?.due, date(20), 'done keeps the date, so "late" can be read');
    const history = done.response!.history;
    assert.deepEqual(history.map((entry) => entry.status), ['planned', 'planned', 'planned', 'planned', 'done']);
    assert.deepEqual(history.map((entry) => entry.message), [
      'We will fix them.',
      'The contractor is booked.',
      'Still waiting for parts.',
      'Parts arrive next week.',
      'The lights are fixed.',
    ]);
    assert.equal(history[0].at, planned.response?.respondedAt);
    assert.ok(history.every((entry, index) => index === 0 || entry.at >= history[index - 1].at), 'oldest first');
  });

  it('reads overdue in the board’s time zone', async () => {
    const { app } = await clockedApp();
    const board = slug('zones');
    // Noon UTC is already tomorrow in Auckland (UTC+12 or +13) but still today in London.
    const noon = new Date();
    noon.setUTCHours(12, 0, 0, 0);
    const today = noon.toISOString().slice(0, 10);
    const zoned = await memory.app({ now: () => noon });
    const idea = await post(app, board, 'A bench by the bus stop');
    await respond(zoned, board, idea.id, { status: 'planned', message: 'Ordered.', due: today });
    assert.equal((await readPost(zoned, board, idea.id)).response?.overdue, false, 'London: due today');
    const set = await call(zoned, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { timeZone: 'Pacific/Auckland' } });
    assert.equal(Board.parse(set.body).timeZone, 'Pacific/Auckland');
    assert.equal((await readPost(zoned, board, idea.id)).response?.overdue, true, 'Auckland: the date has passed');
  });

  it('refuses a date with an answer that cannot carry one, a date that is not a date, and an unknown time zone', async () => {
    const { app, date } = await clockedApp();
    const board = slug('dates');
    const idea = await post(app, board, 'More bins');
    const bad = async (body: Record<string, unknown>) =>
      (await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/response`, { token: TOKEN, body })).status;
    assert.equal(await bad({ status: 'heard', message: '', due: date(3) }), 400);
    assert.equal(await bad({ status: 'done', message: 'Done', due: date(3) }), 400);
    assert.equal(await bad({ status: 'planned', message: '', due: '31/01/2027' }), 400);
    assert.equal(await bad({ status: 'planned', message: '', due: '2027-02-30' }), 400);
    assert.equal((await respond(app, board, idea.id, { status: 'considering', message: 'We decide by then.', due: date(3) })).response?.due, date(3));
    const zone = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { timeZone: 'Mars/Olympus' } });
    assert.equal(zone.status, 400);
  });
});

describe('the public record', () => {
  it('counts answered and waiting, the median days to a first answer, and promises kept on time, late, overdue and open', async () => {
    const { app, at, date } = await clockedApp();
    const board = slug('record');
    const kept = await post(app, board, 'Longer library hours');
    const late = await post(app, board, 'A crossing by the school');
    const overdue = await post(app, board, 'Repaint the youth club');
    const open = await post(app, board, 'Free swimming on Sundays');
    await post(app, board, 'Still waiting for an answer');
    const hidden = await post(app, board, 'Hidden, so not counted');
    await call(app, 'PUT', `/v1/boards/${board}/posts/${hidden.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });

    const empty = Accountability.parse((await call(app, 'GET', `/v1/boards/${board}/accountability`)).body);
    assert.deepEqual(empty, { answered: 0, waiting: 5, medianDaysToFirstAnswer: null, promises: { onTime: 0, late: 0, overdue: 0, open: 0 }, latest: [], erasedAnswered: 0 });

    at(1);
    await respond(app, board, hidden.id, { status: 'done', message: 'Hidden answers are not counted.' });
    at(2);
    await respond(app, board, kept.id, { status: 'planned', message: 'From March.', due: date(10) });
    at(4);
    await respond(app, board, late.id, { status: 'planned', message: 'Next week.', due: date(5) });
    at(5);
    await respond(app, board, kept.id, { status: 'done', message: 'Open until 8pm now.' });
    at(6);
    await respond(app, board, overdue.id, { status: 'planned', message: 'In the summer.', due: date(7) });
    at(8);
    await respond(app, board, open.id, { status: 'considering', message: 'We decide this month.', due: date(30) });
    at(9);
    await respond(app, board, late.id, { status: 'done', message: 'The crossing is in.' });
    at(12);

    const answer = await call(app, 'GET', `/v1/boards/${board}/accountability`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const record = Accountability.parse(answer.body);
    assert.equal(record.answered, 4);
    assert.equal(record.waiting, 1);
    assert.equal(record.medianDaysToFirstAnswer, 5, 'first answers after 2, 4, 6 and 8 days');
    assert.deepEqual(record.promises, { onTime: 1, late: 1, overdue: 1, open: 1 });
    assert.deepEqual(record.latest.map((pair) => pair.body), [
      'A crossing by the school',
      'Free swimming on Sundays',
      'Repaint the youth club',
      'Longer library hours',
    ]);
    assert.equal(record.latest[0].response.message, 'The crossing is in.');
    assert.equal(record.latest[2].response.overdue, true);

    at(40);
    const later = Accountability.parse((await call(app, 'GET', `/v1/boards/${board}/accountability`)).body);
    assert.deepEqual(later.promises, { onTime: 1, late: 1, overdue: 2, open: 0 }, 'the open promise is now overdue');
  });
});

describe('erasure leaves a mark in the record', () => {
  it('counts answered posts erased at their authors’ request (never what they said); unanswered or hidden ones are not counted', async () => {
    const { app } = await clockedApp();
    const board = slug('erased');
    const participant = uid();
    const write = async (body: string) => {
      const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant, body } });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return Post.parse(answer.body);
    };
    const answered = await write('A bench by the pond, please');
    await respond(app, board, answered.id, { status: 'planned', message: 'Ordered for the spring.' });
    await write('Not answered yet');
    const hidden = await write('Answered, then hidden');
    await respond(app, board, hidden.id, { status: 'heard', message: 'Thank you.' });
    await call(app, 'PUT', `/v1/boards/${board}/posts/${hidden.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });
    const other = await post(app, board, 'Someone else’s idea');
    await respond(app, board, other.id, { status: 'done', message: 'Done.' });

    const before = Accountability.parse((await call(app, 'GET', `/v1/boards/${board}/accountability`)).body);
    assert.equal(before.answered, 2);
    assert.equal(before.erasedAnswered, 0);
    assert.equal((await call(app, 'DELETE', `/v1/participants/${participant}`)).status, 200);

    const after = Accountability.parse((await call(app, 'GET', `/v1/boards/${board}/accountability`)).body);
    assert.equal(after.answered, 1);
    assert.equal(after.erasedAnswered, 1, 'the answered, visible post erased');
    assert.ok(!JSON.stringify(after).includes('bench by the pond') && !JSON.stringify(after).includes('Ordered for the spring'), 'nothing of what it said');
  });
});

describe('a closing date', () => {
  it('takes no new posts or supports after it, says so, and keeps showing answers', async () => {
    const { app, at } = await clockedApp();
    const board = slug('closing');
    const closesAt = new Date(Date.now() + 1 * DAY).toISOString();
    const set = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { closesAt } });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.equal(Date.parse(Board.parse(set.body).closesAt!), Date.parse(closesAt));
    const idea = await post(app, board, 'Before the closing date');
    await respond(app, board, idea.id, { status: 'heard', message: 'Thank you.' });
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/supports/${uid()}`)).status, 200);
    assert.equal(Board.parse((await call(app, 'GET', `/v1/boards/${board}`)).body).open, true);

    at(2);
    const read = Board.parse((await call(app, 'GET', `/v1/boards/${board}`)).body);
    assert.equal(read.open, false, 'the board says it is closed');
    const refused = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'After the closing date' } });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'closed');
    assert.match(refused.body.error.message, /closed/);
    const support = await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/supports/${uid()}`);
    assert.equal(support.status, 409);
    assert.equal(support.body.error.code, 'closed');
    const listed = await readPost(app, board, idea.id);
    assert.equal(listed.response?.message, 'Thank you.', 'answers are still shown');
    assert.equal(listed.supportCount, 1);

    const reopened = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { closesAt: null } });
    assert.equal(Board.parse(reopened.body).open, true, 'removing the date reopens the board');
  });
});

describe('a post’s own feed', () => {
  it('carries every answer and update, newest first, and only for a visible post', async () => {
    const { app, at, date } = await clockedApp();
    const board = slug('post-feed');
    const idea = await post(app, board, 'A skate park & a <ramp>');
    at(1);
    await respond(app, board, idea.id, { status: 'planned', message: 'We will build it.', due: date(30) });
    at(2);
    await respond(app, board, idea.id, { status: 'planned', message: 'Plans are drawn.' });
    const feed = await call(app, 'GET', `/v1/boards/${board}/posts/${idea.id}/feed.atom`);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /application\/atom\+xml/);
    const text = String(feed.body);
    assert.equal(text.match(/<entry>/g)?.length, 2);
    assert.ok(text.indexOf('Plans are drawn.') < text.indexOf('We will build it.'), 'newest first');
    assert.match(text, /A skate park &amp; a &lt;ramp&gt;/);
    assert.match(text, new RegExp(`Due by: ${date(30)}`));
    const welsh = String((await call(app, 'GET', `/v1/boards/${board}/posts/${idea.id}/feed.atom?lang=cy`)).body);
    assert.match(welsh, /xml:lang="cy"/);

    await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts/${idea.id}/feed.atom`)).status, 404);
  });
});
