/**
 * What a resident and staff trial asked of the server (issue 15): clarity follow-ups and excerpts,
 * ladder results withheld below `minAnswersToShow`, and ladder comments for staff.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

describe('"Was this clear?" follow-ups (PGlite)', () => {
  const makeApp = memoryDatabase().app;

  it('lets the participant who answered add a comment to the same answer, and no one else', async () => {
    const app = await makeApp();
    const page = `/${slug('page')}`;
    const id = uid();
    const participant = uid();
    const answered = await call(app, 'POST', '/v1/clarity', {
      body: { id, participant, page, block: 'fees', version: 'standard', clear: false, excerpt: 'Charges are levied per session.' },
    });
    assert.equal(answered.status, 201);
    assert.equal(answered.body.comment, null);
    assert.equal(answered.body.participant, undefined, 'the participant id is never answered');

    const stranger = await call(app, 'PUT', `/v1/clarity/${id}`, { body: { participant: uid(), comment: 'Not mine' } });
    assert.equal(stranger.status, 404);
    assert.equal(JSON.stringify(stranger.body).includes('fees'), false, 'reveals nothing of the answer');

    const followUp = await call(app, 'PUT', `/v1/clarity/${id}`, { body: { participant, comment: 'What does levied mean?' } });
    assert.equal(followUp.status, 200);
    assert.equal(followUp.body.id, id);
    assert.equal(followUp.body.comment, 'What does levied mean?');
    assert.equal(followUp.body.clear, false);

    const changed = await call(app, 'PUT', `/v1/clarity/${id}`, { body: { participant, clear: true } });
    assert.equal(changed.body.clear, true);
    assert.equal(changed.body.comment, 'What does levied mean?', 'changing Yes or No keeps the comment');

    const report = await call(app, 'GET', `/v1/clarity?page=${encodeURIComponent(page)}`, { token: TOKEN });
    assert.deepEqual(report.body.blocks, [
      {
        block: 'fees',
        excerpt: 'Charges are levied per session.',
        clear: 1,
        unclear: 0,
        comments: [{ version: 'standard', clear: true, comment: 'What does levied mean?', createdAt: answered.body.createdAt }],
      },
    ]);
  });

  it('an answer sent without a participant (an older page) cannot be changed', async () => {
    const app = await makeApp();
    const id = uid();
    await call(app, 'POST', '/v1/clarity', { body: { id, page: '/old', block: 'fees', version: 'plain', clear: true } });
    const followUp = await call(app, 'PUT', `/v1/clarity/${id}`, { body: { participant: uid(), comment: 'Hello' } });
    assert.equal(followUp.status, 404);
  });
});
