/**
 * The demo consultation (issue 15): the staff page shows the moderation queue working, with a
 * post waiting that holds a phone number and a post readers reported; and (issue 19) what backs a
 * group marked in the room.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_SETTINGS } from '../src/demo.ts';
import { DEMO_ID, seedDemoConsultation } from '../src/demo/seed.ts';
import { TOKEN, call, memoryDatabase } from './helpers.ts';

describe('the demo consultation', () => {
  const memory = memoryDatabase();

  it('has a post waiting for moderation with a phone number in it, and a reported post, for the staff page', async () => {
    const app = await memory.app();
    for (const [path, settings] of Object.entries(DEMO_SETTINGS)) {
      const answer = await call(app, 'PUT', path, { token: TOKEN, body: settings });
      assert.equal(answer.status, 200, `${path}: ${JSON.stringify(answer.body)}`);
    }
    await seedDemoConsultation(memory.db);
    const pending = (await call(app, 'GET', `/v1/boards/${DEMO_ID}/posts?visibility=pending`, { token: TOKEN })).body.items as { body: string }[];
    assert.ok(pending.some((post) => /07700 900\d{3}/.test(post.body)), 'a pending post with a phone number');
    const reported = (await call(app, 'GET', `/v1/boards/${DEMO_ID}/reports`, { token: TOKEN })).body.items as { count: number; post: { visibility: string } }[];
    assert.equal(reported.length, 1);
    assert.equal(reported[0].count, 2);
    assert.equal(reported[0].post.visibility, 'visible', 'two reports do not hide it (the default is three)');

    // The staff page's evidence: "children and young people" is in the room, backed by school assemblies
    // and the youth council; Welsh speakers are marked in the room with nothing tagged behind them.
    const evidence = (await call(app, 'GET', `/v1/rooms/${DEMO_ID}/evidence`, { token: TOKEN })).body.groups as { group: string; tagged: boolean; posts: number | null; ratings: number | null }[];
    const young = evidence.find((group) => group.group === 'young-people')!;
    assert.deepEqual([young.tagged, young.posts, young.ratings], [true, 6, 7]);
    assert.equal(evidence.find((group) => group.group === 'welsh-speakers')!.tagged, false);
  });
});
