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

  it('honours each board, room and ladder its own period, and the clarity and audit settings (PUT /v1/settings)', async () => {
    const app = await handle.app();
    const start = new Date(Date.now() + 100 * DAY); // a day no other test has claimed
    const [shortBoard, longBoard, room, ladder] = [slug('ret-sb'), slug('ret-lb'), slug('ret-r'), slug('ret-ll')];
    const participant = uid();
    const put = (path: string, body: unknown) => call(app, 'PUT', path, { token: TOKEN, body });
    assert.equal((await put(`/v1/boards/${shortBoard}`, { retentionDays: 10 })).body.retentionDays, 10, 'the board answers its period');
    await put(`/v1/boards/${longBoard}`, { retentionDays: 200 });
    assert.equal((await call(app, 'GET', `/v1/boards/${shortBoard}`)).body.retentionDays, 10);
    assert.equal((await put(`/v1/rooms/${room}`, { retentionDays: 10 })).body.retentionDays, 10);
    assert.equal((await put(`/v1/ladders/${ladder}`, { retentionDays: 10 })).body.retentionDays, 10);
    assert.equal((await put(`/v1/boards/${longBoard}`, { retentionDays: 0 })).status, 400, 'a period is at least a day');
    const settings = await put('/v1/settings', { clarityRetentionDays: 10 });
    assert.deepEqual(settings.body, { retentionDays: 730, clarityRetentionDays: 10, auditRetentionDays: null });
    assert.equal((await call(app, 'GET', '/v1/settings', { token: TOKEN })).body.clarityRetentionDays, 10);

    const short = (await call(app, 'POST', `/v1/boards/${shortBoard}/posts`, { body: { id: uid(), participant, body: 'Short-lived words', displayName: 'Bo' } })).body;
    const long = (await call(app, 'POST', `/v1/boards/${longBoard}/posts`, { body: { id: uid(), participant, body: 'Long-lived words', displayName: 'Bo' } })).body;
    const group = (await call(app, 'GET', `/v1/rooms/${room}`)).body.groups[0];
    await call(app, 'PUT', `/v1/rooms/${room}/groups/${group.id}`, { token: TOKEN, body: { status: 'invited', note: 'Rang Sam at the youth club', revision: group.revision } });
    await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant, role: 'staff', now: 'informing', comment: 'Mine' } });
    const page = `/ret-${uid()}`;
    const answer = { id: uid(), page, block: 'intro', version: 'standard', clear: false, comment: 'Too long', participant };
    await call(app, 'POST', '/v1/clarity', { body: answer });

    // Eleven days on, with a server default of 30: the 10-day items go, the 200-day board stays.
    const result = await runRetention(handle.db, new Date(start.getTime() + 11 * DAY), { defaultDays: 30 });
    assert.ok(result && result.groups >= 1 && result.clarity >= 1 && result.ratings >= 1);
    const posts = async (board: string) => (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items as Array<{ id: string; body: string; displayName: string | null }>;
    assert.equal((await posts(shortBoard)).find((p) => p.id === short.id)!.body, 'Removed after the retention period.');
    const kept = (await posts(longBoard)).find((p) => p.id === long.id)!;
    assert.deepEqual([kept.body, kept.displayName], ['Long-lived words', 'Bo'], 'a longer period keeps the post');
    const note = (await call(app, 'GET', `/v1/rooms/${room}`)).body.groups.find((g: { id: string }) => g.id === group.id);
    assert.equal(note.note, '', 'the room note went with the room period');
    assert.equal(note.status, 'invited', 'the status stays');
    const comments = (await call(app, 'GET', `/v1/ladders/${ladder}/comments`, { token: TOKEN })).body.items;
    assert.deepEqual(comments, [], 'the rating comment went');
    const report = JSON.stringify((await call(app, 'GET', `/v1/clarity?page=${encodeURIComponent(page)}`, { token: TOKEN })).body);
    assert.doesNotMatch(report, /Too long/, 'the clarity comment went');
    const access = (await call(app, 'GET', `/v1/participants/${participant}`)).body;
    assert.equal(access.clarity.length, 0, 'the clarity answer is no longer linked to the participant');
    assert.deepEqual(access.posts.map((p: { id: string }) => p.id), [long.id], 'only the long-lived post is still theirs');
    assert.equal((await call(app, 'POST', '/v1/clarity', { body: answer })).status, 410, 'a late replay of the clarity answer stores nothing');

    // Null goes back to the default; the audit trail keeps its own period.
    assert.equal((await put(`/v1/boards/${shortBoard}`, { retentionDays: null })).body.retentionDays, undefined);
    await put('/v1/settings', { auditRetentionDays: 1 });
    const before = (await call(app, 'GET', '/v1/audit', { token: TOKEN })).body.items.length;
    assert.ok(before > 0);
    const later = await runRetention(handle.db, new Date(start.getTime() + 13 * DAY), { defaultDays: 30 });
    assert.ok(later && later.audit >= before - 2, `old audit entries went (${later?.audit})`);
  });
});
