import { fixture, html } from '@open-wc/testing';
import type { CoproRoomChecklist } from '../src/index.ts';
import '../src/define.ts';
import type { Group, Room } from '@copro/protocol';
import { outboxFor } from '@copro/core';
import { api, staffToken, testEndpoint, until } from '../../../test/support/index.ts';

export interface ChecklistOptions {
  endpoint?: string;
  readonly?: boolean;
  lang?: string;
  /** Open the page through a room editor link (the default): rooms need credentials to change. */
  editorLink?: boolean;
}

/** Puts a new editor link's `#copro-key=` in the address, as opening the shared link would. */
export async function openEditorLink(room: string): Promise<string> {
  const link = await api<{ key: string; url: string }>('POST', `/v1/rooms/${room}/editor-links`, {}, staffToken());
  history.replaceState(null, '', `${location.pathname}${location.search}${link.json.url}`);
  return link.json.key;
}

/** A checklist on the page, once its room has loaded. */
export async function checklist(room: string, options: ChecklistOptions = {}): Promise<CoproRoomChecklist> {
  if (!options.readonly && options.editorLink !== false) await openEditorLink(room);
  const wrapper = await fixture(html`<div lang=${options.lang ?? 'en'}>
    <copro-room-checklist endpoint=${options.endpoint ?? testEndpoint()} room=${room} ?readonly=${options.readonly ?? false}></copro-room-checklist>
  </div>`);
  const element = wrapper.querySelector('copro-room-checklist')!;
  await loaded(element);
  return element;
}

/**
 * What a reload does to the checklist: the page's outbox stops (as unloading a page stops it), the
 * element goes, and a new one loads the room with a fresh outbox that reopens IndexedDB.
 */
export async function reload(element: CoproRoomChecklist, options: ChecklistOptions = {}): Promise<CoproRoomChecklist> {
  const room = element.room;
  element.parentElement!.remove();
  outboxFor(options.endpoint ?? testEndpoint()).close();
  return checklist(room, options);
}

export async function loaded(element: CoproRoomChecklist): Promise<void> {
  await until(() => element.shadowRoot?.querySelector('.groups li, .public-list'), 'the checklist to load');
  await element.updateComplete;
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

export function card(element: CoproRoomChecklist, group: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(`li[data-group="${group}"]`);
  if (!found) throw new Error(`no card for ${group}`);
  return found;
}

export function statusSelect(element: CoproRoomChecklist, group: string): HTMLSelectElement {
  return shadow(element).getElementById(`g-${group}-status`) as HTMLSelectElement;
}

export function noteField(element: CoproRoomChecklist, group: string): HTMLTextAreaElement {
  return shadow(element).getElementById(`g-${group}-note`) as HTMLTextAreaElement;
}

/** The "Add a note" disclosure of a group with no note yet (null once it has one). */
export function addNoteButton(element: CoproRoomChecklist, group: string): HTMLButtonElement | null {
  return shadow(element).getElementById(`g-${group}-add-note`) as HTMLButtonElement | null;
}

/** The note field, after opening "Add a note" if the group has no note yet (as a person must). */
export async function openNote(element: CoproRoomChecklist, group: string): Promise<HTMLTextAreaElement> {
  const button = addNoteButton(element, group);
  if (button?.getAttribute('aria-expanded') === 'false') {
    button.click();
    await element.updateComplete;
  }
  return noteField(element, group);
}

/** Picks a status as a person does: the select changes and fires `change`; leaving it (`blur`) sends it at once. */
export async function chooseStatus(element: CoproRoomChecklist, group: string, status: string, { leave = true } = {}): Promise<void> {
  const select = statusSelect(element, group);
  select.value = status;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  if (leave) select.dispatchEvent(new FocusEvent('blur'));
  await element.updateComplete;
}

/** Types a note and leaves the field (what saves it). */
export async function writeNote(element: CoproRoomChecklist, group: string, note: string): Promise<void> {
  const field = await openNote(element, group);
  field.focus();
  field.value = note;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.blur();
  await element.updateComplete;
}

export function summaryText(element: CoproRoomChecklist): string {
  return shadow(element).getElementById('summary-sentence')!.textContent!.trim();
}

export function liveText(element: CoproRoomChecklist): string {
  return shadow(element).querySelector('[role="status"].visually-hidden')!.textContent!.trim();
}

/** Group ids in the order the list shows them. */
export function listedIds(element: CoproRoomChecklist, includeFiltered = false): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('.groups > li')]
    .filter((item) => includeFiltered || !item.classList.contains('filtered-out'))
    .map((item) => item.dataset.group!);
}

interface AxeCommons {
  setup(root: Node): void;
  teardown(): void;
  commons: { aria: { getRole(element: Element): string | null }; text: { accessibleText(element: Element): string } };
}

/**
 * Role and accessible name of elements, as axe-core computes them from the accessibility specs
 * (accname 1.2, html-aam), across shadow roots and in every engine. The runner has no
 * accessibility-snapshot command, so this is the tree the tests can read.
 */
export async function accessibleNodes(elements: Element[]): Promise<{ role: string | null; name: string }[]> {
  if (!window.axe) await import('axe-core/axe.min.js');
  const axe = window.axe as unknown as AxeCommons;
  axe.setup(document);
  try {
    return elements.map((element) => ({ role: axe.commons.aria.getRole(element), name: axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim() }));
  } finally {
    axe.teardown();
  }
}

/** A group as the server stores it (read straight from the API, past the widget). */
export async function stored(room: string, group: string): Promise<Group> {
  const { json } = await api<Room>('GET', `/v1/rooms/${room}`);
  return json.groups.find((each) => each.id === group)!;
}
