/**
 * Ladder behaviour the <copro-ladder> widget relies on beyond the contract suite.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOKEN, call, memoryDatabase, slug, uid } from './helpers.ts';

describe('ladder extras (PGlite)', () => {
  const makeApp = memoryDatabase().app;

  it('keeps principle scores sent to a ladder whose settings do not ask for them', async () => {
    const app = await makeApp();
    const ladder = slug('ladder');
    assert.equal((await call(app, 'GET', `/v1/ladders/${ladder}`)).body.principles, false);
    const rated = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, {
      body: { id: uid(), participant: uid(), role: 'staff', now: 'engagement', principles: { assets: 4, networks: 2 } },
    });
    assert.equal(rated.status, 201);
    assert.deepEqual(rated.body.principles, { assets: 4, networks: 2 });
    await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, {
      body: { id: uid(), participant: uid(), role: 'staff', now: 'consultation', principles: { assets: 3 } },
    });
    const summary = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN })).body;
    assert.deepEqual(summary.byRole.staff.principles, { assets: 3.5, networks: 2 });
  });

  it('a rating without scores stores none, whatever the ladder asks', async () => {
    const app = await makeApp();
    const ladder = slug('ladder');
    await call(app, 'PUT', `/v1/ladders/${ladder}`, { token: TOKEN, body: { principles: true } });
    const rated = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role: 'other', now: 'informing' } });
    assert.equal(rated.status, 201);
    assert.deepEqual(rated.body.principles, {});
    assert.deepEqual((await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN })).body.byRole.other.principles, {});
  });
});
