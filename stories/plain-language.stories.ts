import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@copro/plain-language/define';
import { ENDPOINT, endpointNote } from './endpoint.ts';

interface Args {
  endpoint: string;
}

const fundBlock = html`
  <copro-plain-text block="fund-purpose">
    <p slot="standard">
      The fund will be allocated through a participatory budgeting process, in which
      <copro-term definition="People who live, work or study in the area.">residents</copro-term>
      aged 11 to 25 determine the distribution of resources among eligible proposals.
    </p>
    <p slot="plain">Young people aged 11 to 25 will decide together how the money is shared out.</p>
  </copro-plain-text>
`;

const meta: Meta<Args> = {
  title: 'Elements/Plain language',
  component: 'copro-plain-language',
  subcomponents: {
    'copro-plain-text': 'copro-plain-text',
    'copro-term': 'copro-term',
    'copro-clarity-report': 'copro-clarity-report',
  },
  args: { endpoint: ENDPOINT },
  parameters: {
    docs: {
      description: {
        component: `\`<copro-plain-language>\` switches the whole page between standard and plain versions of the text in every \`<copro-plain-text>\` (and in paragraphs marked up with \`data-copro-block\`), and remembers the choice for the site. \`<copro-term>\` explains a word in a pop-over. With an \`endpoint\`, readers can say whether each block was clear; staff read the answers with \`<copro-clarity-report>\`. With \`author\`, editors see each block's reading age and flags. See docs/accessibility/plain-language.md. ${endpointNote}`,
      },
    },
  },
  render: () => html`<div lang="en">
    <copro-plain-language></copro-plain-language>
    ${fundBlock}
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The switch and one block. The choice is kept in `localStorage`, so it holds across stories and reloads. */
export const Default: Story = {};

/** Two switches and several blocks: one page-wide value; a block with no plain version keeps its standard text. */
export const SeveralBlocks: Story = {
  render: () => html`<div lang="en">
    <copro-plain-language></copro-plain-language>
    ${fundBlock}
    <copro-plain-text block="no-plain">
      <p slot="standard">This block has no plain version, so it shows the same words in both modes.</p>
    </copro-plain-text>
    <copro-plain-language></copro-plain-language>
  </div>`,
};

/** Existing paragraphs marked up by a CMS editor, without custom elements. The plain one carries `hidden`, so it stays hidden without JavaScript. */
export const MarkedUpHtml: Story = {
  render: () => html`<div lang="en">
    <copro-plain-language></copro-plain-language>
    <p data-copro-block="fees" data-copro-standard>Charges are levied on a per-session basis and are payable in advance of attendance.</p>
    <p data-copro-block="fees" data-copro-plain hidden>You pay before each session.</p>
  </div>`,
};

/** A word with its definition: click it, or Tab to it and press Enter; Escape closes the definition. */
export const Term: Story = {
  render: () => html`<p lang="en">
    Funding cannot pay for the council's
    <copro-term definition="Something the law says the council must do, such as running schools.">statutory responsibilities</copro-term>.
  </p>`,
};

/**
 * With an endpoint, each block with a `block` id asks "Was this clear?". Answers go to `POST /v1/clarity`.
 * Once answered, the browser remembers the block for the page (`localStorage`) and does not ask again:
 * clear the site's storage to see the question again.
 */
export const WasThisClear: Story = {
  render: ({ endpoint }) => html`<div lang="en">
    <copro-plain-language endpoint=${endpoint} page="/storybook"></copro-plain-language>
    ${fundBlock}
  </div>`,
};

/** Author mode: each block shows its reading age (Flesch-Kincaid grade + 5), long sentences and words to avoid. The readability code loads only here. */
export const AuthorMode: Story = {
  render: () => html`<div lang="en">
    <copro-plain-language author></copro-plain-language>
    <copro-plain-text block="panel">
      <p slot="standard">
        A panel of twelve young people, recruited through schools, colleges and youth services, will shortlist proposals
        against published criteria, and we will facilitate a robust dialogue with residents going forward.
      </p>
      <p slot="plain">Twelve young people will pick a shortlist. Then everyone aged 11 to 25 can vote.</p>
    </copro-plain-text>
    <p data-copro-block="fees" data-copro-standard>Charges are levied on a per-session basis and are payable in advance of attendance.</p>
    <p data-copro-block="fees" data-copro-plain hidden>You pay before each session.</p>
  </div>`,
};

/** The same in Welsh: every word of the elements, and author mode says its checks are for English only. */
export const Welsh: Story = {
  render: ({ endpoint }) => html`<div lang="cy">
    <copro-plain-language endpoint=${endpoint} page="/storybook-cy" author></copro-plain-language>
    <copro-plain-text block="crynodeb">
      <p slot="standard">
        Mae’r cyngor wedi dyrannu £250,000 i gronfa ieuenctid drwy broses
        <copro-term definition="Ffordd o benderfynu sut i wario arian cyhoeddus lle mae pobl leol yn dewis rhwng syniadau.">cyllidebu cyfranogol</copro-term>.
      </p>
      <p slot="plain">Mae gennym £250,000 i’w wario ar bethau i bobl ifanc.</p>
    </copro-plain-text>
  </div>`,
};

/** What readers of the fund block said: ids are fixed, so opening the story again stores nothing new. */
const clarityAnswers = [
  { block: 'fund-purpose', version: 'standard', clear: false, comment: 'What does "participatory budgeting" mean?' },
  { block: 'fund-purpose', version: 'standard', clear: false },
  { block: 'fund-purpose', version: 'plain', clear: true, comment: 'Much easier, thank you.' },
  { block: 'fund-purpose', version: 'plain', clear: true },
].map((answer, index) => ({ id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`, page: '/storybook', ...answer }));

/**
 * Staff: the answers for a page, per block (four made-up answers are added the first time). Type the staff token that `npm start` prints.
 * The report's code loads when a report is on the page, so readers' pages never carry it.
 */
export const ClarityReport: Story = {
  loaders: [
    async ({ args }) => {
      for (const answer of clarityAnswers) {
        await fetch(`${(args as Args).endpoint.replace(/\/$/, '')}/v1/clarity`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(answer) });
      }
    },
  ],
  render: ({ endpoint }) => html`<copro-clarity-report lang="en" endpoint=${endpoint} page="/storybook"></copro-clarity-report>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('copro-clarity-report');
    await canvasElement.querySelector('copro-clarity-report')?.updateComplete;
  },
};
