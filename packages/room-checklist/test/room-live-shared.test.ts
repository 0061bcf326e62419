import { expect } from '@open-wc/testing';
import { api, freshId, openStreams, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { checklist } from './helpers.ts';
import type { CoproRoomChecklist } from '../src/index.ts';

/** A same-origin frame (another tab, as far as the browser's connections go) with its own checklist on `room`. */
async function frameChecklist(room: string): Promise<{ frame: HTMLIFrameElement; element: HTMLElement }> {
  const frame = document.createElement('iframe');
  frame.title = 'Another window';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><body>
    <copro-room-checklist endpoint="${testEndpoint()}" room="${room}"></copro-room-checklist>
    <script type="module" src="${new URL('/packages/room-checklist/src/define.ts', location.href).href}"></script></body></html>`);
  doc.close();
  const element = await until(() => {
    const found = frame.contentDocument?.querySelector('copro-room-checklist');
    return found?.shadowRoot?.querySelector('.groups li') ? found : undefined;
  }, 'the checklist in the frame to load', 15000);
  return { frame, element: element as HTMLElement };
}

const badge = (element: HTMLElement, group: string) => element.shadowRoot!.querySelector(`li[data-group="${group}"] .badge`)?.textContent?.trim();

const revisions = new Map<string, number>();
/** Someone else marks a group (straight to the server). */
async function mark(room: string, group: string, status: string): Promise<void> {
  const revision = revisions.get(group) ?? 0;
  expect((await api('PUT', `/v1/rooms/${room}/groups/${group}`, { status, note: '', revision }, staffToken())).status).to.equal(200);
  revisions.set(group, revision + 1);
}

describe('<copro-room-checklist>: one live stream per browser', () => {
  it('a frame and the page on one room hold ONE stream; both show a change within a second; closing the leader frame loses nothing', async function () {
    this.timeout(30000);
    revisions.clear();
    const room = freshId('live-shared');
    // The frame's checklist comes first: it holds the stream.
    const { frame, element: inFrame } = await frameChecklist(room);
    await until(async () => (await openStreams('room', room)) === 1, 'the frame’s stream');
    const onPage: CoproRoomChecklist = await checklist(room, { editorLink: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await openStreams('room', room)).to.equal(1);

    const started = performance.now();
    await mark(room, 'young-people', 'invited');
    await until(() => badge(inFrame, 'young-people') === 'Invited' && badge(onPage, 'young-people') === 'Invited', 'both checklists to show the change', 1000);
    console.log(`write to both windows showing it: ${Math.round(performance.now() - started)} ms`);

    // The frame (the leader) closes; changes made at once reach the page through its own stream, resumed.
    frame.remove();
    await mark(room, 'carers', 'missing');
    await mark(room, 'young-people', 'present');
    await until(() => badge(onPage, 'carers') === 'Missing' && badge(onPage, 'young-people') === 'In the room', 'the page to show both changes', 5000);
    await until(async () => (await openStreams('room', room)) === 1, 'the page’s stream to be the only one');
    onPage.remove();
    await until(async () => (await openStreams('room', room)) === 0, 'no stream once no checklist is left');
  });

  it('a change made in another window of this browser shows here live (its write in the shared outbox is that window’s, not this one’s)', async function () {
    this.timeout(30000);
    const room = freshId('two-windows');
    // Anyone may edit this room, so both windows write without an editor link.
    expect((await api('PUT', `/v1/rooms/${room}`, { publicEditing: true }, staffToken())).status).to.equal(200);
    const onPage: CoproRoomChecklist = await checklist(room, { editorLink: false });
    const { frame, element: inFrame } = await frameChecklist(room);
    // The other window marks a group, as a person does: choose, then leave the select.
    const select = inFrame.shadowRoot!.querySelector<HTMLSelectElement>('li[data-group="carers"] select')!;
    select.value = 'invited';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.dispatchEvent(new FocusEvent('blur'));
    await until(async () => (await api<{ groups: { id: string; status: string }[] }>('GET', `/v1/rooms/${room}`)).json.groups.find((g) => g.id === 'carers')?.status === 'invited', 'the other window’s change to be stored');
    await until(() => badge(onPage, 'carers') === 'Invited', 'this window to show the other window’s change', 3000);
    // And this window can change it on top, from the revision it now shows (no conflict).
    const here = onPage.shadowRoot!.querySelector<HTMLSelectElement>('li[data-group="carers"] select')!;
    here.value = 'present';
    here.dispatchEvent(new Event('change', { bubbles: true }));
    here.dispatchEvent(new FocusEvent('blur'));
    await until(async () => (await api<{ groups: { id: string; status: string; revision: number }[] }>('GET', `/v1/rooms/${room}`)).json.groups.find((g) => g.id === 'carers')?.revision === 2, 'this window’s change stored on top');
    await until(() => badge(inFrame, 'carers') === 'In the room', 'the other window to show it', 3000);
    frame.remove();
    onPage.remove();
  });
});
