import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@copro/ladder/define';
import { ENDPOINT, endpointNote } from './endpoint.ts';

interface Args {
  endpoint: string;
  ladder: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Ladder of co-production',
  component: 'copro-ladder',
  args: { endpoint: ENDPOINT, ladder: 'storybook-ladder' },
  parameters: {
    docs: {
      description: {
        component: `People say where they think a project is on the ladder of co-production and where they want it to be; results are shown by role. ${endpointNote}`,
      },
    },
  },
  render: ({ endpoint, ladder }) =>
    html`<copro-ladder endpoint=${endpoint} ladder=${ladder}></copro-ladder>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
