/**
 * What the resident and staff trial asked of a board's moderation (issue 15): residents report a
 * post, a board hides a post for review after `reportsToHide` reports, the reports reach the staff
 * queue; moderators redact personal details (recorded without the removed text); the CSV export
 * names categories by their labels; the Atom feed links back to the board's page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Post } from '@copro/protocol';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

const memory = memoryDatabase();
const makeApp = memory.app;
type App = Awaited<ReturnType<typeof makeApp>>;

async function post(app: App, board: string, body: string, fields: Record<string, unknown> = {}) {
  const answer = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body, ...fields } });
  assert.ok(answer.status === 201 || answer.status === 200, JSON.stringify(answer.body));
  return Post.parse(answer.body);
}
const report = (app: App, board: string, postId: string, reason = 'offensive', id = uid()) =>
  call(app, 'POST', `/v1/boards/${board}/posts/${postId}/reports`, { body: { id, reason } });
const publicIds = async (app: App, board: string) => ((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items as Post[]).map((p) => p.id);

describe('residents report a post', () => {
  it('stores a report once per id, with a reason from the short list, on visible posts only', async () => {
    const app = await makeApp();
    const board = slug('report');
    const idea = await post(app, board, 'The park is a mess');
    const id = uid();
    const first = await report(app, board, idea.id, 'spam', id);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.id, id);
    assert.equal(first.body.post, idea.id);
    assert.equal(first.body.reason, 'spam');
    assert.equal((await report(app, board, idea.id, 'spam', id)).status, 200, 'a replay is stored once');
    assert.equal((await report(app, board, idea.id, 'offensive', id)).status, 409, 'the same id for another report');
    assert.equal((await report(app, board, idea.id, 'because')).status, 400, 'a reason from the list');
    assert.equal((await report(app, board, uid())).status, 404);
    assert.equal((await report(app, slug('other'), idea.id)).status, 404, 'the post is on another board');
    await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/visibility`, { token: TOKEN, body: { visibility: 'hidden' } });
    assert.equal((await report(app, board, idea.id)).status, 404, 'a hidden post cannot be reported');
  });

  it('hides a post for review after reportsToHide reports (default 3); a moderator’s decision stands', async () => {
    const app = await makeApp();
    const board = slug('report');
    assert.equal((await call(app, 'GET', `/v1/boards/${board}`)).body.reportsToHide, 3);
    const idea = await post(app, board, 'Rude words here');
    const other = await post(app, board, 'A fair point');
    await report(app, board, idea.id, 'offensive');
    await report(app, board, idea.id, 'offensive');
    await report(app, board, other.id, 'off-topic');
    assert.ok((await publicIds(app, board)).includes(idea.id), 'two reports do not hide it');

    const queue = await call(app, 'GET', `/v1/boards/${board}/reports`, { token: TOKEN });
    assert.equal(queue.status, 200, JSON.stringify(queue.body));
    assert.deepEqual(
      queue.body.items.map((item: { post: Post; count: number; reasons: unknown }) => [item.post.id, item.count, item.reasons]),
      [
        [idea.id, 2, [{ reason: 'offensive', count: 2 }]],
        [other.id, 1, [{ reason: 'off-topic', count: 1 }]],
      ],
    );
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/reports`)).status, 401, 'reports are for staff');

    await report(app, board, idea.id, 'personal-details');
    assert.ok(!(await publicIds(app, board)).includes(idea.id), 'the third report hides it for review');
    const pending = (await call(app, 'GET', `/v1/boards/${board}/posts?visibility=pending`, { token: TOKEN })).body.items as Post[];
    assert.deepEqual(pending.map((p) => p.id), [idea.id], 'it is in the moderation queue');

    const shown = await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/visibility`, { token: TOKEN, body: { visibility: 'visible' } });
    assert.equal(shown.status, 200);
    const after = (await call(app, 'GET', `/v1/boards/${board}/reports`, { token: TOKEN })).body.items as { post: Post }[];
    assert.deepEqual(after.map((item) => item.post.id), [other.id], 'the moderator dealt with its reports');
    await report(app, board, idea.id);
    assert.ok((await publicIds(app, board)).includes(idea.id), 'one more report does not hide it again');
  });

  it('reportsToHide: 0 never hides a post; the setting is the board’s', async () => {
    const app = await makeApp();
    const board = slug('report');
    const set = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { reportsToHide: 0 } });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.equal(set.body.reportsToHide, 0);
    const idea = await post(app, board, 'Still here');
    for (let i = 0; i < 4; i++) await report(app, board, idea.id);
    assert.ok((await publicIds(app, board)).includes(idea.id));
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { reportsToHide: -1 } })).status, 400);
  });
});

describe('moderators redact personal details', () => {
  it('changes the stored text, and the audit trail records the change without the removed words', async () => {
    const app = await makeApp();
    const board = slug('redact');
    const idea = await post(app, board, 'Fix the swings. Email me at jo.bloggs@example.org');
    const redacted = await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/body`, { token: TOKEN, body: { body: 'Fix the swings.' } });
    assert.equal(redacted.status, 200, JSON.stringify(redacted.body));
    assert.equal(redacted.body.body, 'Fix the swings.');
    const stored = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items[0] as Post;
    assert.equal(stored.body, 'Fix the swings.');
    const csv = String((await call(app, 'GET', `/v1/boards/${board}/export.csv`, { token: TOKEN })).body);
    assert.ok(!csv.includes('jo.bloggs'), 'the export has the redacted text');

    const audit = (await call(app, 'GET', `/v1/audit?action=post.redact&target=board:${board}`, { token: TOKEN })).body.items;
    assert.equal(audit.length, 1);
    assert.equal(audit[0].target, `board:${board}/post:${idea.id}`);
    assert.ok(!JSON.stringify(audit).includes('jo.bloggs'), 'the removed text is not in the audit trail');
    assert.equal(audit[0].changes.removedCharacters, 'Email me at jo.bloggs@example.org'.length + 1);

    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/body`, { body: { body: 'x' } })).status, 401);
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/body`, { token: TOKEN, body: { body: '' } })).status, 400);
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${uid()}/body`, { token: TOKEN, body: { body: 'x' } })).status, 404);
  });
});

describe('readers see that a moderator changed a post', () => {
  it('a redacted post says when (redactedAt) to everyone; an unchanged one says null; the export and the feeds follow', async () => {
    const app = await makeApp();
    const board = slug('redacted-at');
    const idea = await post(app, board, 'Fix the swings. Ring me on 07700 900123');
    const untouched = await post(app, board, 'More benches');
    assert.equal(idea.redactedAt, null, 'a new post has not been changed');
    await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/response`, { token: TOKEN, body: { status: 'heard', message: 'Thanks' } });
    const answered = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items.find((p: Post) => p.id === idea.id) as Post;

    const redacted = await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/body`, { token: TOKEN, body: { body: 'Fix the swings.' } });
    assert.equal(redacted.status, 200);
    const at = redacted.body.redactedAt as string;
    assert.match(at, /^\d{4}-\d{2}-\d{2}T/);
    assert.ok(Date.parse(at) >= Date.parse(answered.response!.respondedAt));

    const items = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items as Post[];
    assert.equal(items.find((p) => p.id === idea.id)!.redactedAt, at, 'every reader sees it, with no token');
    assert.equal(items.find((p) => p.id === untouched.id)!.redactedAt, null);

    // Sending the same words again changes nothing, so it is no new edit.
    const again = await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/body`, { token: TOKEN, body: { body: 'Fix the swings.' } });
    assert.equal(again.body.redactedAt, at);

    const csv = String((await call(app, 'GET', `/v1/boards/${board}/export.csv`, { token: TOKEN })).body).replace(/^\ufeff/, '').split('\r\n');
    const column = csv[0].split(',').indexOf('redacted_at');
    assert.ok(column > 0, csv[0]);
    // (No field in these rows holds a comma.)
    assert.equal(csv.find((row) => row.startsWith(idea.id))!.split(',')[column], at);
    assert.equal(csv.find((row) => row.startsWith(untouched.id))!.split(',')[column], '', 'empty for a post never changed');

    // Feed readers keep an entry until its <updated> changes: the redaction must change it, or they keep the old words.
    const feed = String((await call(app, 'GET', `/v1/boards/${board}/feed.atom`)).body);
    assert.ok(!feed.includes('07700'));
    assert.ok(feed.includes(`<updated>${at}</updated>`), feed);
    assert.ok(feed.includes('Edited by a moderator to remove personal details.'), feed);
    const welsh = String((await call(app, 'GET', `/v1/boards/${board}/feed.atom?lang=cy`)).body);
    assert.ok(welsh.includes('Golygwyd gan gymedrolwr i dynnu manylion personol.'), welsh);
    const own = String((await call(app, 'GET', `/v1/boards/${board}/posts/${idea.id}/feed.atom`)).body);
    assert.ok(!own.includes('07700'));
    assert.ok(own.includes(`  <updated>${at}</updated>`), own);

    const doc = (await call(app, 'GET', '/v1/openapi.json')).body;
    const listed = doc.paths['/v1/boards/{board}/posts'].get.responses['200'].content['application/json'].schema;
    assert.ok(listed.properties.items.items.properties.redactedAt, 'the OpenAPI document describes it');
  });
});

describe('exports and feeds people can use', () => {
  it('the CSV export names each post’s category by its label', async () => {
    const app = await makeApp();
    const board = slug('csv-labels');
    await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { categories: [{ id: 'getting-around', label: 'Getting around' }] } });
    const idea = await post(app, board, 'More buses', { category: 'getting-around' });
    const csv = String((await call(app, 'GET', `/v1/boards/${board}/export.csv`, { token: TOKEN })).body);
    assert.ok(csv.includes(`${idea.id},${idea.createdAt},visible,Getting around,`), csv);
  });

  it('the Atom feed links the feed and each entry to the board’s page (pageUrl)', async () => {
    const app = await makeApp();
    const board = slug('feed-link');
    const set = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { pageUrl: 'https://council.example/youth?x=1&y=2' } });
    assert.equal(set.body.pageUrl, 'https://council.example/youth?x=1&y=2');
    const idea = await post(app, board, 'A skate park');
    await call(app, 'PUT', `/v1/boards/${board}/posts/${idea.id}/response`, { token: TOKEN, body: { status: 'heard', message: 'Thanks' } });
    const feed = String((await call(app, 'GET', `/v1/boards/${board}/feed.atom`)).body);
    const alternates = [...feed.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => m[1]);
    assert.deepEqual(alternates, ['https://council.example/youth?x=1&amp;y=2', 'https://council.example/youth?x=1&amp;y=2']);
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { pageUrl: 'javascript:alert(1)' } })).status, 400);
    const cleared = await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { pageUrl: null } });
    assert.equal(cleared.body.pageUrl, null);
    assert.ok(!String((await call(app, 'GET', `/v1/boards/${board}/feed.atom`)).body).includes('rel="alternate"'));
  });
});
