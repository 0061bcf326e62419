import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@copro/feedback-board/define';
import { ENDPOINT, endpointNote } from './endpoint.ts';

interface Args {
  endpoint: string;
  board: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Feedback board',
  component: 'copro-feedback-board',
  args: { endpoint: ENDPOINT, board: 'storybook-board' },
  parameters: {
    docs: {
      description: {
        component: `People post ideas and feedback, support each other's posts, and read the organisation's answers ("you said, we did"). ${endpointNote}`,
      },
    },
  },
  render: ({ endpoint, board }) =>
    html`<copro-feedback-board endpoint=${endpoint} board=${board}></copro-feedback-board>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
