/**
 * A fake endpoint for unit tests of state machines (the room's late writes, the board's paging):
 * `fetch` to its address is answered by `handle` in the page; every other request goes out as
 * usual. End-to-end tests use the real server instead (see index.ts).
 */
export interface FakeRequest {
  method: string;
  url: URL;
  /** The path without the endpoint's prefix (`/v1/rooms/r`). */
  path: string;
  body: unknown;
  signal?: AbortSignal;
}

export type FakeHandler = (request: FakeRequest) => Response | Promise<Response>;

export interface FakeEndpoint {
  endpoint: string;
  /** Every request answered (or failed), in order. */
  requests: FakeRequest[];
  /** Puts the page's own `fetch` back. */
  restore(): void;
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A network failure, as `fetch` gives it when the server is down or the connection drops. */
export function networkFailure(): never {
  throw new TypeError('Failed to fetch');
}

export function fakeEndpoint(handle: FakeHandler): FakeEndpoint {
  const endpoint = `https://fake-${crypto.randomUUID().slice(0, 8)}.copro.invalid/`;
  const realFetch = window.fetch;
  const requests: FakeRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith(endpoint)) return realFetch(input, init);
    const signal = init?.signal ?? undefined;
    const aborted = () => signal?.reason ?? new DOMException('Aborted', 'AbortError');
    if (signal?.aborted) throw aborted();
    const url = new URL(href);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: FakeRequest = { method: init?.method ?? 'GET', url, path: `/${url.pathname.slice(new URL(endpoint).pathname.length)}`, body: text ? JSON.parse(text) : undefined, signal };
    requests.push(request);
    // Answer after a task, as a network would, so an abort in between is seen.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw aborted();
    return handle(request);
  };
  return { endpoint, requests, restore: () => (window.fetch = realFetch) };
}
