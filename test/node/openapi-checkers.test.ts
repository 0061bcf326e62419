/**
 * The OpenAPI document, judged by third-party checkers rather than by our own code: organisations
 * that write their own endpoint, and developers who generate clients, read it with these tools.
 *
 * - Redocly CLI (its recommended rules) and Spectral (`spectral:oas`) lint the document the server
 *   serves: no errors, and no warnings beyond the two listed below with their reasons.
 * - Stoplight Prism, as a validating proxy (`prism proxy --errors`) in front of the real server on
 *   PGlite, checks real answers against the document: a public read, a resident's writes, staff
 *   reads and writes with a token, errors. An answer that does not match the document comes back
 *   500 with Prism's `VIOLATIONS` error, so each call's status says whether it matched.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../packages/server/src/index.ts';
import { freePort } from '../fixtures/free-port.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const TOKEN = `openapi-checkers-${randomUUID()}`;
// No telemetry or update checks from the checkers (they would also wait on a network CI may not have).
const quiet = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Warnings we accept, each with why: `rule path`. */
const acceptedWarnings = new Map([
  // Health and the document itself answer only 200: nothing a client sends can be wrong there.
  ['operation-4xx-response #/paths/~1v1~1health/get/responses', 'health has no client error'],
  ['operation-4xx-response #/paths/~1v1~1openapi.json/get/responses', 'the document has no client error'],
]);

function run(command: string, args: string[], options: { cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: quiet, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}


describe('the OpenAPI document, by third-party checkers', { timeout: 240_000 }, () => {
  let server: RunningServer;
  let folder: string;
  let documentFile: string;
  let prism: ChildProcess | undefined;
  let proxy = '';

  before(async () => {
    server = await startServer({ port: 0, dataDir: 'memory://', adminToken: TOKEN, version: '1.0.0', log: () => {} });
    folder = mkdtempSync(join(tmpdir(), 'copro-openapi-'));
    documentFile = join(folder, 'openapi.json');
    const served = await fetch(`${server.url}/v1/openapi.json`);
    assert.equal(served.status, 200);
    writeFileSync(documentFile, await served.text());
  });

  after(async () => {
    prism?.kill();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('Redocly (recommended rules): no errors, no warnings but the accepted ones', async () => {
    const { code, stdout, stderr } = await run(bin('redocly'), ['lint', documentFile, '--format=json'], { cwd: folder });
    assert.ok(stdout.includes('"problems"'), `Redocly did not run (exit ${code}): ${stderr}${stdout}`);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }> };
    const problems = report.problems.map((problem) => ({ ...problem, where: `${problem.ruleId} ${problem.location[0]?.pointer ?? ''}` }));
    const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.where}: ${problem.message}`);
    assert.deepEqual(errors, [], stderr);
    const warnings = problems.filter((problem) => problem.severity === 'warn' && !acceptedWarnings.has(problem.where)).map((problem) => `${problem.where}: ${problem.message}`);
    assert.deepEqual(warnings, []);
  });

  it('Spectral (spectral:oas): no errors and no warnings', async () => {
    const ruleset = join(folder, '.spectral.yaml');
    writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
    const { code, stdout, stderr } = await run(bin('spectral'), ['lint', documentFile, '--ruleset', ruleset, '--format', 'json', '--quiet'], { cwd: folder });
    // 0: nothing at error level; 1: errors found (listed below). Anything else (2: no file, a bad
    // ruleset) means Spectral judged nothing, which must not pass as a clean result.
    assert.ok(code === 0 || code === 1, `Spectral did not run (exit ${code}): ${stderr}${stdout}`);
    const results = JSON.parse(stdout) as Array<{ code: string; message: string; severity: number; path: string[] }>;
    assert.ok(Array.isArray(results), stdout);
    // Severity 0 is an error, 1 a warning (2 information and 3 hints are not judged).
    assert.deepEqual(
      results.filter((result) => result.severity <= 1).map((result) => `${result.code} ${result.path.join('.')}: ${result.message}`),
      [],
      stderr,
    );
  });

  it('Prism, as a validating proxy in front of the real server: every answer matches the document', async () => {
    const port = await freePort();
    prism = spawn(bin('prism'), ['proxy', documentFile, server.url, '--errors', '--host', '127.0.0.1', '--port', String(port)], { env: quiet, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    prism.stdout!.on('data', (chunk) => (log += chunk));
    prism.stderr!.on('data', (chunk) => (log += chunk));
    proxy = `http://127.0.0.1:${port}`;
    const started = Date.now();
    while (!log.includes('Prism is listening')) {
      assert.ok(Date.now() - started < 60_000, `Prism did not start:\n${log}`);
      assert.equal(prism.exitCode, null, `Prism stopped:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const calls: string[] = [];
    const call = async (method: string, path: string, { body, token, headers = {} }: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) => {
      const sent: Record<string, string> = { ...headers };
      if (body !== undefined) sent['Content-Type'] = 'application/json';
      if (token) sent.Authorization = `Bearer ${token}`;
      const answer = await fetch(proxy + path, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await answer.text();
      calls.push(`${answer.status} ${method} ${path}${answer.status === 500 ? ` ${text.slice(0, 600)}` : ''}`);
      return { status: answer.status, json: text.startsWith('{') ? JSON.parse(text) : text };
    };
    const board = `oas-board-${randomUUID().slice(0, 8)}`;
    const room = `oas-room-${randomUUID().slice(0, 8)}`;
    const ladder = `oas-ladder-${randomUUID().slice(0, 8)}`;
    const me = randomUUID();

    await call('GET', '/v1/health');
    await call('PUT', `/v1/boards/${board}`, { token: TOKEN, body: { moderation: 'after' } });
    await call('GET', `/v1/boards/${board}`);
    const post = (await call('POST', `/v1/boards/${board}/posts`, { body: { id: randomUUID(), participant: me, body: 'More benches by the pond, please' } })).json as { id: string };
    await call('POST', `/v1/boards/${board}/posts`, { token: TOKEN, body: { id: randomUUID(), participant: randomUUID(), body: 'Typed up from a paper form', channel: 'paper' } });
    await call('GET', `/v1/boards/${board}/posts`);
    await call('GET', `/v1/boards/${board}/posts`, { token: TOKEN });
    await call('PUT', `/v1/boards/${board}/posts/${post.id}/support`, { headers: { 'copro-participant': randomUUID() } });
    await call('GET', `/v1/boards/${board}/mine`, { headers: { 'copro-participant': me } });
    await call('PUT', `/v1/boards/${board}/posts/${post.id}/response`, { token: TOKEN, body: { status: 'planned', message: 'Two benches in the spring' } });
    await call('GET', `/v1/boards/${board}/accountability`);
    await call('GET', `/v1/boards/${board}/waiting`, { token: TOKEN });
    await call('POST', `/v1/boards/${board}/posts/${post.id}/reports`, { body: { id: randomUUID(), participant: randomUUID(), reason: 'spam' } });
    await call('GET', `/v1/boards/${board}/reports`, { token: TOKEN });
    await call('POST', `/v1/boards/${board}/kiosk-links`, { token: TOKEN, body: { event: 'Spring fair', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } });
    await call('GET', `/v1/boards/${board}/kiosk-links`, { token: TOKEN });
    await call('PUT', `/v1/rooms/${room}`, { token: TOKEN, body: { title: 'Parks plan' } });
    const { json: shown } = await call('GET', `/v1/rooms/${room}`);
    const group = (shown as { groups: Array<{ id: string; revision: number }> }).groups[0];
    await call('PUT', `/v1/rooms/${room}/groups/${group.id}`, { token: TOKEN, body: { id: randomUUID(), status: 'invited', note: 'Asked at the youth council', revision: group.revision } });
    await call('GET', `/v1/rooms/${room}/evidence`, { token: TOKEN });
    await call('GET', `/v1/ladders/${ladder}`);
    await call('POST', `/v1/ladders/${ladder}/ratings`, { body: { id: randomUUID(), participant: me, role: 'lived-experience', now: 'informing', aim: 'co-production', comment: 'Ask us earlier' } });
    await call('GET', `/v1/ladders/${ladder}/summary`);
    await call('GET', `/v1/ladders/${ladder}/summary`, { token: TOKEN });
    await call('GET', `/v1/ladders/${ladder}/comments`, { token: TOKEN });
    await call('POST', '/v1/clarity', { body: { id: randomUUID(), page: '/parks', block: 'intro', version: 'standard', clear: false, comment: 'Too long' } });
    await call('GET', `/v1/clarity?page=${encodeURIComponent('/parks')}`, { token: TOKEN });
    await call('GET', '/v1/staff/me', { token: TOKEN });
    await call('GET', '/v1/staff', { token: TOKEN });
    await call('GET', '/v1/audit', { token: TOKEN });
    await call('GET', '/v1/settings', { token: TOKEN });
    await call('GET', `/v1/participants/${me}`);
    // Answers the server refuses are in the document too.
    await call('PUT', `/v1/boards/${board}/posts/${randomUUID()}/support`, { headers: { 'copro-participant': randomUUID() } });
    await call('GET', `/v1/ladders/${ladder}/comments`, { token: `wrong-${randomUUID()}` });

    const mismatched = calls.filter((line) => line.startsWith('500 '));
    assert.deepEqual(mismatched, [], `answers that do not match the document:\n${mismatched.join('\n')}\n\nPrism:\n${log.split('\n').filter((line) => /error|violation/i.test(line)).join('\n')}`);
    const expected = calls.map((line) => Number(line.slice(0, 3)));
    // Every call above is one the server accepts, but the last two (404, 401): a proxy that let
    // nothing through would not pass.
    assert.deepEqual(expected.slice(-2), [404, 401], calls.join('\n'));
    assert.ok(expected.slice(0, -2).every((status) => status === 200 || status === 201), calls.join('\n'));
  });
});
