import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@copro/room-checklist/define';
import { ENDPOINT, endpointNote } from './endpoint.ts';

interface Args {
  endpoint: string;
  room: string;
  staffToken: string;
  readonly: boolean;
  replaceDefaults: boolean;
  lang: 'en' | 'cy';
}

interface Context {
  args: Args;
  canvasElement: HTMLElement;
}

/** The control, or STORYBOOK_COPRO_ADMIN_TOKEN when Storybook was started with it. */
function staffToken(args: Args): string {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  return args.staffToken || env?.STORYBOOK_COPRO_ADMIN_TOKEN || '';
}

/**
 * Room writes need a staff token or an editor link. The stories show a room open to everyone's
 * edits (`publicEditing`, as a steering group might choose), set with the staff token when there is one.
 */
async function openForEditing(args: Args): Promise<void> {
  const token = staffToken(args);
  if (!token) return;
  await fetch(roomUrl(args), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ publicEditing: true }),
  });
}

const roomUrl = (args: Args) => `${args.endpoint.replace(/\/$/, '')}/v1/rooms/${encodeURIComponent(args.room)}`;

/** A steering group part way through: some groups in the room, some invited, notes on reaching others. */
const halfDone: [group: string, status: string, note: string][] = [
  ['people-using-service', 'present', 'Three members of the service users’ forum sit on the steering group.'],
  ['young-people', 'present', 'Youth council sends two members to each meeting.'],
  ['older-people', 'invited', 'Letters to the lunch clubs; Aled will phone on Friday.'],
  ['disabled-people', 'invited', 'Access Forum invited; venue is step-free, captions booked.'],
  ['deaf-bsl', 'missing', 'Book a BSL interpreter and ask the Deaf club. Priya is doing it.'],
  ['welsh-speakers', 'present', ''],
  ['carers', 'missing', 'Fund replacement care for two evenings.'],
  ['low-income', 'invited', 'Pay £20 vouchers for time; food bank noticeboard.'],
  ['offline', 'unknown', ''],
  ['rural', 'present', 'Mobile library stops in three villages.'],
  ['armed-forces', 'not-relevant', 'No armed forces community in the area this project serves.'],
];

/** Sets the half-done statuses once: a group already changed is left as it is, so reopening the story adds nothing. */
async function seedHalfDone(args: Args): Promise<void> {
  const room = await fetch(roomUrl(args)).then((response) => response.json());
  for (const [group, status, note] of halfDone) {
    const current = room.groups?.find((each: { id: string }) => each.id === group);
    if (!current || current.revision > 0) continue;
    await fetch(`${roomUrl(args)}/groups/${group}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status, note, revision: 0 }),
    });
  }
}

const meta: Meta<Args> = {
  title: "Elements/Who's not in the room",
  component: 'copro-room-checklist',
  args: { endpoint: ENDPOINT, room: 'storybook-room', staffToken: '', readonly: false, replaceDefaults: false, lang: 'en' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    staffToken: { control: 'text', description: 'Staff token of the endpoint: opens the story rooms to everyone’s edits (publicEditing) so the stories can change them.' },
  },
  loaders: [async ({ args }) => openForEditing(args as Args)],
  parameters: {
    docs: {
      description: {
        component: `A shared checklist of seldom-heard groups: who is in the room, who has been invited, who is missing, with notes on how the group will reach them and hints on reaching people. Each group is compact: status and hint on one row, the note behind "Add a note" until there is one. Edits go through the outbox; if two people change one group at once, both versions are shown and nothing is lost. ${endpointNote}`,
      },
    },
  },
  render: ({ endpoint, room, readonly, replaceDefaults, lang }) =>
    html`<div lang=${lang}>
      <copro-room-checklist endpoint=${endpoint} room=${room} ?readonly=${readonly} ?replace-defaults=${replaceDefaults}></copro-room-checklist>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A room no one has touched: the 26 default groups, all "not known yet". A new id on every Storybook load. */
export const NewRoom: Story = {
  args: { room: `storybook-new-${Date.now().toString(36)}` },
};

/** Part way through: a summary sentence and bar, notes, one group marked not relevant. */
export const HalfDone: Story = {
  args: { room: 'storybook-room-half-done' },
  loaders: [async ({ args }) => seedHalfDone(args as Args)],
};

/**
 * Someone else changes "Unpaid carers" while this person is writing a note: the checklist shows
 * both versions side by side and lets them keep theirs or use the other.
 */
export const Conflict: Story = {
  args: { room: `storybook-conflict-${Date.now().toString(36)}` },
  play: async ({ args, canvasElement }: Context) => {
    const element = canvasElement.querySelector('copro-room-checklist')!;
    const root = () => element.shadowRoot!;
    for (let tries = 0; tries < 100 && !root().getElementById('g-carers-note'); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    const current = await fetch(roomUrl(args)).then((response) => response.json());
    const carers = current.groups.find((group: { id: string }) => group.id === 'carers');
    // The other person saves first ...
    await fetch(`${roomUrl(args)}/groups/carers`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'invited', note: 'Carers centre invited for the 12th. (Sam)', revision: carers.revision }),
    });
    // ... then this person, from the version they loaded ("Add a note" shows the field of a group with no note).
    (root().getElementById('g-carers-add-note') as HTMLButtonElement | null)?.click();
    const note = root().getElementById('g-carers-note') as HTMLTextAreaElement;
    note.value = 'Fund replacement care so carers can come. (Jo)';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    note.dispatchEvent(new FocusEvent('blur'));
  },
};

/** For a public page: the same information as text, no controls. */
export const ReadOnly: Story = {
  args: { room: 'storybook-room-half-done', readonly: true },
  loaders: [async ({ args }) => seedHalfDone(args as Args)],
};

/** On a Welsh page the default groups, hints, statuses and every message are in Welsh. */
export const Welsh: Story = {
  args: { room: 'storybook-room-half-done', lang: 'cy' },
  loaders: [async ({ args }) => seedHalfDone(args as Args)],
};

/**
 * An organisation's own list, without code: `<copro-group>` children. With `replace-defaults`, only
 * the listed default groups show; groups with a new id and a label are added to the room once.
 */
export const CustomList: Story = {
  args: { room: 'storybook-room-custom', replaceDefaults: true },
  render: ({ endpoint, room, readonly, replaceDefaults, lang }) =>
    html`<div lang=${lang}>
      <copro-room-checklist endpoint=${endpoint} room=${room} ?readonly=${readonly} ?replace-defaults=${replaceDefaults}>
        <copro-group group="young-people"></copro-group>
        <copro-group group="care-experienced"></copro-group>
        <copro-group group="foster-carers" label="Foster carers" hint="The fostering team’s newsletter and support groups."></copro-group>
        <copro-group group="school-staff" label="School staff" hint="Head teachers’ forum; after 4 pm."></copro-group>
        <copro-group group="social-workers" label="Children’s social workers" hint="Team meetings on Monday mornings."></copro-group>
      </copro-room-checklist>
    </div>`,
};
