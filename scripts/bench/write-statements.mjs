// What the reference server's `POST /v1/boards/{board}/posts` runs in SQL, recorded from the server
// itself, so the bare write handler (bare-sql.mjs) and the in-process bench (in-process.mjs) run
// exactly the statements the server runs for a new post, with the same parameters:
//   the write rate limit's counter (http/rate-limit.ts), the erased-id check (participants.ts),
//   the idempotency check (the post's id looked up with its write hash: store/boards.ts `findPost`),
//   the board, the board stored on first use (`ensure`), the INSERT of the post, and the change
//   (its number, its row in `changes` and its `pg_notify`, changes.ts), one statement each.
// Recorded on an app of its own (createApp on a migrated database), from the second new post on a
// board (the first also sweeps old rate-limit windows once a minute; the server pays that once a
// minute too, the bare handler never). Each parameter that is the request's (the board, the post's
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

/** The statements with their parameters, for `values`. */
export const bindWrite = (template, values) => template.map(({ sql, params }) => [sql, params.map((p) => ('slot' in p ? values[p.slot] : p.value))]);

const postBody = (n) => ({ id: crypto.randomUUID(), participant: crypto.randomUUID(), body: `A benchmark idea about the park ${n}` });

/**
 * Records the statements `app` runs for a new post on `board` (`recorder.recording` is the array its
 * database wrapper pushes `[sql, params]` to while set). Returns the template: `{ sql, params }` per
 * statement, each parameter `{ slot }` (a name in `writeValues`) or `{ value }`.
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
  await post(1);
  const second = await post(2);
  const slotOf = (value) => Object.keys(second.values).find((name) => second.values[name] === value);
  const template = second.statements.map(([sql, params = []]) => ({
    sql,
    params: params.map((value) => (slotOf(value) ? { slot: slotOf(value) } : { value })),
  }));
  const third = await post(3);
  const bound = JSON.stringify(bindWrite(template, third.values).map(([sql, params]) => [sql, params.map(String)]));
  const ran = JSON.stringify(third.statements.map(([sql, params = []]) => [sql, params.map(String)]));
  if (bound !== ran) throw new Error(`the write's statements do not follow from its request:\n${bound}\n${ran}`);
  return template;
}
