import { tabDrafts } from '@copro/core';

/**
 * Notes typed but not saved yet, per group, kept for the tab (core's `tabDrafts` says why). A note
 * leaves here as soon as it is handed to the outbox, which keeps it from then on.
 */
export class NoteDrafts {
  #place?: [endpoint: string, room: string];
  #notes = new Map<string, string>();

  /** Reads the drafts of one room (also when the element is pointed at another room). */
  open(endpoint: string, room: string): void {
    this.#place = [endpoint, room];
    this.#notes = new Map(Object.entries(tabDrafts.read('room-drafts', endpoint, room)));
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
    if (this.#place) tabDrafts.save('room-drafts', ...this.#place, Object.fromEntries(this.#notes));
  }
}
