/**
 * Ladder behaviour the <copro-ladder> widget relies on beyond the contract suite.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp, type Database } from '../src/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { TOKEN, call, slug, uid } from './helpers.ts';

describe('ladder extras (PGlite)', () => {
  let db: Database;
  before(async () => {
    db = await openPglite('memory://');
    await migrate(db);
  });
  after(async () => {
    await db?.close();
  });
  const makeApp = () => createApp({ db, adminToken: TOKEN, writeRateLimit: { limit: 1_000_000, windowSeconds: 60 }, log: () => {} });

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
    const summary = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`)).body;
    assert.deepEqual(summary.byRole.staff.principles, { assets: 3.5, networks: 2 });
  });

  it('a rating without scores stores none, whatever the ladder asks', async () => {
    const app = await makeApp();
    const ladder = slug('ladder');
    await call(app, 'PUT', `/v1/ladders/${ladder}`, { token: TOKEN, body: { principles: true } });
    const rated = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role: 'other', now: 'informing' } });
    assert.equal(rated.status, 201);
    assert.deepEqual(rated.body.principles, {});
    assert.deepEqual((await call(app, 'GET', `/v1/ladders/${ladder}/summary`)).body.byRole.other.principles, {});
  });
});
