/**
 * Reads a live stream (Server-Sent Events, CONTRACT "Live") with `fetch`, not `EventSource` (which
 * cannot send a staff token): parses the events, reconnects with `Last-Event-ID` after a growing
 * wait, pauses while the tab has been hidden a while and resumes with what it missed. An endpoint
 * without streams (404, 405, 501, or an answer that is not `text/event-stream`) is left alone:
 * `onUnavailable` is called once and nothing is asked again.
 *
 * One stream per browser: a browser opens at most six HTTP/1.1 connections to a host, so the
 * readers of one stream (same address) in every tab and frame of one origin share it. One of them,
 * the leader, holds the Web Lock named after the stream and reads it; it passes each event on over
 * a `BroadcastChannel` of the same name, and the others listen. When the leader stops (its element
 * removed, its tab hidden a while or closed), the lock passes to the next reader, which resumes
 * with `Last-Event-ID` from the last event it heard: nothing is lost. A stream sent with headers
 * (a staff token) is never shared: each tab reads its own (a token changes with sign-in and
 * sign-out in one tab and not the others, and a tab without it must never hear what it shows).
 * Without Web Locks or BroadcastChannel, each reader reads its own stream.
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
  /** More request headers (a staff token). Read on each (re)connection; with any, the stream is this tab's own. */
  headers?: () => Record<string, string> | undefined;
  onEvent(event: LiveEvent): void;
  /** Called once when the endpoint has no stream. */
  onUnavailable?(): void;
  /**
   * Called whenever the reader starts hearing events without a replay of what came before: its
   * first connection (what the element read before the stream opened may be older than the stream),
   * joining another tab's stream, and a reconnection with nothing to resume from. Read again then.
   */
  onResume?(): void;
  /** How long the tab may be hidden before the stream is closed (default 60 s). */
  hiddenMs?: number;
}

/** What a leader tells the other readers of its stream. */
type Message = { event: Partial<LiveEvent> } | { hello: true } | { resume: true } | { unavailable: true };

/** One start of the reader, up to its stop: its channel, lock request, connection and wait. */
interface Session {
  live: boolean;
  leading: boolean;
  channel?: BroadcastChannel;
  locks?: AbortController;
  abort?: AbortController;
  wake?: () => void;
}

const MAX_WAIT_MS = 30_000;

/**
 * How long an element waits before reading again after `failures` failed live re-reads in a row
 * (the board's and the checklist's): 2 s, doubled after each, at most 30 s.
 */
export const readAgainMs = (failures: number): number => Math.min(MAX_WAIT_MS, 2000 * 2 ** failures);

/** Whether this browser can share streams between tabs. */
const canShare = () => typeof BroadcastChannel === 'function' && typeof navigator !== 'undefined' && !!navigator.locks;

export class LiveReader {
  #last: string | undefined;
  #session: Session | undefined;
  #retryMs = 3000;
  #failures = 0;
  #hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  #paused = false;
  /** The endpoint has no stream: never asked again. */
  #gone = false;

  constructor(private readonly options: LiveOptions) {}

  /** Whether this reader reads the stream itself now (the leader, or a stream of its own), for tests. */
  get leading(): boolean {
    return !!this.#session?.leading;
  }

  /** Opens the stream (again), or listens to the tab that has it open. */
  start(): void {
    if (this.#session || this.#gone) return;
    this.#paused = false;
    document.addEventListener('visibilitychange', this.#visibility);
    this.#join();
  }

  /** Closes the stream (handing it to another reader of it, if any); `start()` opens it again, resuming from the last event. */
  stop(): void {
    document.removeEventListener('visibilitychange', this.#visibility);
    clearTimeout(this.#hiddenTimer);
    this.#leave();
  }

  readonly #visibility = () => {
    clearTimeout(this.#hiddenTimer);
    if (document.visibilityState === 'hidden') {
      this.#hiddenTimer = setTimeout(() => {
        this.#paused = true;
        this.#leave();
      }, this.options.hiddenMs ?? 60_000);
    } else if (this.#paused) {
      this.#paused = false;
      this.#join();
    }
  };

  #join(): void {
    const session: Session = (this.#session = { live: true, leading: false });
    const own = Object.keys(this.options.headers?.() ?? {}).length > 0;
    if (own || !canShare()) {
      session.leading = true;
      void this.#loop(session);
      return;
    }
    const name = `copro-live ${this.options.url}`;
    const channel = (session.channel = new BroadcastChannel(name));
    channel.onmessage = ({ data }: MessageEvent<Message>) => this.#heard(session, data);
    const locks = (session.locks = new AbortController());
    const lead = () => (session.live ? this.#lead(session) : undefined);
    navigator.locks
      .request(name, { ifAvailable: true }, (lock) => {
        if (!session.live) return undefined;
        if (lock) return lead();
        // Another tab (or element) reads the stream: listen, and take it over when it stops. What
        // it heard before this reader joined is not replayed here: read again.
        this.#resume();
        channel.postMessage({ hello: true } satisfies Message);
        navigator.locks.request(name, { signal: locks.signal }, lead).catch(() => {});
        return undefined;
      })
      .catch(() => {});
  }

  #leave(): void {
    const session = this.#session;
    if (!session) return;
    this.#session = undefined;
    session.live = session.leading = false;
    session.locks?.abort();
    session.channel?.close();
    session.abort?.abort();
    session.wake?.();
  }

  /** Holds the lock while reading the stream: until this reader stops. */
  #lead(session: Session): Promise<void> {
    session.leading = true;
    return this.#loop(session);
  }

  #tell(session: Session, message: Message): void {
    if (session.leading && session.live) session.channel?.postMessage(message);
  }

  #heard(session: Session, message: Message): void {
    if (!session.live) return;
    if ('event' in message) this.#take(session, message.event);
    else if ('hello' in message) {
      // A reader joined: it resumes from here if it leads next.
      if (session.leading && this.#last !== undefined) this.#tell(session, { event: { id: this.#last } });
    } else if ('resume' in message) this.#resume();
    else if ('unavailable' in message) this.#unavailable();
  }

  #unavailable(): void {
    this.#gone = true;
    this.stop();
    this.options.onUnavailable?.();
  }

  async #loop(session: Session): Promise<void> {
    while (session.live) {
      const abort = (session.abort = new AbortController());
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream', ...this.options.headers?.() };
        if (this.#last) headers['Last-Event-ID'] = this.#last;
        const response = await fetch(this.options.url, { headers, signal: abort.signal, cache: 'no-store' });
        if ([404, 405, 501].includes(response.status) || (response.ok && !/^text\/event-stream/.test(response.headers.get('content-type') ?? ''))) {
          this.#tell(session, { unavailable: true });
          this.#unavailable();
          return;
        }
        if (response.ok && response.body) {
          // Events may have been missed only when there is no number to resume from (the server
          // replays the rest), the first connection included: the element read before it opened.
          if (!this.#last) {
            this.#tell(session, { resume: true });
            this.#resume();
          }
          this.#failures = 0;
          await this.#read(session, response.body);
        } else {
          this.#failures++;
        }
      } catch {
        // Stopped (the element removed, the tab hidden a while): the abort is not a failure, and must not lengthen the next wait.
        if (!session.live) return;
        this.#failures++;
      }
      if (!session.live) return;
      // Back off: the server's `retry`, doubled after each failure in a row, at most 30 s, with jitter.
      const wait = Math.min(MAX_WAIT_MS, this.#retryMs * 2 ** Math.min(this.#failures, 4)) * (0.75 + Math.random() / 2);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        session.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  async #read(session: Session, body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let type = '';
    let data = '';
    let id: string | undefined;
    for (;;) {
      const { value, done } = await reader.read();
      if (done || !session.live) return;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (id !== undefined || type || data) this.#take(session, { type: type || data ? type || 'message' : undefined, data: type || data ? parse(data) : undefined, id });
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

  /** Asks the element to read again. Its failure is the element's trouble, not the stream's (a lock left unasked, a body left open). */
  #resume(): void {
    try {
      this.options.onResume?.();
    } catch {
      // as for onEvent
    }
  }

  /** An event read (as leader) or heard (from the leader): remembered, passed on, given to the element once. */
  #take(session: Session, event: Partial<LiveEvent>): void {
    const { id, type } = event;
    if (id !== undefined) {
      // Heard already (a new leader's replay of what the old one passed on); a `reset` always counts.
      if (type !== 'reset' && this.#last !== undefined && /^\d+$/.test(id) && /^\d+$/.test(this.#last) && Number(id) <= Number(this.#last)) return;
      this.#last = id;
    }
    this.#tell(session, { event });
    if (!type) return;
    try {
      this.options.onEvent({ type, data: event.data ?? {}, id });
    } catch {
      // the element's trouble, not the stream's
    }
  }
}

function parse(raw: string): LiveEvent['data'] {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object') return parsed as LiveEvent['data'];
  } catch {
    // not JSON: the event alone says what to read again
  }
  return {};
}
