import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@copro/room-checklist/define';
import { ENDPOINT, endpointNote } from './endpoint.ts';

interface Args {
  endpoint: string;
  room: string;
}

const meta: Meta<Args> = {
  title: "Elements/Who's not in the room",
  component: 'copro-room-checklist',
  args: { endpoint: ENDPOINT, room: 'storybook-room' },
  parameters: {
    docs: {
      description: {
        component: `A shared checklist of seldom-heard groups: who is taking part, who has been invited, who is missing, with notes and hints on reaching people. ${endpointNote}`,
      },
    },
  },
  render: ({ endpoint, room }) =>
    html`<copro-room-checklist endpoint=${endpoint} room=${room}></copro-room-checklist>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
