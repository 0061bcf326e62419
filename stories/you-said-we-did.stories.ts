import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@copro/you-said-we-did/define';
import { ENDPOINT, endpointNote } from './endpoint.ts';

interface Args {
  endpoint: string;
  board: string;
  lang: 'en' | 'cy';
  /** The level of the element's title, to fit the page's outline. */
  headingLevel: number;
  /** Answers need a staff token: the control, or STORYBOOK_COPRO_ADMIN_TOKEN when Storybook was started with it. */
  staffToken: string;
  /** Seed the board with answered posts (off for the empty-board story). */
  seed: boolean;
}

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A board with one promise kept on time, one kept late, one overdue, one not yet due and one post
 * waiting. Seeded once per board: a board that already has posts is left as it is.
 */
async function seedRecord(args: Args): Promise<void> {
  if (!args.seed) return;
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  const token = args.staffToken || env?.STORYBOOK_COPRO_ADMIN_TOKEN || '';
  const base = `${args.endpoint.replace(/\/$/, '')}/v1/boards/${encodeURIComponent(args.board)}`;
  const existing = await fetch(`${base}/posts`).then((response) => response.json());
  if (existing.items?.length) return;
  const send = (method: string, path: string, body: unknown, auth = false) =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }).then((response) => response.json());
  const plan: [body: string, answers: Record<string, unknown>[]][] = [
    ['Longer library hours in the holidays', [{ status: 'planned', message: 'We will open until 8pm from the summer.', due: dayFromToday(30) }, { status: 'done', message: 'The library now opens until 8pm.' }]],
    ['A crossing outside the school', [{ status: 'planned', message: 'The council will build it.', due: dayFromToday(-14) }, { status: 'done', message: 'The crossing is in, two weeks later than we said.' }]],
    ['Repaint the youth club', [{ status: 'planned', message: 'Young people will choose the colours.', due: dayFromToday(-5) }]],
    ['Free swimming on Sundays', [{ status: 'considering', message: 'We are costing it with the leisure centre.', due: dayFromToday(21) }]],
    ['A bus to the college in the evening', []],
  ];
  for (const [body, answers] of plan) {
    const post = await send('POST', '/posts', { id: crypto.randomUUID(), participant: crypto.randomUUID(), body });
    if (!token) continue;
    for (const answer of answers) await send('PUT', `/posts/${post.id}/response`, answer, true);
  }
}

const meta: Meta<Args> = {
  title: 'Elements/You said, we did',
  component: 'copro-you-said-we-did',
  args: { endpoint: ENDPOINT, board: 'storybook-record', lang: 'en', headingLevel: 2, staffToken: '', seed: true },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'], description: 'The `lang` of the page around the element.' },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6], description: '`heading-level`: the title is this level, its sub-headings follow.' },
    staffToken: { control: 'text', description: 'Staff token of the endpoint, to seed the answers.' },
    seed: { control: 'boolean', description: 'Add the example posts and answers to a board that has none.' },
  },
  parameters: {
    docs: {
      description: {
        component: `A board's public record: how many posts were answered and how many wait, the median days to a first answer, promises kept on time, kept late and overdue, and the latest "you said, we did" pairs. ${endpointNote}`,
      },
    },
  },
  loaders: [async ({ args }) => seedRecord(args as Args)],
  render: (args) =>
    html`<div lang=${args.lang}>
      <copro-you-said-we-did endpoint=${args.endpoint} board=${args.board} heading-level=${args.headingLevel}></copro-you-said-we-did>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A record with every kind of promise: kept on time, kept late, overdue and not yet due. */
export const Record: Story = {};

/** The same in a Welsh page. */
export const Welsh: Story = { args: { board: 'storybook-record-cy', lang: 'cy' } };

/** A board nobody has posted on yet: the record says so plainly, and the table shows zeros. */
export const EmptyBoard: Story = { args: { board: 'storybook-record-empty', seed: false } };

/** The endpoint cannot be reached: the reason, in an alert, and a "Try again" button. */
export const Unreachable: Story = { args: { endpoint: 'http://127.0.0.1:9', board: 'unreachable', seed: false } };
