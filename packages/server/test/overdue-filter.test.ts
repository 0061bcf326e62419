/**
 * Staff find overdue promises: `?overdue=true` lists only posts whose `due` date has passed in the
 * board's time zone without a `done` or a "not doing", read against the clock the test moves.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PostPage } from '@copro/protocol';
import { dateInTimeZone } from '../src/store/promises.ts';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();
const DAY = 24 * 60 * 60 * 1000;

describe('the overdue filter', () => {
  it('lists only overdue promises, for staff over every visibility and for readers over visible posts', async () => {
    const start = Date.now();
    let current = new Date(start);
    const app = await memory.app({ now: () => current });
    const board = slug('overdue');
    const date = (days: number) => dateInTimeZone(new Date(start + days * DAY), 'Europe/London');
    const ids: Record<string, string> = {};
    for (const body of ['late', 'kept', 'later', 'hidden late', 'declined']) {
      const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body } });
      assert.equal(answer.status, 201);
      ids[body] = (answer.body as { id: string }).id;
    }
    const respond = async (id: string, body: Record<string, unknown>) =>
      assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${id}/response`, { token: TOKEN, body })).status, 200);
    await respond(ids.late, { status: 'planned', message: 'Soon.', due: date(2) });
    await respond(ids.kept, { status: 'planned', message: 'Soon.', due: date(2) });
    await respond(ids.kept, { status: 'done', message: 'Done.' });
    await respond(ids.later, { status: 'considering', message: 'We decide later.', due: date(30) });
    await respond(ids['hidden late'], { status: 'planned', message: 'Soon.', due: date(1) });
    await respond(ids.declined, { status: 'planned', message: 'Soon.', due: date(1) });
    await respond(ids.declined, { status: 'not-doing', message: 'No money.' });
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${ids['hidden late']}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } })).status, 200);

    const list = async (token?: string) => {
      const answer = await call(app, 'GET', `/v1/boards/${board}/posts?overdue=true&limit=50`, { token });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return PostPage.parse(answer.body).items.map((item) => item.body).sort();
    };
    assert.deepEqual(await list(TOKEN), [], 'nothing is overdue on the day');
    current = new Date(start + 2 * DAY);
    assert.deepEqual(await list(TOKEN), ['hidden late'], 'due yesterday: overdue today');
    current = new Date(start + 3 * DAY);
    assert.deepEqual(await list(TOKEN), ['hidden late', 'late']);
    assert.deepEqual(await list(), ['late'], 'readers see only visible posts');
    current = new Date(start + 40 * DAY);
    assert.deepEqual(await list(TOKEN), ['hidden late', 'late', 'later']);
    const all = PostPage.parse((await call(app, 'GET', `/v1/boards/${board}/posts?overdue=false&limit=50`, { token: TOKEN })).body);
    assert.equal(all.items.length, 5, 'overdue=false filters nothing');
  });
});

describe('new voices (staff only)', () => {
  it('counts, per month, the board’s posts and the endpoint’s ratings from people taking part for the first time', async () => {
    const app = await memory.app();
    const board = slug('voices');
    const other = slug('voices-other');
    const ladder = slug('voices-ladder');
    const [regular, newcomer, rater] = [uid(), uid(), uid()];
    const write = async (path: string, body: Record<string, unknown>) => assert.equal((await call(app, 'POST', path, { body })).status, 201);
    // A regular took part before, on another board: this month's posts by them are not new voices.
    await write(`/v1/boards/${other}/posts`, { id: uid(), participant: regular, body: 'An earlier idea' });
    await write(`/v1/boards/${board}/posts`, { id: uid(), participant: regular, body: 'Again' });
    await write(`/v1/boards/${board}/posts`, { id: uid(), participant: newcomer, body: 'First time here' });
    await write(`/v1/boards/${board}/posts`, { id: uid(), participant: newcomer, body: 'And again' });
    await write(`/v1/ladders/${ladder}/ratings`, { id: uid(), participant: rater, role: 'lived-experience', now: 'informing' });
    await write(`/v1/ladders/${ladder}/ratings`, { id: uid(), participant: regular, role: 'lived-experience', now: 'informing' });

    const open = (await call(app, 'GET', `/v1/boards/${board}/accountability`)).body as Record<string, unknown>;
    assert.equal('newVoices' in open, false, 'readers never see it');
    const answer = await call(app, 'GET', `/v1/boards/${board}/accountability`, { token: TOKEN });
    assert.equal(answer.status, 200);
    const months = (answer.body as { newVoices: unknown[] }).newVoices;
    const month = new Date().toISOString().slice(0, 7);
    // Everyone's first contribution fell this month (the regular's earlier post too), so all are new this month.
    assert.deepEqual(months, [{ month, posts: 3, firstTimePosts: 3, ratings: 2, firstTimeRatings: 2 }]);
    assert.equal(JSON.stringify(answer.body).includes(regular), false, 'no participant id in the answer');
  });
  it("the date in a time zone follows the instant and the zone asked, though it keeps each zone's last answer", () => {
    // 23:30 UTC on 31 December is already 1 January in Auckland and still 31 December in London.
    const evening = new Date('2026-12-31T23:30:00Z');
    const morning = new Date('2027-01-01T09:00:00Z');
    for (let round = 0; round < 2; round++) {
      assert.equal(dateInTimeZone(evening, 'Europe/London'), '2026-12-31');
      assert.equal(dateInTimeZone(evening, 'Pacific/Auckland'), '2027-01-01');
      assert.equal(dateInTimeZone(morning, 'Europe/London'), '2027-01-01');
      assert.equal(dateInTimeZone(new Date(evening.getTime()), 'Europe/London'), '2026-12-31');
    }
    assert.throws(() => dateInTimeZone(new Date(Number.NaN), 'Europe/London'), RangeError);
    assert.throws(() => dateInTimeZone(evening, 'Not/A_Zone'), RangeError);
  });
});
