import { resolveEndpoint } from '@copro/core';

/**
 * Notes typed but not saved yet, per group, kept in `sessionStorage` so that a reload, a crash or
 * a tab put to sleep before the field was left does not lose them. Session storage, not local: a
 * half-written note on a shared library computer is gone when the tab closes. A note leaves here
 * as soon as it is handed to the outbox, which keeps it from then on.
 */
export class NoteDrafts {
  #key = '';
  #notes = new Map<string, string>();

  /** Reads the drafts of one room (also when the element is pointed at another room). */
  open(endpoint: string, room: string): void {
    this.#key = `copro:room-drafts:${resolveEndpoint(endpoint)}:${room}`;
    this.#notes = new Map();
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(this.#key) ?? '{}');
      if (stored && typeof stored === 'object') {
        for (const [group, note] of Object.entries(stored)) if (typeof note === 'string') this.#notes.set(group, note);
      }
    } catch {
      // Storage blocked or unreadable: drafts live in memory only.
    }
  }

  get(group: string): string | undefined {
    return this.#notes.get(group);
  }

  set(group: string, note: string): void {
    this.#notes.set(group, note);
    this.#write();
  }

  delete(group: string): void {
    if (this.#notes.delete(group)) this.#write();
  }

  #write(): void {
    if (!this.#key) return;
    try {
      if (this.#notes.size) sessionStorage.setItem(this.#key, JSON.stringify(Object.fromEntries(this.#notes)));
      else sessionStorage.removeItem(this.#key);
    } catch {
      // Storage full or blocked: the draft is still in memory until the page goes.
    }
  }
}
