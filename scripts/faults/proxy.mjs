// A fault-injecting HTTP proxy on 127.0.0.1 in front of the real server. It also serves the
// outbox test page (same origin as the endpoint, so the page needs no CORS).
import { createServer, request as httpRequest } from 'node:http';

/**
 * Fault kinds, each applied to the next `count` requests to /v1/ (then requests pass):
 * - `500-before`: answer 500 without forwarding (nothing stored)
 * - `500-after`: forward, let the server store it, then answer 500 (the client must retry; stored once)
 * - `slow-after`: forward, then hold the answer `holdMs` (past the client's timeout) and answer late
 * - `drop-before`: close the connection without forwarding
 * - `drop-after`: forward, then close the connection instead of answering
 */
export async function startFaultProxy(target, pages = {}) {
  let fault = { kind: 'none', count: 0, holdMs: 0 };
  const seen = { forwarded: 0, faulted: 0 };
  const sockets = new Set();

  const forward = (req, body) =>
    new Promise((resolve, reject) => {
      const url = new URL(req.url, target);
      const upstream = httpRequest(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      upstream.on('error', reject);
      upstream.end(body);
    });

  const server = createServer(async (req, res) => {
    if (pages[req.url]) {
      res.writeHead(200, { 'content-type': pages[req.url].type, 'cache-control': 'no-store' });
      res.end(pages[req.url].body);
      return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    let kind = 'none';
    if (fault.count > 0 && req.url.startsWith('/v1/') && req.method !== 'OPTIONS' && req.method !== 'GET') {
      fault.count -= 1;
      kind = fault.kind;
      seen.faulted += 1;
    }
    if (kind === '500-before') return fail(res);
    if (kind === 'drop-before') return req.socket.destroy();
    let answer;
    try {
      answer = await forward(req, body);
      seen.forwarded += 1;
    } catch {
      // The server is down (killed): what a load balancer says.
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Bad gateway (the server is down).' } }));
      return;
    }
    if (kind === '500-after') return fail(res);
    if (kind === 'drop-after') return req.socket.destroy();
    if (kind === 'slow-after') await new Promise((resolve) => setTimeout(resolve, fault.holdMs));
    if (res.destroyed) return;
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    seen,
    set(kind, count, holdMs = 0) {
      fault = { kind, count, holdMs };
    },
    get remaining() {
      return fault.count;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function fail(res) {
  res.writeHead(500, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Injected fault.' } }));
}
