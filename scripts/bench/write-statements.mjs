// What the reference server's `POST /v1/boards/{board}/posts` runs in SQL, recorded from the server
// itself, so the bare write handler (bare-sql.mjs) and the in-process bench (in-process.mjs) run
// exactly the statements the server runs for a new post, with the same parameters:
//   the write rate limit's counter (http/rate-limit.ts), the erased-id check (participants.ts),
//   the idempotency check (the post's id looked up with its write hash: store/boards.ts `findPost`),
//   the board, the INSERT of the post, and the change (its number, its row in `changes` and its
//   `pg_notify`, changes.ts), one statement each.
// Recorded on an app of its own (createApp on a migrated database), from the second new post on a
// board: the first also stores the board (`ensure`, once per board: since 2026-12-06 a post on a
// stored board does not run it) and sweeps old rate-limit windows (once a minute; the server pays
// that once a minute too, the bare handler never). Each parameter that is the request's (the board, the post's
// id, the participant, the body, the write hash of those, the rate-limit window) becomes a slot the
// bare handler fills from its own request; the rest (the rate limit's client key, the change
// feed's origin, the NOTIFY channel) are kept as recorded. A third post checks the slots: filled
// from its request, the template must give exactly the statements the server ran for it.
import { writeHash } from '../../packages/server/src/store/replays.ts';

/** The bench's rate limit (run.mjs: COPRO_RATE_LIMIT=1000000000/60): a 60 s window. */
const WINDOW_MS = 60_000;

/** The values of one post request that its statements carry. */
export function writeValues(board, input, now = Date.now()) {
  const participant = input.participant.toLowerCase();
  return {
    board,
    id: input.id.toLowerCase(),
    participant,
    body: input.body,
    // The server's hash of a resident's post (store/boards.ts `createPost`): no category, no name.
    hash: writeHash('post', [board, participant, input.body, null, null]),
    window: Math.floor(now / WINDOW_MS) * WINDOW_MS,
  };
}

/**
 * The statements with their parameters, for `values`: on a board already stored (`boardStored`,
 * as the board's SELECT found it), without the statements a post runs only on a board's first post.
 */
export const bindWrite = (template, values, boardStored = true) =>
  template.filter((statement) => !(boardStored && statement.firstOnBoard)).map(({ sql, params }) => [sql, params.map((p) => ('slot' in p ? values[p.slot] : p.value))]);

/**
 * Runs a post's statements through `query` as the server does, one after another: the board's
 * INSERT only when the board's SELECT found no row (store/boards.ts `createPost`). Returns the
 * inserted post's row.
 */
export async function runWrite(template, values, query) {
  let boardStored = false;
  let post;
  for (const statement of template) {
    if (statement.firstOnBoard && boardStored) continue;
    const [[sql, params]] = bindWrite([statement], values, false);
    const { rows } = await query(sql, params);
    if (statement.boardLookup) boardStored = rows.length > 0;
    if (statement.postInsert) post = rows[0];
  }
  return post;
}

/** A post's statements in a template (those of a post on a board already stored). */
export const statementsPerPost = (template) => bindWrite(template, {}).length;

const postBody = (n) => ({ id: crypto.randomUUID(), participant: crypto.randomUUID(), body: `A benchmark idea about the park ${n}` });

/** The rate limit's sweep of old windows: once a minute, never in a template. */
const SWEEP = /^DELETE FROM rate_limits\b/;

/**
 * Records the statements `app` runs for a new post on `board` (`recorder.recording` is the array its
 * database wrapper pushes `[sql, params]` to while set). Returns the template: `{ sql, params }` per
 * statement, each parameter `{ slot }` (a name in `writeValues`) or `{ value }`; the board's SELECT
 * is marked `boardLookup`, the post's INSERT `postInsert`, and what only a board's first post runs
 * (storing the board) `firstOnBoard`.
 */
export async function recordWrite(app, recorder, board = 'bench-write-recorded') {
  const post = async (n) => {
    const input = postBody(n);
    const values = writeValues(board, input);
    recorder.recording = [];
    const response = await app.request(`/v1/boards/${board}/posts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const statements = recorder.recording;
    recorder.recording = undefined;
    if (response.status !== 201) throw new Error(`recording a write: the server answered ${response.status}`);
    return { values, statements };
  };
  const slotted = ({ values, statements }) => {
    const slotOf = (value) => Object.keys(values).find((name) => values[name] === value);
    return statements.map(([sql, params = []]) => ({ sql, params: params.map((value) => (slotOf(value) ? { slot: slotOf(value) } : { value })) }));
  };
  const first = await post(1);
  const second = await post(2);
  const template = slotted(second).map((statement) => ({
    ...statement,
    ...(/^\s*SELECT \* FROM boards WHERE id = \$1/.test(statement.sql) ? { boardLookup: true } : {}),
    ...(/^\s*INSERT INTO posts\b/.test(statement.sql) ? { postInsert: true } : {}),
  }));
  // What the first post ran that the second did not (but the sweep): storing the board, before the post's INSERT.
  const onlyFirst = slotted(first).filter((statement) => !SWEEP.test(statement.sql) && !template.some((t) => t.sql === statement.sql));
  template.splice(template.findIndex((statement) => statement.postInsert), 0, ...onlyFirst.map((statement) => ({ ...statement, firstOnBoard: true })));
  if (template.filter((statement) => statement.boardLookup || statement.postInsert).length !== 2) throw new Error('recording a write: no board SELECT or no post INSERT');
  const same = (bound, ran) => JSON.stringify(bound.map(([sql, params]) => [sql, params.map(String)])) === JSON.stringify(ran.map(([sql, params = []]) => [sql, params.map(String)]));
  // A post on a new board (the first, without its sweep) and on a stored one (a third) must follow from the template.
  const firstRan = first.statements.filter(([sql]) => !SWEEP.test(sql));
  if (!same(bindWrite(template, first.values, false), firstRan)) throw new Error(`the first write's statements do not follow from its request:\n${JSON.stringify(firstRan)}`);
  const third = await post(3);
  if (!same(bindWrite(template, third.values), third.statements)) throw new Error(`the write's statements do not follow from its request:\n${JSON.stringify(third.statements)}`);
  return template;
}
