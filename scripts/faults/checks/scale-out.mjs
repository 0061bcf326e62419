// (c) Two server processes behind one PostgreSQL: idempotency, the rate limit and revisions hold
// across both, because that state lives in the database. (d) Concurrent edits of one room group
// from many clients: no lost update.
// Room writes need a moderator (or an editor link) since the attack review: the servers' staff token.
import { STAFF_TOKEN, request, startServerProcess, uid } from '../lib.mjs';

const LIMIT = 20;

/** Two servers on one PostgreSQL. Writes are counted per X-Forwarded-For (trusted), so each part has its own client. */
async function twoServers(postgres) {
  const env = { DATABASE_URL: postgres.url, COPRO_RATE_LIMIT: `${LIMIT}/60`, COPRO_TRUST_PROXY: '127.0.0.1' };
  const [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  return { servers: [a, b], stop: () => Promise.all([a.stop(), b.stop()]) };
}

const client = () => ({ 'x-forwarded-for': `127.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

export async function scaleOut(log, { postgres }) {
  if (!postgres.url) {
    log(`skipped (${postgres.skipped})`);
    return 'skipped';
  }
  const { servers, stop } = await twoServers(postgres);
  const [a, b] = servers;
  const problems = [];
  try {
    // Idempotency: each id sent to both servers at once, three times each.
    const board = `faults-scale-${uid().slice(0, 8)}`;
    const ids = Array.from({ length: 15 }, () => uid());
    const answers = await Promise.all(
      ids.flatMap((id) => [a, b, a, b, a, b].map((server) => request(server.url, 'POST', `/v1/boards/${board}/posts`, { body: { id, participant: id, body: `Same id ${id}` }, headers: client() }))),
    );
    const created = answers.filter((x) => x.status === 201).length;
    const replays = answers.filter((x) => x.status === 200).length;
    const listed = await request(b.url, 'GET', `/v1/boards/${board}/posts?limit=100`);
    const storedIds = listed.body.items.map((post) => post.id);
    const idempotent = created === ids.length && replays === ids.length * 5 && storedIds.length === ids.length && new Set(storedIds).size === ids.length;
    log(`idempotency: ${ids.length} ids each sent 6 times across both servers at once (${answers.length} requests): ${created} × 201, ${replays} × 200 replays, other ${answers.length - created - replays}; stored ${storedIds.length} posts ${idempotent ? 'OK' : 'FAIL'}`);
    if (!idempotent) problems.push('idempotency');

    // Rate limit: one client, alternating servers, 2 × the limit.
    const one = client();
    const limited = [];
    for (let i = 0; i < LIMIT * 2; i++) {
      const server = servers[i % 2];
      limited.push(await request(server.url, 'POST', `/v1/boards/${board}/posts`, { body: { id: uid(), participant: uid(), body: 'Rate' }, headers: one }));
    }
    const accepted = limited.filter((x) => x.status === 201).length;
    const refused = limited.filter((x) => x.status === 429);
    const withRetryAfter = refused.filter((x) => Number(x.headers.get('retry-after')) >= 1).length;
    // A fixed window may turn over during the run: then up to twice the limit, never more.
    const rateOk = accepted >= LIMIT && accepted <= LIMIT * 2 && accepted + refused.length === limited.length && withRetryAfter === refused.length && (accepted === LIMIT || accepted === limited.length - refused.length);
    log(`rate limit ${LIMIT}/60 s: ${limited.length} writes from one client alternating between the servers: ${accepted} accepted, ${refused.length} × 429 (${withRetryAfter} with Retry-After) ${accepted === LIMIT && rateOk ? 'OK' : rateOk ? 'OK (a window turned over)' : 'FAIL'}`);
    if (!rateOk || (accepted > LIMIT && refused.length === 0)) problems.push('rate limit');

    // Revisions: many changes from the same revision sent to both at once: one wins.
    const room = `faults-room-${uid().slice(0, 8)}`;
    await request(a.url, 'GET', `/v1/rooms/${room}`);
    const notes = Array.from({ length: 12 }, (_, n) => `note ${n}`);
    const puts = await Promise.all(
      notes.map((note, n) => request(servers[n % 2].url, 'PUT', `/v1/rooms/${room}/groups/carers`, { body: { status: 'invited', note, revision: 0 }, headers: client(), token: STAFF_TOKEN })),
    );
    const won = puts.filter((x) => x.status === 200);
    const conflicts = puts.filter((x) => x.status === 409 && x.body?.current?.revision === 1).length;
    const final = (await request(b.url, 'GET', `/v1/rooms/${room}`)).body.groups.find((g) => g.id === 'carers');
    const revOk = won.length === 1 && conflicts === notes.length - 1 && final.revision === 1 && final.note === won[0].body.note;
    log(`revisions: ${notes.length} changes from revision 0 sent to both servers at once: ${won.length} × 200, ${conflicts} × 409 with the winner; stored revision ${final.revision}, note "${final.note}" ${revOk ? 'OK' : 'FAIL'}`);
    if (!revOk) problems.push('revisions');
  } finally {
    await stop();
  }
  if (problems.length) throw new Error(`did not hold across two servers: ${problems.join(', ')}`);
}

/**
 * Many clients edit one group at once, each retrying on 409 from the revision it is given, like the
 * checklist does. Every accepted change must have its own revision, the revisions must run 1..N
 * with no gap, and the stored group must be the last accepted change.
 */
async function concurrentEdits(urls, label, log) {
  const room = `faults-edits-${uid().slice(0, 8)}`;
  await request(urls[0], 'GET', `/v1/rooms/${room}`);
  const CLIENTS = 16;
  const EACH = 4;
  const accepted = [];
  let conflicts = 0;
  let errors = 0;
  const deadline = Date.now() + 30_000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const url = urls[c % urls.length];
      let revision = (await request(url, 'GET', `/v1/rooms/${room}`)).body.groups.find((g) => g.id === 'young-people').revision;
      for (let n = 0; n < EACH && Date.now() < deadline; ) {
        const note = `client ${c} change ${n}`;
        const answer = await request(url, 'PUT', `/v1/rooms/${room}/groups/young-people`, { body: { status: n % 2 ? 'present' : 'invited', note, revision }, headers: client(), token: STAFF_TOKEN });
        if (answer.status === 200) {
          accepted.push({ note, revision: answer.body.revision });
          revision = answer.body.revision;
          n += 1;
        } else if (answer.status === 409) {
          conflicts += 1;
          revision = answer.body.current.revision;
        } else {
          errors += 1;
          if (errors > 20) return;
        }
      }
    }),
  );
  const final = (await request(urls[0], 'GET', `/v1/rooms/${room}`)).body.groups.find((g) => g.id === 'young-people');
  const revisions = accepted.map((x) => x.revision).sort((x, y) => x - y);
  const distinct = new Set(revisions).size === revisions.length;
  const gapless = revisions.every((r, i) => r === i + 1);
  const last = accepted.reduce((x, y) => (y.revision > x.revision ? y : x), { revision: 0 });
  const ok = accepted.length === CLIENTS * EACH && distinct && gapless && final.revision === accepted.length && final.note === last.note && errors === 0;
  log(
    `${label}: ${CLIENTS} clients × ${EACH} changes to one group (retrying on 409): ${accepted.length} accepted, ${conflicts} × 409, ${errors} errors; ` +
      `revisions distinct: ${distinct}, 1..${accepted.length} without a gap: ${gapless}; stored revision ${final.revision} = last accepted "${last.note}": ${final.note === last.note} ${ok ? 'OK' : 'FAIL'}`,
  );
  if (!ok) throw new Error(`${label}: lost or doubled an update`);
}

export async function concurrentEditsPglite(log) {
  const server = await startServerProcess({ COPRO_DATA_DIR: 'memory://', COPRO_RATE_LIMIT: '100000/60' });
  try {
    await concurrentEdits([server.url], 'one server on PGlite', log);
  } finally {
    await server.stop();
  }
}

export async function concurrentEditsPostgres(log, { postgres }) {
  if (!postgres.url) {
    log(`skipped (${postgres.skipped})`);
    return 'skipped';
  }
  const { servers, stop } = await twoServers(postgres);
  try {
    await concurrentEdits(servers.map((s) => s.url), 'two servers on PostgreSQL', log);
  } finally {
    await stop();
  }
}
