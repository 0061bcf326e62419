/**
 * Property-based tests (fast-check) of the HTTP API against `createApp` on PGlite in memory.
 *
 * 1. Refusals: generated invalid bodies (wrong JSON types, oversized fields, empty text, text that
 *    PostgreSQL cannot hold, huge numbers, deep nesting, non-objects, malformed JSON, wrong media
 *    types, forged cursors) are answered 4xx with the error object, never 5xx, and nothing is
 *    stored (checked through the API afterwards).
 * 2. Round-trips: valid generated text (RTL marks, joiners, emoji, combining marks, other scripts)
 *    reads back equal to what was sent, after the schema's trimming.
 *
 * Runs are bounded (`numRuns`) so the file takes seconds. `FC_SEED` replays a failing run.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { ErrorBody, defaultGroups, limits, visibleText } from '@copro/protocol';
import { createApp, type Database } from '../src/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { TOKEN, call, slug, type Answer, testAppOptions } from './helpers.ts';

type App = Awaited<ReturnType<typeof createApp>>;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const runs = (numRuns: number) => ({ numRuns, seed, endOnFailure: true, verbose: 1 as const });
const counts: Record<string, number> = {};

// ---------- text ----------

/** Characters that look harmless but trip up renderers and databases: all valid Unicode. */
const trickyUnits = [
  '\u200f', '\u200e', '\u202e', '\u202a', '\u2066', '\u2069', // RTL/LTR marks, overrides, isolates
  '\u200d', '\u200c', '\u200b', '\u2060', // zero-width joiner, non-joiner, space, word joiner
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇨🇾', '𝕏', // emoji sequences, astral plane
  'e\u0301', 'ﷺ', 'ا', 'ש', 'ŵ', 'ŷ', '你', // combining mark, Arabic, Hebrew, Welsh, CJK
  '\u0001', '\u001f', '\u007f', '\ufffd', '\uffff', // other controls, replacement, noncharacter
  '<script>', '"', '\\', '\n', '\t', "'; DROP TABLE posts; --",
];
/** What PostgreSQL cannot store (NUL) or UTF-8 cannot encode (lone surrogates). */
const unstorable = fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', 'a\u0000b', 'ok\ud83d', '\ude00ok');

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((s) => s !== '\u0000') },
  { weight: 2, arbitrary: fc.constantFrom(...trickyUnits) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\u00a0', '\ufeff', '\u2028', '\u3000') }, // trimmed by the schema at the ends
);
/** Valid text for a field of at most `max` characters once trimmed. */
const goodText = (max: number, min = 1) =>
  fc.string({ unit, maxLength: Math.min(max, 60) }).filter((s) => visibleText(s).length >= min && visibleText(s).length <= max);
/** Any valid text with one character that cannot be stored put somewhere in it. */
const badText = fc.tuple(goodText(40, 0), unstorable, goodText(40, 0)).map(([a, b, c]) => a + b + c);
const oversized = (max: number) => fc.integer({ min: max + 1, max: max + 40 }).map((n) => 'x'.repeat(n));
const blank = fc.constantFrom('', ' ', '\n\t ', '\u00a0\u3000');

// ---------- wrong values ----------

/** Stands in for raw JSON that `JSON.stringify` cannot write (1e400, 30-digit integers, 10,000-deep arrays). */
const RAW = '\u0001raw:';
const rawJson = fc.oneof(
  fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '1e308', '-1e-7', '9007199254740993'),
  fc.integer({ min: 100, max: 10_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 100, max: 5_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
).map((raw) => RAW + raw);

const notString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 }), rawJson);
const notBoolean = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constantFrom('true', 'false', 0, 1), fc.array(fc.boolean(), { maxLength: 2 }), rawJson);
const notUuid = fc.oneof(notString, fc.string({ maxLength: 40 }), fc.uuid().map((u) => u.slice(1)), fc.uuid().map((u) => `${u}\u0000`), fc.uuid().map((u) => ` ${u}`));
const notSlug = fc.oneof(notString, fc.constantFrom('', '-lead', 'Upper', 'has space', 'ü', 'a_b', 'x'.repeat(65), 'a\u0000'), badText);
const hugeInt = fc.oneof(
  fc.constantFrom(2 ** 31, 2 ** 53, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.double({ noInteger: true }),
  rawJson,
);
const notText = (max: number) => fc.oneof(notString, oversized(max), blank, badText);
const notOptionalText = (max: number) => fc.oneof(notString, oversized(max), badText);
const notEnum = (...allowed: string[]) => fc.oneof(notString, fc.string({ maxLength: 12 }).filter((s) => !allowed.includes(s)), fc.constantFrom(...allowed.map((a) => a.toUpperCase())));

/** A JSON body as text; `RAW` markers become the raw JSON they carry. */
function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:((?:[^"\\]|\\.)*)"/g, (_, raw: string) => raw);
}

interface Target {
  name: string;
  method: 'POST' | 'PUT';
  path: string;
  staff?: boolean;
  /** A valid body. */
  valid: fc.Arbitrary<Record<string, unknown>>;
  /** For each field, values that make the body invalid. Required fields are also tried left out. */
  wrong: Record<string, fc.Arbitrary<unknown>>;
  required: string[];
}

/** A valid body with one field wrong (or a required one left out), as JSON text. */
function oneFieldWrong(target: Target): fc.Arbitrary<{ raw: string; field: string }> {
  const fields = Object.keys(target.wrong);
  return fc
    .tuple(target.valid, fc.constantFrom(...fields), fc.boolean())
    .chain(([body, field, dropIt]) => {
      if (dropIt && target.required.includes(field)) {
        const { [field]: _, ...rest } = body;
        return fc.constant({ raw: toJson(rest), field: `-${field}` });
      }
      return target.wrong[field].map((value) => ({ raw: toJson({ ...body, [field]: value }), field }));
    });
}

/** Bodies that are not a JSON object of the schema at all. */
const notABody = fc.oneof(
  fc.oneof(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }), fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant({})).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 30 }).filter((s) => !isJson(s)),
  fc.constantFrom('{"a":', '{"id":1,}', "{'id':1}", 'NaN', '{"__proto__":{"admin":true}}', '\ufeff[1]', '{"a":1}{"b":2}'),
  rawJson.map((raw) => raw.slice(RAW.length)),
);
function isPlainObject(text: string): boolean {
  const value: unknown = isJson(text) ? JSON.parse(text) : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function refused(answer: Answer, what: string): void {
  assert.ok(answer.status >= 400 && answer.status < 500, `${what} answered ${answer.status}: ${JSON.stringify(answer.body)?.slice(0, 300)}`);
  assert.ok(z.safeParse(ErrorBody, answer.body).success, `${what}: not the error object: ${JSON.stringify(answer.body)?.slice(0, 300)}`);
}

describe('property-based: bad input is refused and stores nothing; good input round-trips', () => {
  let db: Database;
  let app: App;
  const board = slug('prop-board');
  const room = slug('prop-room');
  const ladder = slug('prop-ladder');
  const page = `/prop/${randomUUID()}`;
  let postId: string;

  before(async () => {
    db = await openPglite('memory://');
    await migrate(db);
    app = await createApp({ db, ...testAppOptions });
    // A post to answer, on a board of its own so the refusal board stays empty.
    const answered = slug('prop-answer');
    postId = randomUUID();
    assert.equal((await call(app, 'POST', `/v1/boards/${answered}/posts`, { body: { id: postId, participant: randomUUID(), body: 'Answer me' } })).status, 201);
    for (const path of [`/v1/boards/${board}`, `/v1/rooms/${room}`, `/v1/ladders/${ladder}`]) assert.equal((await call(app, 'GET', path)).status, 200);
    (globalThis as { answeredBoard?: string }).answeredBoard = answered;
  });
  after(async () => {
    await db?.close();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`properties: ${total} generated requests (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  });

  const targets = (): Target[] => [
    {
      name: 'NewPost',
      method: 'POST',
      path: `/v1/boards/${board}/posts`,
      valid: fc.record({ id: fc.uuid(), participant: fc.uuid(), body: goodText(1000), displayName: goodText(80, 0) }),
      wrong: {
        id: notUuid,
        participant: notUuid,
        body: fc.oneof(notText(limits.postBody), fc.constant('y'.repeat(1001))), // 1001: over this board's 1000
        category: fc.oneof(notSlug, fc.constant('not-a-category-of-this-board')),
        displayName: notOptionalText(limits.displayName),
        website: fc.oneof(notString, oversized(500)),
      },
      required: ['id', 'participant', 'body'],
    },
    {
      name: 'UpdateGroup',
      method: 'PUT',
      path: `/v1/rooms/${room}/groups/young-people`,
      staff: true,
      valid: fc.record({ status: fc.constantFrom('missing', 'invited', 'present', 'not-relevant'), note: goodText(200, 0), revision: fc.constant(0) }),
      wrong: {
        status: notEnum('unknown', 'missing', 'invited', 'present', 'not-relevant'),
        note: notOptionalText(limits.note),
        revision: fc.oneof(hugeInt, notString.filter((v) => typeof v !== 'number'), fc.constant('0')),
      },
      required: ['status', 'note', 'revision'],
    },
    {
      name: 'NewGroup',
      method: 'POST',
      path: `/v1/rooms/${room}/groups`,
      staff: true,
      valid: fc.record({ id: fc.uuid(), label: goodText(120), hint: goodText(200, 0) }),
      wrong: { id: notSlug, label: notText(limits.label), hint: notOptionalText(limits.hint) },
      required: ['id', 'label'],
    },
    {
      name: 'NewRating',
      method: 'POST',
      path: `/v1/ladders/${ladder}/ratings`,
      valid: fc.record({ id: fc.uuid(), participant: fc.uuid(), role: fc.constantFrom('staff', 'lived-experience'), now: fc.constantFrom('informing', 'co-design'), comment: goodText(200, 0) }),
      wrong: {
        id: notUuid,
        participant: notUuid,
        role: fc.oneof(notSlug, fc.constant('not-a-role')),
        now: fc.oneof(notSlug, fc.constant('not-a-rung')),
        aim: fc.oneof(notSlug, fc.constant('not-a-rung')),
        principles: fc.oneof(notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.record({ assets: hugeInt }), fc.constant({ assets: 0 }), fc.constant({ assets: 6 }), fc.constant({ nonsense: 3 })),
        comment: notOptionalText(limits.comment),
      },
      required: ['id', 'participant', 'role', 'now'],
    },
    {
      name: 'NewClarity',
      method: 'POST',
      path: '/v1/clarity',
      valid: fc.record({ id: fc.uuid(), page: fc.constant(page), block: goodText(60), version: fc.constantFrom('standard', 'plain'), clear: fc.boolean(), comment: goodText(200, 0) }),
      wrong: {
        id: notUuid,
        block: notText(200),
        version: notEnum('standard', 'plain'),
        clear: notBoolean,
        comment: notOptionalText(limits.comment),
      },
      required: ['id', 'page', 'block', 'version', 'clear'],
    },
    {
      name: 'BoardSettings',
      method: 'PUT',
      path: `/v1/boards/${board}`,
      staff: true,
      valid: fc.record({ title: goodText(100), moderation: fc.constantFrom('before', 'after'), open: fc.boolean() }),
      wrong: {
        title: notText(limits.title),
        moderation: notEnum('before', 'after'),
        maxLength: fc.oneof(hugeInt, fc.constantFrom(0, 5001, '100')),
        open: notBoolean,
        categories: fc.oneof(notString.filter((v) => !Array.isArray(v)), fc.constant([{ id: 'Bad Id', label: 'x' }]), fc.constant([{ id: 'ok', label: '' }]), fc.constant(Array.from({ length: 51 }, (_, i) => ({ id: `c${i}`, label: 'x' })))),
      },
      required: [],
    },
    {
      name: 'SetResponse',
      method: 'PUT',
      path: `/v1/boards/{answered}/posts/{post}/response`,
      staff: true,
      valid: fc.record({ status: fc.constantFrom('heard', 'planned', 'done'), message: goodText(200, 0) }),
      wrong: { status: notEnum('heard', 'considering', 'planned', 'done', 'not-doing'), message: notOptionalText(limits.responseMessage) },
      required: ['status', 'message'],
    },
  ];
  const pathOf = (target: Target) =>
    target.path.replace('{answered}', (globalThis as { answeredBoard?: string }).answeredBoard ?? '').replace('{post}', postId);

  async function send(target: Target, raw: string, contentType = 'application/json'): Promise<Answer> {
    counts[target.name] = (counts[target.name] ?? 0) + 1;
    return call(app, target.method, pathOf(target), { raw, headers: { 'content-type': contentType }, token: target.staff ? TOKEN : undefined });
  }

  it('a body with one wrong field is refused 4xx with the error object, for every write schema', async () => {
    for (const target of targets()) {
      await fc.assert(
        fc.asyncProperty(oneFieldWrong(target), async ({ raw, field }) => {
          refused(await send(target, raw), `${target.name} with ${field} wrong`);
        }),
        runs(70),
      );
    }
  });

  it('what is not a body of the schema (arrays, strings, malformed JSON, deep nesting) is refused 4xx', async () => {
    for (const target of targets()) {
      await fc.assert(
        // An empty object is a valid settings change (every field optional).
        fc.asyncProperty(target.required.length ? notABody : notABody.filter((raw) => !isPlainObject(raw)), async (raw) => refused(await send(target, raw), `${target.name} body ${raw.slice(0, 40)}`)),
        runs(25),
      );
    }
  });

  it('the wrong media type, bytes that are not UTF-8, and bodies over 64 KB are refused 4xx', async () => {
    const target = targets()[0];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ raw: fc.constant('{}'), type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'application/jsonx', 'json') }),
          fc.record({ raw: fc.uint8Array({ minLength: 1, maxLength: 20 }).map((b) => Buffer.from([0x22, 0xff, 0xfe, ...b, 0x22]).toString('latin1')), type: fc.constant('application/json') }),
          fc.record({ raw: fc.integer({ min: limits.maxBodyBytes - 60, max: limits.maxBodyBytes + 4000 }).map((n) => JSON.stringify({ id: randomUUID(), participant: randomUUID(), body: 'z'.repeat(n) })), type: fc.constant('application/json') }),
        ),
        async ({ raw, type }) => {
          const body = raw.startsWith('"\u00ff') ? Buffer.from(raw, 'latin1') : raw;
          counts.NewPost = (counts.NewPost ?? 0) + 1;
          const answer = await call(app, 'POST', pathOf(target), { raw: body, headers: type ? { 'content-type': type } : {} });
          refused(answer, `body of ${typeof body === 'string' ? body.length : body.byteLength} bytes as "${type}"`);
        },
      ),
      runs(40),
    );
  });

  it('forged cursors, bad query values and bad ids in the path are answered 4xx or 200, never 5xx', async () => {
    const cursorPart = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(1e300, 2 ** 31, -(2 ** 31) - 1, '1', 'Tue', '2020-13-45', '99999-01-01T00:00:00Z', '-infinity', 'infinity', '\u0000', ''), fc.string({ maxLength: 12 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
    const cursor = fc.tuple(fc.constantFrom('newest', 'most-supported', 'recently-answered'), fc.array(cursorPart, { maxLength: 4 })).map(([sort, key]) => ({ sort, cursor: Buffer.from(JSON.stringify([sort, ...key])).toString('base64url') }));
    const queries = fc.oneof(
      cursor.map(({ sort, cursor: c }) => `/v1/boards/${board}/posts?sort=${sort}&cursor=${c}`),
      fc.tuple(fc.constantFrom('sort', 'limit', 'status', 'category', 'participant', 'cursor'), fc.string({ unit: 'binary', maxLength: 20 })).map(([k, v]) => `/v1/boards/${board}/posts?${k}=${encodeURIComponent(v)}`),
      fc.constantFrom('%00', '%ZZ', '%ED%A0%80', 'abc%00def', '1e999', '-1', '0', '101').map((v) => `/v1/boards/${board}/posts?limit=${v}&q=${v}`),
      fc.string({ unit: 'binary', maxLength: 30 }).map((q) => `/v1/boards/${board}/similar?q=${encodeURIComponent(q)}`),
      fc.constantFrom('%00', '%ED%A0%80', 'aaa%00', 'abc%ZZ').map((q) => `/v1/boards/${board}/similar?q=${q}`),
      fc.string({ unit: 'binary', maxLength: 30 }).map((p) => `/v1/clarity?page=${encodeURIComponent(p)}`),
      fc.string({ maxLength: 70 }).map((id) => `/v1/boards/${encodeURIComponent(id)}`),
      fc.string({ maxLength: 70 }).map((id) => `/v1/rooms/${room}/groups/${encodeURIComponent(id)}`),
    );
    await fc.assert(
      fc.asyncProperty(queries, async (path) => {
        counts.queries = (counts.queries ?? 0) + 1;
        const answer = await call(app, 'GET', path, { token: path.startsWith('/v1/clarity') ? TOKEN : undefined });
        assert.ok(answer.status < 500, `GET ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`);
        if (answer.status >= 400) refused(answer, `GET ${path}`);
      }),
      runs(200),
    );
  });

  it('the cases these properties first found are refused 4xx (NUL, lone surrogates, 2^31 revisions, forged cursors)', async () => {
    const cursor = (...key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const [post, group, , , , , response] = targets();
    const bodies: Array<[Target, unknown]> = [
      [post, { id: randomUUID(), participant: randomUUID(), body: 'a\u0000b' }], // was 500: PostgreSQL text refuses NUL
      [post, { id: randomUUID(), participant: randomUUID(), body: 'cut emoji \ud83d' }], // was 201, stored as U+FFFD
      [post, { id: randomUUID(), participant: randomUUID(), body: 'ok', displayName: '\udc00' }], // was 201, changed
      [group, { status: 'present', note: 'x\u0000', revision: 0 }], // was 500
      [response, { status: 'heard', message: '\ud800' }],
    ];
    for (const [target, body] of bodies) refused(await send(target, JSON.stringify(body)), `${target.name} ${JSON.stringify(body)}`);
    for (const revision of [2 ** 31, 2 ** 53 - 1]) {
      // was 500 (integer out of range): a revision the group never had is stale
      const answer = await send(group, JSON.stringify({ status: 'present', note: '', revision }));
      assert.equal(answer.status, 409, `revision ${revision}: ${JSON.stringify(answer.body)}`);
    }
    for (const forged of [
      `sort=most-supported&cursor=${cursor('most-supported', 2 ** 31, '2020-01-01T00:00:00.000Z', 'x')}`, // was 500
      `sort=newest&cursor=${cursor('newest', '1', 'x')}`, // was 500: Date.parse takes "1", PostgreSQL does not
      `sort=newest&cursor=${cursor('newest', '2020-01-01T00:00:00.000Z', 'x\u0000')}`, // was 500
    ]) {
      refused(await call(app, 'GET', `/v1/boards/${board}/posts?${forged}`), forged);
    }
    refused(await call(app, 'GET', `/v1/boards/${board}/similar?q=%00abc`), 'similar search with NUL'); // was 500
  });

  it('after all of that, nothing was stored (checked through the API)', async () => {
    const posts = await call(app, 'GET', `/v1/boards/${board}/posts?limit=100`, { token: TOKEN });
    assert.deepEqual(posts.body.items, [], 'posts were stored from refused bodies');
    const boardNow = await call(app, 'GET', `/v1/boards/${board}`);
    assert.deepEqual(
      { title: boardNow.body.title, moderation: boardNow.body.moderation, open: boardNow.body.open, maxLength: boardNow.body.maxLength, categories: boardNow.body.categories },
      { title: boardNow.body.title, moderation: 'after', open: true, maxLength: 1000, categories: [] },
    );
    assert.match(boardNow.body.title, /^Prop board/, 'the board title changed');
    const roomNow = (await call(app, 'GET', `/v1/rooms/${room}`)).body;
    assert.equal(roomNow.groups.length, defaultGroups.length, 'a group was added from a refused body');
    for (const group of roomNow.groups) assert.deepEqual([group.id, group.revision, group.status, group.note], [group.id, 0, 'unknown', '']);
    assert.equal((await call(app, 'GET', `/v1/ladders/${ladder}/summary`)).body.total, 0, 'a rating was stored from a refused body');
    assert.deepEqual((await call(app, 'GET', `/v1/clarity?page=${encodeURIComponent(page)}`, { token: TOKEN })).body.blocks, [], 'clarity was stored from a refused body');
    const answered = (globalThis as { answeredBoard?: string }).answeredBoard;
    const post = (await call(app, 'GET', `/v1/boards/${answered}/posts`, { token: TOKEN })).body.items[0];
    assert.equal(post.response, null, 'a refused answer was stored');
  });

  // ---------- round-trips ----------

  it('valid posts read back equal, after trimming (body and display name)', async () => {
    const roundTrip = slug('prop-roundtrip');
    await fc.assert(
      fc.asyncProperty(fc.uuid(), fc.uuid(), goodText(1000), fc.option(goodText(80, 0), { nil: undefined }), async (id, participant, body, displayName) => {
        counts.roundTrip = (counts.roundTrip ?? 0) + 2;
        const sent = await call(app, 'POST', `/v1/boards/${roundTrip}/posts`, { body: { id, participant, body, displayName } });
        assert.equal(sent.status, 201, JSON.stringify(sent.body));
        const page1 = await call(app, 'GET', `/v1/boards/${roundTrip}/posts?limit=1&participant=${participant}`);
        const stored = page1.body.items[0];
        assert.equal(stored.id, id.toLowerCase());
        assert.equal(stored.body, visibleText(body));
        assert.equal(stored.displayName, (displayName !== undefined && visibleText(displayName)) ? visibleText(displayName) : null);
        assert.equal(stored.mine, true);
      }),
      runs(40),
    );
  });

  it('valid group changes and new groups read back equal, after trimming', async () => {
    const roundRoom = slug('prop-room-rt');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...defaultGroups.map((g) => g.id)),
        fc.constantFrom('missing', 'invited', 'present', 'not-relevant', 'unknown'),
        goodText(400, 0),
        fc.uuid(),
        goodText(120),
        goodText(300, 0),
        async (group, status, note, newId, label, hint) => {
          counts.roundTrip = (counts.roundTrip ?? 0) + 4;
          const before = (await call(app, 'GET', `/v1/rooms/${roundRoom}`)).body.groups.find((g: { id: string }) => g.id === group);
          const changed = await call(app, 'PUT', `/v1/rooms/${roundRoom}/groups/${group}`, { token: TOKEN, body: { status, note, revision: before.revision } });
          assert.equal(changed.status, 200, JSON.stringify(changed.body));
          const added = await call(app, 'POST', `/v1/rooms/${roundRoom}/groups`, { token: TOKEN, body: { id: newId, label, hint } });
          assert.equal(added.status, 201, JSON.stringify(added.body));
          const groups = (await call(app, 'GET', `/v1/rooms/${roundRoom}`)).body.groups as Array<{ id: string; status: string; note: string; label: string; hint: string }>;
          const stored = groups.find((g) => g.id === group)!;
          assert.deepEqual([stored.status, stored.note], [status, visibleText(note)]);
          const storedNew = groups.find((g) => g.id === newId)!;
          assert.deepEqual([storedNew.label, storedNew.hint], [visibleText(label), visibleText(hint)]);
        },
      ),
      runs(30),
    );
  });

  it('valid clarity answers and ratings read back equal, after trimming', async () => {
    const roundPage = `/prop-rt/${randomUUID()}`;
    const roundLadder = slug('prop-ladder-rt');
    await fc.assert(
      fc.asyncProperty(fc.uuid(), goodText(100), goodText(300), fc.boolean(), fc.uuid(), fc.uuid(), goodText(300), async (id, block, comment, clear, ratingId, participant, ratingComment) => {
        counts.roundTrip = (counts.roundTrip ?? 0) + 4;
        assert.equal((await call(app, 'POST', '/v1/clarity', { body: { id, page: roundPage, block, version: 'plain', clear, comment } })).status, 201);
        const report = (await call(app, 'GET', `/v1/clarity?page=${encodeURIComponent(roundPage)}`, { token: TOKEN })).body;
        const blockReport = report.blocks.find((b: { block: string }) => b.block === block.trim());
        assert.ok(blockReport, `block ${JSON.stringify(block.trim())} not in the report`);
        assert.ok(blockReport.comments.some((c: { comment: string }) => c.comment === visibleText(comment)), 'comment not read back equal');
        const rating = { id: ratingId, participant, role: 'lived-experience', now: 'co-design', comment: ratingComment };
        const first = await call(app, 'POST', `/v1/ladders/${roundLadder}/ratings`, { body: rating });
        assert.equal(first.status, 201, JSON.stringify(first.body));
        const replay = await call(app, 'POST', `/v1/ladders/${roundLadder}/ratings`, { body: rating }); // a replay reads the stored rating
        assert.equal(replay.status, 200);
        assert.equal(replay.body.comment, visibleText(ratingComment));
      }),
      runs(30),
    );
  });
});
