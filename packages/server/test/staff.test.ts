/**
 * Named staff, roles and the audit trail (issue 16), the failed-sign-in throttle (13.10) and room
 * editor links (13.3), through the real app on PGlite.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routes, roleAllows, staffRoles, type RouteSpec, type StaffRole } from '@copro/protocol';
import { createApp, firstAdminToken, migrate } from '../src/index.ts';
import { openPglite } from '../src/db/pglite.ts';
import { TOKEN, call, memoryDatabase, slug, uid, testAppOptions } from './helpers.ts';

const handle = memoryDatabase();

async function addStaff(app: Awaited<ReturnType<typeof handle.app>>, role: StaffRole, name = `${role} ${uid().slice(0, 6)}`) {
  const answer = await call(app, 'POST', '/v1/staff', { token: TOKEN, body: { name, role } });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body as { id: string; name: string; role: StaffRole; token: string };
}

/** A request that succeeds for every staff write of the table, made fresh each time (new ids). */
async function sampleWrite(app: Awaited<ReturnType<typeof handle.app>>, route: RouteSpec): Promise<{ path: string; body?: unknown }> {
  const board = slug('audit-b');
  const room = slug('audit-r');
  const ladder = slug('audit-l');
  const postId = uid();
  if (route.path.includes('{post}')) {
    await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: postId, participant: uid(), body: 'An idea' } });
  }
  let link = '';
  if (route.path.includes('editor-links/{id}')) {
    link = (await call(app, 'POST', `/v1/rooms/${room}/editor-links`, { token: TOKEN, body: {} })).body.id;
  }
  if (route.path.includes('kiosk-links/{id}')) {
    const owner = route.path.startsWith('/v1/ladders/') ? `/v1/ladders/${ladder}` : `/v1/boards/${board}`;
    link = (await call(app, 'POST', `${owner}/kiosk-links`, { token: TOKEN, body: { event: 'Fair', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } })).body.id;
  }
  let staffId = '';
  if (route.path === '/v1/staff/{id}') staffId = (await addStaff(app, 'viewer')).id;
  if (route.path.endsWith('/restore')) await call(app, 'DELETE', `/v1/rooms/${room}/groups/carers`, { token: TOKEN });
  const path = route.path
    .replace('{board}', board).replace('{room}', room).replace('{ladder}', ladder).replace('{post}', postId)
    .replace('{group}', 'carers').replace('editor-links/{id}', `editor-links/${link}`).replace('kiosk-links/{id}', `kiosk-links/${link}`).replace('/v1/staff/{id}', `/v1/staff/${staffId}`);
  const bodies: Record<string, unknown> = {
    'board.settings': { title: 'Changed' },
    'room.settings': { title: 'Changed' },
    'ladder.settings': { title: 'Changed' },
    'post.response': { status: 'heard', message: 'Thanks' },
    'post.visibility': { visibility: 'hidden' },
    'post.redact': { body: 'An idea, redacted' },
    'group.update': { status: 'present', note: 'Came', revision: 0 },
    'group.add': { id: slug('g'), label: 'Bus users' },
    'staff.add': { name: 'Priya Shah', role: 'moderator' },
    'room.editor-link.add': { page: 'https://council.example/room' },
    'group.evidence': { channels: ['paper'], events: ['Carers’ café'] },
    'board.kiosk-link.add': { event: 'Spring fair', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    'ladder.kiosk-link.add': { event: 'Spring fair', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    'server.settings': { clarityRetentionDays: 365 },
  };
  return { path, body: bodies[route.audit!] };
}

describe('staff roles, from the route table', () => {
  const staffRoutes = routes.filter((route) => route.role);

  it('every staff route refuses no token (401) and a token whose role is too low (403 forbidden_role)', async () => {
    const app = await handle.app();
    const tokens = Object.fromEntries(await Promise.all(staffRoles.map(async (role) => [role, (await addStaff(app, role)).token]))) as Record<StaffRole, string>;
    assert.ok(staffRoutes.length >= 15, 'the table has staff routes');
    for (const route of staffRoutes) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name) => (name === 'post' || name === 'id' ? uid() : name === 'group' ? 'carers' : `x-${name}`));
      const body = route.body ? {} : undefined;
      const none = await call(app, route.method.toUpperCase(), path, { body });
      assert.equal(none.status, 401, `${route.method} ${route.path} without a token: ${JSON.stringify(none.body)}`);
      assert.equal(none.body.error.code, 'unauthorized');
      for (const role of staffRoles.filter((r) => !roleAllows(r, route.role!))) {
        const low = await call(app, route.method.toUpperCase(), path, { body, token: tokens[role] });
        assert.equal(low.status, 403, `${route.method} ${route.path} as ${role}: ${JSON.stringify(low.body)}`);
        assert.equal(low.body.error.code, 'forbidden_role');
      }
      for (const role of staffRoles.filter((r) => roleAllows(r, route.role!))) {
        const enough = await call(app, route.method.toUpperCase(), path, { body, token: tokens[role] });
        assert.ok(enough.status !== 401 && enough.status !== 403, `${route.method} ${route.path} as ${role} answered ${enough.status}`);
      }
    }
  });

  it('every staff write in the table is recorded in the audit trail, with who did it', async () => {
    const app = await handle.app();
    const writes = staffRoutes.filter((route) => route.method !== 'get');
    for (const route of writes) {
      assert.ok(route.audit, `${route.method} ${route.path} names no audit action`);
      const { path, body } = await sampleWrite(app, route);
      const answer = await call(app, route.method.toUpperCase(), path, { token: TOKEN, body });
      assert.ok(answer.status < 300, `${route.method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      const latest = (await call(app, 'GET', `/v1/audit?action=${route.audit}&limit=1`, { token: TOKEN })).body.items[0];
      assert.ok(latest, `no audit entry for ${route.audit}`);
      assert.equal(latest.staff, 'COPRO_ADMIN_TOKEN');
      assert.ok(latest.target.length > 0);
      assert.ok(Date.now() - Date.parse(latest.at) < 60_000);
    }
    // Exports are recorded too.
    for (const route of staffRoutes.filter((r) => r.method === 'get' && r.audit)) {
      const { path } = await sampleWrite(app, route);
      assert.equal((await call(app, 'GET', path, { token: TOKEN })).status, 200);
      assert.equal((await call(app, 'GET', `/v1/audit?action=${route.audit}&limit=1`, { token: TOKEN })).body.items.length, 1);
    }
  });
});

describe('named staff', () => {
  it('a named token says who it is; the token is shown once and stored only as an HMAC', async () => {
    const app = await handle.app();
    const priya = await addStaff(app, 'moderator', 'Priya Shah');
    assert.match(priya.token, /^copro_staff_[\w-]{43}$/);
    assert.deepEqual((await call(app, 'GET', '/v1/staff/me', { token: priya.token })).body, { name: 'Priya Shah', role: 'moderator' });
    assert.deepEqual((await call(app, 'GET', '/v1/staff/me', { token: TOKEN })).body, { name: 'COPRO_ADMIN_TOKEN', role: 'admin' });
    assert.equal((await call(app, 'GET', '/v1/staff/me')).status, 401);
    const list = (await call(app, 'GET', '/v1/staff', { token: TOKEN })).body.items;
    const listed = list.find((member: { id: string }) => member.id === priya.id);
    assert.equal(listed.name, 'Priya Shah');
    assert.equal(JSON.stringify(list).includes(priya.token), false, 'the list never shows a token');
    const dump = JSON.stringify((await handle.db.query('SELECT * FROM staff')).rows);
    assert.equal(dump.includes(priya.token), false, 'the token itself is not stored');
    assert.equal(dump.includes(priya.token.slice('copro_staff_'.length)), false);
  });

  it('revoking a token takes effect at once, on every server sharing the database', async () => {
    const one = await handle.app();
    const two = await handle.app();
    const sam = await addStaff(one, 'viewer', 'Sam');
    assert.equal((await call(two, 'GET', '/v1/staff/me', { token: sam.token })).status, 200);
    const revoked = await call(one, 'DELETE', `/v1/staff/${sam.id}`, { token: TOKEN });
    assert.equal(revoked.status, 200);
    assert.ok(revoked.body.revokedAt);
    assert.equal((await call(two, 'GET', '/v1/staff/me', { token: sam.token })).status, 401);
    assert.equal((await call(one, 'GET', '/v1/staff/me', { token: sam.token })).status, 401);
  });

  it('an expired token is refused', async () => {
    const app = await handle.app();
    const soon = new Date(Date.now() + 300).toISOString();
    const made = await call(app, 'POST', '/v1/staff', { token: TOKEN, body: { name: 'Temp', role: 'viewer', expiresAt: soon } });
    assert.equal(made.status, 201);
    assert.equal((await call(app, 'GET', '/v1/staff/me', { token: made.body.token })).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal((await call(app, 'GET', '/v1/staff/me', { token: made.body.token })).status, 401);
  });

  it('a moderator may answer but not change settings; the audit trail names them', async () => {
    const app = await handle.app();
    const mod = await addStaff(app, 'moderator', 'Jo Moderator');
    const board = slug('mod');
    const post = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Benches please' } })).body;
    assert.equal((await call(app, 'PUT', `/v1/boards/${board}/posts/${post.id}/visibility`, { token: mod.token, body: { visibility: 'hidden' } })).status, 200);
    const denied = await call(app, 'PUT', `/v1/boards/${board}`, { token: mod.token, body: { title: 'Mine now' } });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.error.code, 'forbidden_role');
    const entries = (await call(app, 'GET', `/v1/audit?staff=${encodeURIComponent('Jo Moderator')}`, { token: TOKEN })).body.items;
    assert.equal(entries.length, 1, 'a refused write is not recorded');
    assert.deepEqual({ action: entries[0].action, target: entries[0].target, changes: entries[0].changes }, {
      action: 'post.visibility',
      target: `board:${board}/post:${post.id}`,
      changes: { visibility: 'hidden' },
    });
    assert.equal((await call(app, 'GET', '/v1/audit', { token: mod.token })).status, 403, 'the audit trail is for admins');
  });
});

describe('npm start on a new data folder', () => {
  it('makes one admin token on the first start only, kept as a hash', async () => {
    const db = await openPglite('memory://');
    try {
      await migrate(db);
      const token = await firstAdminToken(db);
      assert.ok(token && token.length >= 32);
      assert.equal(await firstAdminToken(db), undefined, 'the second start makes none');
      const app = await createApp({ db, log: () => {} });
      assert.deepEqual((await call(app, 'GET', '/v1/staff/me', { token })).body, { name: 'Admin (first start)', role: 'admin' });
      assert.equal(JSON.stringify((await db.query('SELECT * FROM staff')).rows).includes(token), false);
    } finally {
      await db.close();
    }
  });
});

describe('the audit trail', () => {
  it('pages newest first, filters by staff, action and target, and exports as CSV', async () => {
    const app = await handle.app();
    const board = slug('trail');
    for (const title of ['One', 'Two', 'Three']) await call(app, 'PUT', `/v1/boards/${board}`, { token: TOKEN, body: { title } });
    const first = (await call(app, 'GET', `/v1/audit?target=board:${board}&limit=2`, { token: TOKEN })).body;
    assert.deepEqual(first.items.map((e: { changes: { title: string } }) => e.changes.title), ['Three', 'Two']);
    assert.ok(first.nextCursor);
    const second = (await call(app, 'GET', `/v1/audit?target=board:${board}&limit=2&cursor=${first.nextCursor}`, { token: TOKEN })).body;
    assert.deepEqual(second.items.map((e: { changes: { title: string } }) => e.changes.title), ['One']);
    assert.equal(second.nextCursor, null);
    assert.equal((await call(app, 'GET', `/v1/audit?action=board.settings&staff=nobody`, { token: TOKEN })).body.items.length, 0);
    assert.equal((await call(app, 'GET', '/v1/audit?cursor=drop-table', { token: TOKEN })).status, 400);
    const csv = await call(app, 'GET', `/v1/audit/export.csv?target=board:${board}`, { token: TOKEN });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type')!, /^text\/csv/);
    const rows = (csv.body as string).replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(rows[0], 'at,staff,action,target,changes');
    assert.equal(rows.length, 4);
    assert.match(rows[1], /COPRO_ADMIN_TOKEN,board\.settings,board:[^,]+,"\{""title"":""Three""\}"/);
  });

  it('no route changes or deletes an entry', () => {
    const auditWrites = routes.filter((route) => route.path.startsWith('/v1/audit') && route.method !== 'get');
    assert.deepEqual(auditWrites, []);
  });
});

describe('failed staff sign-ins are throttled per address (13.10)', () => {
  it('after ten wrong tokens in ten minutes: 429 with Retry-After, even for a right token, backing off', async () => {
    let now = Date.parse('2026-12-05T10:00:00Z');
    const lines: string[] = [];
    const app = await createApp({ db: handle.db, ...testAppOptions, log: (line) => lines.push(line), now: () => new Date(now) });
    const wrong = 'copro_staff_this-is-a-wrong-token-guess-00000000000';
    for (let i = 0; i < 9; i++) assert.equal((await call(app, 'GET', '/v1/staff/me', { token: wrong })).status, 401);
    const tenth = await call(app, 'GET', '/v1/staff/me', { token: wrong });
    assert.equal(tenth.status, 429);
    assert.equal(tenth.headers.get('retry-after'), '60');
    assert.equal((await call(app, 'GET', '/v1/staff/me', { token: TOKEN })).status, 429, 'guessing stays blocked while locked');
    assert.equal((await call(app, 'GET', `/v1/boards/${slug('open')}`)).status, 200, 'public reads are not affected');
    assert.ok(lines.some((line) => / security staff sign-in locked for /.test(line)));
    assert.equal(lines.some((line) => line.includes(wrong) || line.includes(TOKEN)), false, 'no token in the log');
    now += 61_000;
    assert.equal((await call(app, 'GET', '/v1/staff/me', { token: TOKEN })).status, 200);
    for (let i = 0; i < 10; i++) await call(app, 'GET', '/v1/staff/me', { token: wrong });
    const again = await call(app, 'GET', '/v1/staff/me', { token: TOKEN });
    assert.equal(again.status, 429);
    assert.equal(again.headers.get('retry-after'), '120', 'the lock-out doubles');
  });

  it('refuses an admin token under 32 characters, saying how to make one', async () => {
    await assert.rejects(
      createApp({ db: handle.db, adminToken: 'short-token', log: () => {} }),
      /at least 32 characters.*randomBytes\(32\)/,
    );
  });
});

describe('room writes need credentials (13.3)', () => {
  it('anonymous writes answer 401; an editor link key works until revoked; every change is attributed', async () => {
    const app = await handle.app();
    const room = slug('room');
    const change = (revision: number, note = '') => ({ status: 'invited', note, revision });
    assert.equal((await call(app, 'PUT', `/v1/rooms/${room}/groups/carers`, { body: change(0) })).status, 401);
    assert.equal((await call(app, 'POST', `/v1/rooms/${room}/groups`, { body: { id: 'bus-users', label: 'Bus users' } })).status, 401);
    const link = await call(app, 'POST', `/v1/rooms/${room}/editor-links`, { token: TOKEN, body: { page: 'https://council.example/who#top' } });
    assert.equal(link.status, 201);
    assert.equal(link.body.url, `https://council.example/who#copro-key=${link.body.key}`);
    const edited = await call(app, 'PUT', `/v1/rooms/${room}/groups/carers`, { token: link.body.key, body: change(0, 'Asked the carers centre') });
    assert.equal(edited.status, 200);
    const other = slug('other-room');
    assert.equal((await call(app, 'PUT', `/v1/rooms/${other}/groups/carers`, { token: link.body.key, body: change(0) })).status, 401, 'a key opens its own room only');
    const by = (await handle.db.query<{ updated_by: string }>('SELECT updated_by FROM room_groups WHERE room_id = $1 AND id = $2', [room, 'carers'])).rows[0].updated_by;
    assert.equal(by, `editor link ${link.body.id}`);
    const trail = (await call(app, 'GET', `/v1/audit?target=room:${room}/group:carers`, { token: TOKEN })).body.items[0];
    assert.equal(trail.staff, `editor link ${link.body.id}`);
    assert.equal(JSON.stringify(trail).includes('Asked the carers'), false, 'notes are not copied into the trail');
    assert.equal((await call(app, 'DELETE', `/v1/rooms/${room}/editor-links/${link.body.id}`, { token: TOKEN })).status, 200);
    assert.equal((await call(app, 'PUT', `/v1/rooms/${room}/groups/carers`, { token: link.body.key, body: change(1) })).status, 401, 'revoked at once');
  });

  it('publicEditing: true keeps the open checklist', async () => {
    const app = await handle.app();
    const room = slug('open-room');
    assert.equal((await call(app, 'PUT', `/v1/rooms/${room}`, { token: TOKEN, body: { publicEditing: true } })).body.publicEditing, true);
    assert.equal((await call(app, 'PUT', `/v1/rooms/${room}/groups/carers`, { body: { status: 'present', note: '', revision: 0 } })).status, 200);
    assert.equal((await call(app, 'GET', `/v1/rooms/${room}`)).body.publicEditing, true);
  });

  it('staff remove and restore a group; a room holds at most 100 groups', async () => {
    const app = await handle.app();
    const room = slug('tidy');
    const removed = await call(app, 'DELETE', `/v1/rooms/${room}/groups/carers`, { token: TOKEN });
    assert.equal(removed.status, 200);
    const ids = async () => (await call(app, 'GET', `/v1/rooms/${room}`)).body.groups.map((g: { id: string }) => g.id);
    assert.equal((await ids()).includes('carers'), false);
    assert.equal((await call(app, 'PUT', `/v1/rooms/${room}/groups/carers/restore`, { token: TOKEN })).status, 200);
    assert.equal((await ids()).includes('carers'), true);
    const have = (await ids()).length;
    for (let i = have; i < 100; i++) {
      assert.equal((await call(app, 'POST', `/v1/rooms/${room}/groups`, { token: TOKEN, body: { id: `g-${i}`, label: `Group ${i}` } })).status, 201);
    }
    const over = await call(app, 'POST', `/v1/rooms/${room}/groups`, { token: TOKEN, body: { id: 'one-too-many', label: 'Too many' } });
    assert.equal(over.status, 409);
  });
});

describe('erasure and subject access (issue 16)', () => {
  it('a resident downloads and erases what is stored under their id; a late replay answers 410 and stores nothing', async () => {
    const app = await handle.app();
    const board = slug('erase');
    const me = uid();
    const other = uid();
    const mine = { id: uid(), participant: me, body: 'My idea about the park', displayName: 'Ana' };
    await call(app, 'POST', `/v1/boards/${board}/posts`, { body: mine });
    const theirs = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: other, body: 'Their idea' } })).body;
    await call(app, 'PUT', `/v1/boards/${board}/posts/${theirs.id}/supports/${me}`);
    await call(app, 'PUT', `/v1/boards/${board}/posts/${mine.id}/response`, { token: TOKEN, body: { status: 'heard', message: 'Thanks Ana' } });
    const rating = { id: uid(), participant: me, role: 'staff', now: 'informing', comment: 'My comment' };
    await call(app, 'POST', `/v1/ladders/${slug('erase-l')}/ratings`, { body: rating });

    const access = await call(app, 'GET', `/v1/participants/${me}`);
    assert.equal(access.status, 200);
    assert.equal(access.body.posts[0].body, 'My idea about the park');
    assert.equal(access.body.supports[0].post, theirs.id);
    assert.equal(access.body.ratings[0].comment, 'My comment');
    assert.equal(JSON.stringify(access.body).includes(other), false, 'never another person\'s id');

    const erased = await call(app, 'DELETE', `/v1/participants/${me}`);
    assert.deepEqual(erased.body, { erased: { posts: 1, supports: 1, ratings: 1, clarity: 0 } });
    const after = (await call(app, 'GET', `/v1/participants/${me}`)).body;
    assert.deepEqual([after.posts, after.supports, after.ratings], [[], [], []]);
    const left = (await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items;
    assert.deepEqual(left.map((p: { id: string; supportCount: number }) => [p.id, p.supportCount]), [[theirs.id, 0]]);

    const replay = await call(app, 'POST', `/v1/boards/${board}/posts`, { body: mine });
    assert.equal(replay.status, 410);
    assert.equal(replay.body.error.code, 'gone');
    assert.equal((await call(app, 'POST', `/v1/ladders/${slug('erase-l')}/ratings`, { body: rating })).status, 410);
    assert.equal((await call(app, 'GET', `/v1/participants/${me}`)).body.posts.length, 0, 'nothing stored by the replay');
  });

  it('an admin erases a post, or everything from its author; the trail records counts, not text', async () => {
    const app = await handle.app();
    const board = slug('staff-erase');
    const author = uid();
    const first = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: author, body: 'Call me on 07700 900123' } })).body;
    const second = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: author, body: 'Second post' } })).body;
    const third = (await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: author, body: 'Third post' } })).body;
    const mod = await addStaff(app, 'moderator');
    assert.equal((await call(app, 'DELETE', `/v1/boards/${board}/posts/${first.id}`, { token: mod.token })).status, 403);
    assert.deepEqual((await call(app, 'DELETE', `/v1/boards/${board}/posts/${first.id}`, { token: TOKEN })).body.erased.posts, 1);
    assert.deepEqual((await call(app, 'DELETE', `/v1/boards/${board}/posts/${second.id}?author=true`, { token: TOKEN })).body.erased.posts, 2);
    assert.equal((await call(app, 'GET', `/v1/boards/${board}/posts`)).body.items.length, 0);
    const trail = (await call(app, 'GET', `/v1/audit?action=post.erase&target=board:${board}`, { token: TOKEN })).body.items;
    assert.equal(trail.length, 2);
    assert.equal(JSON.stringify(trail).includes('07700'), false);
    assert.equal(trail[0].changes.scope, 'everything from the author');
    assert.equal((await call(app, 'POST', `/v1/boards/${board}/posts`, { body: { id: third.id, participant: author, body: 'Third post' } })).status, 410);
  });
});
