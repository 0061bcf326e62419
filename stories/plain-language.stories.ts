import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@copro/plain-language/define';
import { ENDPOINT, endpointNote } from './endpoint.ts';

interface Args {
  endpoint: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Plain language',
  component: 'copro-plain-language',
  subcomponents: { 'copro-plain-text': 'copro-plain-text', 'copro-term': 'copro-term' },
  args: { endpoint: ENDPOINT },
  parameters: {
    docs: {
      description: {
        component: `\`<copro-plain-language>\` switches the page between standard and plain versions of the text in every \`<copro-plain-text>\`, and remembers the choice. \`<copro-term>\` explains a word in a pop-over. The \`endpoint\` is optional: with it, readers can say whether a block was clear. ${endpointNote}`,
      },
    },
  },
  render: ({ endpoint }) => html`
    <div lang="en">
      <copro-plain-language endpoint=${endpoint}></copro-plain-language>
      <copro-plain-text block="fund-purpose">
        <p slot="standard">
          The fund will be allocated through a participatory budgeting process, in which
          <copro-term definition="People who live, work or study in the area">residents</copro-term>
          aged 11 to 25 determine the distribution of resources among eligible proposals.
        </p>
        <p slot="plain">
          Young people aged 11 to 25 will decide together how the money is shared out.
        </p>
      </copro-plain-text>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
