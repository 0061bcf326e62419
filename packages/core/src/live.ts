/**
 * Reads a live stream (Server-Sent Events, CONTRACT "Live") with `fetch`, not `EventSource` (which
 * cannot send a staff token): parses the events, reconnects with `Last-Event-ID` after a growing
 * wait, pauses while the tab has been hidden a while and resumes with what it missed. An endpoint
 * without streams (404, 405, 501, or an answer that is not `text/event-stream`) is left alone:
 * `onUnavailable` is called once and nothing is asked again.
 */

export interface LiveEvent {
  /** The event's name (`group`, `post`, `reset`, ...). */
  type: string;
  /** The parsed `data:` (`{id}` or `{}`); `{}` when it was not JSON. */
  data: { id?: string };
  id?: string;
}

export interface LiveOptions {
  /** The stream's address. */
  url: string;
  /** More request headers (a staff token). Read on each (re)connection. */
  headers?: () => Record<string, string> | undefined;
  onEvent(event: LiveEvent): void;
  /** Called once when the endpoint has no stream. */
  onUnavailable?(): void;
  /** Called after each (re)connection that may have missed events without a replay (the first connection is not one). */
  onResume?(): void;
  /** How long the tab may be hidden before the stream is closed (default 60 s). */
  hiddenMs?: number;
}

const MAX_WAIT_MS = 30_000;

export class LiveReader {
  #last: string | undefined;
  #abort: AbortController | undefined;
  #running = false;
  #retryMs = 3000;
  #failures = 0;
  #hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  #wakeTimer: ReturnType<typeof setTimeout> | undefined;
  #paused = false;
  #connectedOnce = false;
  /** The endpoint has no stream: never asked again. */
  #gone = false;

  constructor(private readonly options: LiveOptions) {}

  /** Opens the stream (again). */
  start(): void {
    if (this.#running || this.#gone) return;
    this.#running = true;
    this.#paused = false;
    document.addEventListener('visibilitychange', this.#visibility);
    void this.#loop();
  }

  /** Closes the stream; `start()` opens it again, resuming from the last event. */
  stop(): void {
    this.#running = false;
    document.removeEventListener('visibilitychange', this.#visibility);
    clearTimeout(this.#hiddenTimer);
    clearTimeout(this.#wakeTimer);
    this.#abort?.abort();
  }

  readonly #visibility = () => {
    clearTimeout(this.#hiddenTimer);
    if (document.visibilityState === 'hidden') {
      this.#hiddenTimer = setTimeout(() => {
        this.#paused = true;
        this.#abort?.abort();
      }, this.options.hiddenMs ?? 60_000);
    } else if (this.#paused) {
      this.#paused = false;
      void this.#loop();
    }
  };

  async #loop(): Promise<void> {
    while (this.#running && !this.#paused) {
      const abort = (this.#abort = new AbortController());
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream', ...this.options.headers?.() };
        if (this.#last) headers['Last-Event-ID'] = this.#last;
        const response = await fetch(this.options.url, { headers, signal: abort.signal, cache: 'no-store' });
        if ([404, 405, 501].includes(response.status) || (response.ok && !/^text\/event-stream/.test(response.headers.get('content-type') ?? ''))) {
          this.#gone = true;
          this.stop();
          this.options.onUnavailable?.();
          return;
        }
        if (response.ok && response.body) {
          // Events were missed only when there is no number to resume from (the server replays the rest).
          if (this.#connectedOnce && !this.#last) this.options.onResume?.();
          this.#connectedOnce = true;
          this.#failures = 0;
          await this.#read(response.body);
        } else {
          this.#failures++;
        }
      } catch {
        this.#failures++;
      }
      if (!this.#running || this.#paused) return;
      // Back off: the server's `retry`, doubled after each failure in a row, at most 30 s, with jitter.
      const wait = Math.min(MAX_WAIT_MS, this.#retryMs * 2 ** Math.min(this.#failures, 4)) * (0.75 + Math.random() / 2);
      await new Promise<void>((resolve) => (this.#wakeTimer = setTimeout(resolve, wait)));
    }
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let type = '';
    let data = '';
    let id: string | undefined;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (id !== undefined) this.#last = id;
          if (type || data) this.#dispatch(type || 'message', data, id);
          type = data = '';
          id = undefined;
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') type = text;
        else if (field === 'data') data = data ? `${data}\n${text}` : text;
        else if (field === 'id') id = text;
        else if (field === 'retry' && /^\d+$/.test(text)) this.#retryMs = Number(text);
      }
    }
  }

  #dispatch(type: string, raw: string, id: string | undefined): void {
    let data: LiveEvent['data'] = {};
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object') data = parsed as LiveEvent['data'];
    } catch {
      // not JSON: the event alone says what to read again
    }
    try {
      this.options.onEvent({ type, data, id });
    } catch {
      // the element's trouble, not the stream's
    }
  }
}
