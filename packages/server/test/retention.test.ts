/** The daily retention job (issue 16), with a clock the test controls. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRetention } from '../src/index.ts';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const handle = memoryDatabase();
const DAY = 86_400_000;

describe('retention', () => {
  it('after the period, unlinks participants and removes names and unanswered text, once a day across servers', async () => {
    const app = await handle.app();
    const board = slug('ret');
    const ladder = slug('ret-l');
    const author = uid();
    const unanswered = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: author, body: 'My street, my name', displayName: 'Ana' } })).body;
    const answered = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: author, body: 'Benches by the pond' } })).body;
    await call(app, 'PUT', `/v1/boards/${board}/posts/${answered.id}/supports/${uid()}`);
    await call(app, 'PUT', `/v1/boards/${board}/posts/${answered.id}/response`, { token: TOKEN, body: { status: 'done', message: 'Six benches' } });
    const rating = { id: uid(), participant: author, role: 'staff', now: 'informing', comment: 'A comment' };
    await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: rating });

    const today = new Date();
    assert.deepEqual(await runRetention(handle.db, today, { defaultDays: 30 }).then((r) => r && r.posts), 0, 'nothing is old yet');
    assert.equal(await runRetention(handle.db, today, { defaultDays: 30 }), undefined, 'a second server (or run) the same day does nothing');

    const later = new Date(today.getTime() + 31 * DAY);
    const [first, second] = await Promise.all([runRetention(handle.db, later, { defaultDays: 30 }), runRetention(handle.db, later, { defaultDays: 30 })]);
    assert.ok((first === undefined) !== (second === undefined), 'exactly one of two servers ran it');
    const result = (first ?? second)!;
    assert.ok(result.posts >= 2 && result.ratings >= 1 && result.supports >= 1);

    const posts = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items as Array<{ id: string; body: string; displayName: string | null; supportCount: number }>;
    const kept = posts.find((p) => p.id === answered.id)!;
    assert.equal(kept.body, 'Benches by the pond', 'the answered text stays: the answer needs it');
    assert.equal(kept.supportCount, 1, 'counts stay');
    const gone = posts.find((p) => p.id === unanswered.id)!;
    assert.equal(gone.body, 'Removed after the retention period.');
    assert.equal(gone.displayName, null);
    const access = (await call(app, 'GET', `/v1/participants/${author}`)).body;
    assert.deepEqual([access.posts, access.ratings], [[], []], 'nothing is linked to the participant any more');
    const summary = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`)).body;
    assert.equal(summary.total, 1, 'the rating still counts');
    assert.equal((await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: rating })).status, 410, 'a late replay stores nothing');
  });
});
