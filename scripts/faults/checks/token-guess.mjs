// (h) Guessing the staff token (issue 13, finding 10): one address sends 400 made-up tokens as fast
// as it can. On the tenth failure it is locked out of staff sign-in (429 with Retry-After, even for
// the right token), every failure is logged as a security event without the token, and meanwhile
// a real member of staff at another address signs in and a public reader at the guessing address
// still reads and writes. The server sits behind a trusted proxy (this script plays the proxy), so
// the two clients have their own addresses on loopback.
import { randomBytes } from 'node:crypto';
import { ms, percentile, request, startServerProcess, STAFF_TOKEN, uid } from '../lib.mjs';

const GUESSES = 400;
const PARALLEL = 8;
const LIMIT = 10;
const ATTACKER = '203.0.113.66';
const STAFF = '198.51.100.20';

export async function tokenGuessing(log) {
  const server = await startServerProcess({ COPRO_DATA_DIR: 'memory://', COPRO_TRUST_PROXY: '127.0.0.1' });
  try {
    const from = (ip) => ({ 'x-forwarded-for': ip });
    const guesses = Array.from({ length: GUESSES }, () => `copro_staff_${randomBytes(32).toString('base64url')}`);
    const statuses = new Map();
    let missingRetryAfter = 0;
    let firstLocked = -1;
    const started = performance.now();
    for (let i = 0; i < guesses.length; i += PARALLEL) {
      const batch = guesses.slice(i, i + PARALLEL);
      const answers = await Promise.all(batch.map((token) => request(server.url, 'GET', '/v1/staff/me', { token, headers: from(ATTACKER) })));
      answers.forEach((answer, j) => {
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 429) {
          if (firstLocked < 0) firstLocked = i + j;
          if (!(Number(answer.headers.get('retry-after')) >= 1)) missingRetryAfter += 1;
        }
      });
    }
    const elapsedS = (performance.now() - started) / 1000;
    const unauthorized = statuses.get(401) ?? 0;
    const limited = statuses.get(429) ?? 0;
    const retryAfter = (await request(server.url, 'GET', '/v1/staff/me', { token: guesses[0], headers: from(ATTACKER) })).headers?.get('retry-after');
    log(`${GUESSES} guesses from one address in ${elapsedS.toFixed(2)} s: ${unauthorized} × 401, ${limited} × 429 (first at guess ${firstLocked + 1}, Retry-After ${retryAfter} s)`);

    // While the guesser is locked out: the right token from its address is refused too.
    const rightFromAttacker = await request(server.url, 'GET', '/v1/staff/me', { token: STAFF_TOKEN, headers: from(ATTACKER) });
    // Real staff elsewhere, and public readers and writers at the same address, are not affected.
    const staffTimes = [];
    let staffOk = 0;
    for (let i = 0; i < 20; i++) {
      const answer = await request(server.url, 'GET', '/v1/staff/me', { token: STAFF_TOKEN, headers: from(STAFF) });
      staffTimes.push(answer.ms);
      if (answer.status === 200 && answer.body?.role === 'admin') staffOk += 1;
    }
    const board = `faults-guess-${uid().slice(0, 8)}`;
    const read = await request(server.url, 'GET', `/v1/boards/${board}/posts`, { headers: from(ATTACKER) });
    const write = await request(server.url, 'POST', `/v1/boards/${board}/posts`, { headers: from(ATTACKER), body: { id: uid(), participant: uid(), body: 'Still open' } });
    log(`right token from the guessing address: ${rightFromAttacker.status}; staff at another address: ${staffOk}/20 × 200 (p95 ${ms(percentile(staffTimes, 95))}); public read ${read.status}, public post ${write.status} from the guessing address`);

    const lines = server.output.split('\n');
    const events = lines.filter((line) => / security staff token refused from /.test(line)).length;
    const locks = lines.filter((line) => / security staff sign-in locked for /.test(line)).length;
    const leaked = guesses.filter((token) => server.output.includes(token) || server.output.includes(token.slice(12))).length + (server.output.includes(STAFF_TOKEN) ? 1 : 0);
    log(`log: ${events} security events for refused tokens, ${locks} lock-out, ${leaked} tokens written to the log`);

    const problems = [];
    // The tenth failure earns the lock-out, so it is already answered 429.
    if (unauthorized !== LIMIT - 1) problems.push(`${unauthorized} guesses answered 401 before the lock-out (expected ${LIMIT - 1})`);
    if (limited !== GUESSES - LIMIT + 1) problems.push(`${limited} guesses answered 429 (expected ${GUESSES - LIMIT + 1})`);
    if (missingRetryAfter) problems.push(`${missingRetryAfter} 429s without Retry-After`);
    if (!(Number(retryAfter) >= 1 && Number(retryAfter) <= 60)) problems.push(`Retry-After ${retryAfter}`);
    if (rightFromAttacker.status !== 429) problems.push(`the right token from the locked address answered ${rightFromAttacker.status}`);
    if (staffOk !== 20) problems.push(`staff at another address signed in ${staffOk}/20 times`);
    if (read.status !== 200 || write.status !== 201) problems.push(`public read ${read.status}, public post ${write.status} from the locked address`);
    if (events < LIMIT || !locks) problems.push(`${events} security events and ${locks} lock-outs logged`);
    if (leaked) problems.push(`${leaked} tokens in the log`);
    if (problems.length) throw new Error(problems.join('; '));
  } finally {
    await server.stop();
  }
}
