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

describe('ladder results for the public and for staff (PGlite)', () => {
  const makeApp = memoryDatabase().app;

  const rate = (app: Awaited<ReturnType<typeof makeApp>>, ladder: string, role: string, now: string, comment?: string) =>
    call(app, 'POST', `/v1/ladders/${ladder}/ratings`, { body: { id: uid(), participant: uid(), role, now, aim: 'co-production', ...(comment ? { comment } : {}) } });

  it('withholds a role with fewer than minAnswersToShow (default 5) answers from the public; staff see everything', async () => {
    const app = await makeApp();
    const ladder = slug('ladder');
    assert.equal((await call(app, 'GET', `/v1/ladders/${ladder}`)).body.minAnswersToShow, 5);
    await rate(app, ladder, 'staff', 'informing');
    for (let i = 0; i < 5; i++) await rate(app, ladder, 'lived-experience', 'consultation');

    const open = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`)).body;
    assert.equal(open.total, 6);
    assert.deepEqual(open.byRole.staff, { count: 1, now: {}, aim: {}, principles: {}, withheld: true }, "one staff member's answer is never exposed");
    assert.equal(open.byRole['lived-experience'].withheld, false);
    assert.equal(open.byRole['lived-experience'].now.consultation, 5);

    const staff = await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN });
    assert.equal(staff.body.byRole.staff.withheld, false);
    assert.equal(staff.body.byRole.staff.now.informing, 1);
    assert.doesNotMatch(staff.headers.get('cache-control') ?? '', /public/, 'a staff read is never cached for others');

    await call(app, 'PUT', `/v1/ladders/${ladder}`, { token: TOKEN, body: { minAnswersToShow: 1 } });
    const lowered = (await call(app, 'GET', `/v1/ladders/${ladder}/summary`)).body;
    assert.equal(lowered.byRole.staff.now.informing, 1, 'the setting is the ladder’s');
  });

  it('a viewer token (the lowest staff role) sees every role; a wrong or revoked token gets a 401 and nothing of a withheld role', async () => {
    const app = await makeApp();
    const ladder = slug('ladder');
    await rate(app, ladder, 'staff', 'informing');
    for (let i = 0; i < 5; i++) await rate(app, ladder, 'lived-experience', 'consultation');
    const viewer = (await call(app, 'POST', '/v1/staff', { token: TOKEN, body: { name: 'Vi Viewer', role: 'viewer' } })).body;

    const seen = await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: viewer.token });
    assert.equal(seen.status, 200);
    assert.equal(seen.body.byRole.staff.withheld, false);
    assert.equal(seen.body.byRole.staff.now.informing, 1);
    assert.equal(seen.body.byRole.staff.aim['co-production'], 1);

    const wrong = await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: 'not-a-staff-token-but-long-enough-to-look-like-one' });
    assert.equal(wrong.status, 401, 'a mistyped token is told so, not treated as the public');
    assert.equal(JSON.stringify(wrong.body).includes('informing'), false);

    await call(app, 'DELETE', `/v1/staff/${viewer.id}`, { token: TOKEN });
    const revoked = await call(app, 'GET', `/v1/ladders/${ladder}/summary`, { token: viewer.token });
    assert.equal(revoked.status, 401);
    assert.equal(JSON.stringify(revoked.body).includes('informing'), false);

    const open = await call(app, 'GET', `/v1/ladders/${ladder}/summary`);
    assert.equal(open.body.byRole.staff.withheld, true, 'no token: withheld as before');
  });

  it('gives staff the comments with the rating each came with, newest first, in pages and as CSV', async () => {
    const app = await makeApp();
    const ladder = slug('ladder');
    await rate(app, ladder, 'lived-experience', 'informing', 'Nobody asked us before deciding, "again"');
    await rate(app, ladder, 'staff', 'co-design');
    await rate(app, ladder, 'staff', 'co-design', 'We ran four workshops');

    assert.equal((await call(app, 'GET', `/v1/ladders/${ladder}/comments`)).status, 401);
    const first = await call(app, 'GET', `/v1/ladders/${ladder}/comments?limit=1`, { token: TOKEN });
    assert.equal(first.status, 200);
    assert.equal(first.body.items.length, 1);
    assert.deepEqual(
      { ...first.body.items[0], at: undefined },
      { at: undefined, role: 'staff', now: 'co-design', aim: 'co-production', comment: 'We ran four workshops', channel: 'online', event: null },
    );
    assert.equal(JSON.stringify(first.body).includes('participant'), false);
    const second = await call(app, 'GET', `/v1/ladders/${ladder}/comments?limit=1&cursor=${first.body.nextCursor}`, { token: TOKEN });
    assert.equal(second.body.items[0].comment, 'Nobody asked us before deciding, "again"');
    assert.equal(second.body.nextCursor, null);

    const csv = await call(app, 'GET', `/v1/ladders/${ladder}/comments.csv`, { token: TOKEN });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    const lines = (csv.body as string).replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(lines[0], 'at,role,now,aim,comment,channel,event');
    assert.equal(lines.length, 3);
    assert.match(lines[2], /,lived-experience,informing,co-production,"Nobody asked us before deciding, ""again""",online,$/);
  });

  it('says how each comment arrived (a paper form, an event and its name), in pages and in the CSV', async () => {
    const app = await makeApp();
    const ladder = slug('ladder');
    const typedUp = await call(app, 'POST', `/v1/ladders/${ladder}/ratings`, {
      token: TOKEN,
      body: { id: uid(), participant: uid(), role: 'lived-experience', now: 'informing', comment: 'Said at the stall', channel: 'event', event: 'Pizza, and Opinions' },
    });
    assert.equal(typedUp.status, 201, JSON.stringify(typedUp.body));
    await rate(app, ladder, 'staff', 'co-design', 'Typed in the element');

    const page = await call(app, 'GET', `/v1/ladders/${ladder}/comments`, { token: TOKEN });
    assert.deepEqual(
      page.body.items.map(({ comment, channel, event }: Record<string, unknown>) => ({ comment, channel, event })),
      [
        { comment: 'Typed in the element', channel: 'online', event: null },
        { comment: 'Said at the stall', channel: 'event', event: 'Pizza, and Opinions' },
      ],
    );
    const csv = await call(app, 'GET', `/v1/ladders/${ladder}/comments.csv`, { token: TOKEN });
    const lines = (csv.body as string).replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(lines[0], 'at,role,now,aim,comment,channel,event');
    assert.match(lines[1], /,staff,co-design,co-production,Typed in the element,online,$/);
    assert.match(lines[2], /,lived-experience,informing,,Said at the stall,event,"Pizza, and Opinions"$/);
  });
});
