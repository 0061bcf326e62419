import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CoproRequestError, type FailureKind } from './errors.ts';
import type { Outbox, OutboxSettledDetail, SettledResult, StoredWrite } from './outbox.ts';

export interface OutboxWatchOptions {
  /** The outbox to follow now (`outboxFor(endpoint)`), or none while there is no endpoint. Read again by `follow()`. */
  outbox: () => Outbox | undefined;
  /** The kind of write followed (`rating`), or several (`['post', 'support']`). */
  kind: string | readonly string[];
  /** Which writes of those kinds are this host's (by their `meta`, say). Read at each event, so it may follow the host's properties. */
  match: (write: StoredWrite) => boolean;
  /** Each attempt that sent or refused one of the host's writes, including writes made before a reload. */
  onSettled: (write: StoredWrite, result: SettledResult) => void;
  /** The followed outbox's queue changed (a write added, retried, sent or dropped), or another outbox is followed: read `pending()` again. */
  onChange?: () => void;
}

/**
 * Follows some kinds of write in an endpoint's outbox for an element: listens to `settled` (and
 * `change`) while the element is connected and reads what an earlier page left (`pending()`).
 * Call `follow()` when what `outbox` gives may have changed (the endpoint attribute did).
 */
export class OutboxWatch implements ReactiveController {
  #outbox?: Outbox;
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: OutboxWatchOptions,
  ) {
    host.addController(this);
  }

  /** The outbox followed now: none while the host is disconnected. */
  get outbox(): Outbox | undefined {
    return this.#outbox;
  }

  /** Follows the outbox `options.outbox` gives now (listening to it instead of the one before) and returns it. */
  follow(): Outbox | undefined {
    const outbox = this.#connected ? this.options.outbox() : undefined;
    if (outbox !== this.#outbox) {
      this.#outbox?.removeEventListener('settled', this.#onSettled);
      this.#outbox?.removeEventListener('change', this.#onChange);
      outbox?.addEventListener('settled', this.#onSettled);
      outbox?.addEventListener('change', this.#onChange);
      this.#outbox = outbox;
      if (outbox) this.#onChange();
    }
    return outbox;
  }

  hostConnected(): void {
    this.#connected = true;
    this.follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.follow();
  }

  /**
   * The host's writes still in the outbox (waiting or refused), oldest first; `undefined` when
   * none is followed, or when it changed while reading (a newer read then follows).
   */
  async pending(): Promise<StoredWrite[] | undefined> {
    const outbox = this.#outbox;
    const writes = await outbox?.pending();
    if (outbox !== this.#outbox) return undefined;
    return writes?.filter((write) => this.#follows(write));
  }

  #follows(write: StoredWrite): boolean {
    const { kind, match } = this.options;
    return (typeof kind === 'string' ? write.kind === kind : kind.includes(write.kind ?? '')) && match(write);
  }

  readonly #onSettled = (event: Event) => {
    const { write, result } = (event as CustomEvent<OutboxSettledDetail>).detail;
    if (this.#follows(write)) this.options.onSettled(write, result);
  };

  readonly #onChange = () => this.options.onChange?.();
}

/** A stored write's last failure as an error again (the outbox keeps it as plain data), so it gets its plain-words message. */
export function storedError(write: StoredWrite): CoproRequestError {
  const { kind, message, status, code } = write.lastError ?? { kind: 'http', message: '', status: 0, code: '' };
  return new CoproRequestError(kind as FailureKind, message, status, code);
}
