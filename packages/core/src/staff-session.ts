import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clarityReport, roleAllows, staffMe, staffRoles, type StaffMe, type StaffRole } from '@copro/protocol';
import { CoproRequestError, EndpointClient, resolveEndpoint } from './client.ts';

/** Staff roles, lowest first: each can do what the ones before it can (CONTRACT.md, "Staff and roles"). */
export { staffRoles, type StaffRole };
/** Who a staff token belongs to: `GET /v1/staff/me`. */
export type StaffIdentity = StaffMe;

/** Where a session stands: no token, a token being checked, or a token the endpoint accepted. */
export type StaffSessionState = 'signed-out' | 'checking' | 'signed-in';

/**
 * The staff session of one endpoint on this page, shared by every element that talks to it: one
 * sign-in serves them all, and signing out (or a token the endpoint refuses) signs them all out.
 *
 * The token lives in `sessionStorage` only: gone when the tab closes, never in `localStorage` or a
 * cookie, sent only as `Authorization: Bearer`.
 */
export class StaffSessionStore extends EventTarget {
  readonly endpoint: string;
  #token = '';
  #identity?: StaffIdentity;
  #state: StaffSessionState = 'signed-out';
  /** Why the last token was refused (a 401), until the next sign-in. */
  #refusal?: CoproRequestError;
  #checking?: Promise<void>;

  constructor(endpoint: string) {
    super();
    this.endpoint = resolveEndpoint(endpoint);
    this.#token = readStored(this.endpoint);
    // A token kept from earlier in this tab is used at once and checked (its role learnt) in the background.
    if (this.#token) this.#checking = this.#check(this.#token).catch(() => {});
  }

  get token(): string {
    return this.#token;
  }
  get state(): StaffSessionState {
    return this.#state;
  }
  get identity(): StaffIdentity | undefined {
    return this.#identity;
  }
  get refusal(): CoproRequestError | undefined {
    return this.#refusal;
  }

  /**
   * Whether the signed-in role reaches `role`. While a kept token is still being checked (or could
   * not be), the role is unknown and assumed to: the endpoint answers 403 if it does not.
   */
  can(role: StaffRole): boolean {
    if (!this.#token) return false;
    const mine = this.#identity?.role;
    return mine === undefined || roleAllows(mine, role);
  }

  /** Resolves once a kept token has been checked (at once when there is none). */
  ready(): Promise<void> {
    return this.#checking ?? Promise.resolve();
  }

  /**
   * Checks the token with the endpoint and, if accepted, signs every element of this endpoint in.
   * Throws the `CoproRequestError` when it is refused or cannot be checked (then nothing changes).
   */
  async signIn(token: string): Promise<void> {
    const identity = await identify(this.endpoint, token);
    this.#accept(token, identity);
  }

  /** Signs every element of this endpoint out and forgets the token. */
  signOut(refusal?: CoproRequestError): void {
    this.#token = '';
    this.#identity = undefined;
    this.#state = 'signed-out';
    this.#refusal = refusal;
    forgetStored(this.endpoint);
    this.#changed();
  }

  /**
   * The one place a staff call's failure is judged: a 401 means the token is no longer accepted,
   * so every element of this endpoint is signed out; a 403 means the role is too low for that call
   * (the session stays). Answers what happened, for the element to say so.
   */
  failed(error: unknown): 'signed-out' | 'forbidden' | 'other' {
    if (!(error instanceof CoproRequestError) || error.kind !== 'http') return 'other';
    if (error.status === 401) {
      if (this.#token) this.signOut(error);
      return 'signed-out';
    }
    return error.status === 403 ? 'forbidden' : 'other';
  }

  async #check(token: string): Promise<void> {
    this.#state = 'checking';
    try {
      this.#accept(token, await identify(this.endpoint, token));
    } catch (error) {
      if (token !== this.#token) return;
      if (this.failed(error) !== 'signed-out') {
        // Not refused, just not checked (offline, say): keep the token; staff calls will tell.
        this.#state = 'signed-in';
        this.#changed();
      }
      throw error;
    } finally {
      this.#checking = undefined;
    }
  }

  #accept(token: string, identity: StaffIdentity): void {
    this.#token = token;
    this.#identity = identity;
    this.#state = 'signed-in';
    this.#refusal = undefined;
    saveStored(this.endpoint, token);
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

/**
 * Who the token belongs to. An endpoint without `GET /v1/staff/me` (an organisation's own server
 * of the original version 1) answers 404: its one token is an admin token, checked with a staff
 * read every version 1 server has.
 */
async function identify(endpoint: string, token: string): Promise<StaffIdentity> {
  const client = new EndpointClient(endpoint);
  try {
    return await client.call(staffMe, { token });
  } catch (error) {
    if (!(error instanceof CoproRequestError && error.kind === 'http' && error.status === 404)) throw error;
  }
  await client.call(clarityReport, { query: { page: '/' }, token });
  return { name: '', role: 'admin' };
}

const sessions = new Map<string, StaffSessionStore>();

/** The page's one staff session for an endpoint. */
export function staffSessionFor(endpoint: string): StaffSessionStore {
  const key = resolveEndpoint(endpoint);
  let session = sessions.get(key);
  if (!session) sessions.set(key, (session = new StaffSessionStore(key)));
  return session;
}

/**
 * An element's view of its endpoint's staff session: re-renders the element whenever the session
 * changes (a sign-in or sign-out on any element of the page), and follows the `endpoint` it is given.
 */
export class StaffSession implements ReactiveController {
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly endpoint: () => string,
  ) {
    host.addController(this);
  }

  /** The shared session followed now (none while there is no endpoint). */
  get store(): StaffSessionStore | undefined {
    return this.#follow();
  }
  get token(): string {
    return this.store?.token ?? '';
  }
  get state(): StaffSessionState {
    return this.store?.state ?? 'signed-out';
  }
  get signedIn(): boolean {
    return Boolean(this.token);
  }
  get identity(): StaffIdentity | undefined {
    return this.store?.identity;
  }
  /** Why the last token was refused, until the next sign-in. */
  get refusal(): CoproRequestError | undefined {
    return this.store?.refusal;
  }
  can(role: StaffRole): boolean {
    return this.store?.can(role) ?? false;
  }
  signIn(token: string): Promise<void> {
    const store = this.store;
    if (!store) return Promise.reject(new CoproRequestError('no-endpoint', 'No endpoint is set.'));
    return store.signIn(token);
  }
  signOut(): void {
    this.store?.signOut();
  }
  /** See `StaffSessionStore.failed`. */
  failed(error: unknown): 'signed-out' | 'forbidden' | 'other' {
    return this.store?.failed(error) ?? 'other';
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#follow();
  }

  #follow(): StaffSessionStore | undefined {
    const endpoint = this.endpoint();
    const store = endpoint ? staffSessionFor(endpoint) : undefined;
    const listening = this.#connected ? store : undefined;
    if (listening !== this.#listening) {
      this.#listening?.removeEventListener('change', this.#onChange);
      listening?.addEventListener('change', this.#onChange);
      this.#listening = listening;
    }
    return store;
  }
  #listening?: StaffSessionStore;

  readonly #onChange = () => this.host.requestUpdate();
}

const keyFor = (endpoint: string) => `copro:staff-token:${endpoint}`;

function readStored(endpoint: string): string {
  try {
    return sessionStorage.getItem(keyFor(endpoint)) ?? '';
  } catch {
    return '';
  }
}

function saveStored(endpoint: string, token: string): void {
  try {
    sessionStorage.setItem(keyFor(endpoint), token);
  } catch {
    // Storage blocked: the token still works until the page is reloaded.
  }
}

function forgetStored(endpoint: string): void {
  try {
    sessionStorage.removeItem(keyFor(endpoint));
  } catch {
    // nothing stored
  }
}
