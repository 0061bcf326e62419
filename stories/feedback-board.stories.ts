import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IndexedDbOutboxStore, participantId, resolveEndpoint } from '@copro/core';
import '@copro/feedback-board/define';
import { ENDPOINT, endpointNote, openKioskLink } from './endpoint.ts';

interface Args {
  endpoint: string;
  board: string;
  mode: 'read' | 'moderate';
  lang: 'en' | 'cy';
  /** Seeds the busy, answered and moderation stories through the staff API (and so past the write rate limit). */
  staffToken: string;
  /** How many posts the busy story seeds. */
  seedPosts?: number;
  /** Kiosk mode: a shared tablet at an event. */
  kiosk?: boolean;
  /** Kiosk mode: quiet seconds before the countdown to a clean start. */
  idle?: number;
}

/** The control, or STORYBOOK_COPRO_ADMIN_TOKEN when Storybook was started with it. */
function staffToken(args: Args): string {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  return args.staffToken || env?.STORYBOOK_COPRO_ADMIN_TOKEN || '';
}

/** The same UUID for the same board and number, so seeding twice stores each post once (the server dedupes ids). */
function seedId(board: string, index: number): string {
  let hash = 0;
  for (const char of board) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const tail = (BigInt(hash) * 1_000_000n + BigInt(index)).toString(16).padStart(12, '0').slice(-12);
  return `00000000-0000-4000-8000-${tail}`;
}

const ideas = [
  'A youth club open on Saturday evenings',
  'Cheaper bus fares for under 18s',
  'A quiet room to study after school',
  'Free period products in youth centres',
  'A skate park in the town centre',
  'Mental health drop-ins without a referral',
  'Paid work experience with local businesses',
  'Safer lighting on the canal path',
];

interface Seed {
  count: number;
  settings?: Record<string, unknown>;
  answer?: (index: number) => { status: string; message: string } | undefined;
  /** Post as residents do (no token, so a board checked first keeps them waiting), not as staff typing them up. */
  asResidents?: boolean;
}

/**
 * Puts posts on a story's board through the API, as staff typing them up (channel `other`). Needs
 * the staff token (writes with it are not rate-limited); without one the story shows whatever the
 * board already has.
 */
async function seed(args: Args, { count, settings, answer, asResidents }: Seed): Promise<void> {
  const token = staffToken(args);
  if (!token) return;
  const base = `${args.endpoint.replace(/\/$/, '')}/v1/boards/${encodeURIComponent(args.board)}`;
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  if (settings) await fetch(base, { method: 'PUT', headers, body: JSON.stringify(settings) });
  const first = await fetch(`${base}/posts?limit=100`, { headers }).then((response) => response.json());
  if ((first.items?.length ?? 0) >= Math.min(count, 100)) return; // seeded already
  const one = async (index: number) => {
    const id = seedId(args.board, index);
    const body = `${ideas[index % ideas.length]}${index >= ideas.length ? ` (idea ${index + 1})` : ''}`;
    await fetch(`${base}/posts`, {
      method: 'POST',
      // With the staff token, posts typed up by staff, which name their channel.
      headers: asResidents ? { 'Content-Type': 'application/json' } : headers,
      body: JSON.stringify({ id, participant: seedId('participant', index), body, ...(asResidents ? {} : { channel: 'other' }), ...(index % 3 === 0 ? { displayName: ['Ffion', 'Sam', 'Aisha', 'Tomos'][index % 4] } : {}) }),
    });
    const response = answer?.(index);
    if (response) await fetch(`${base}/posts/${id}/response`, { method: 'PUT', headers, body: JSON.stringify(response) });
  };
  // Six at a time, a browser's connections to one host: 300 posts one after another took over 20 s
  // on a busy 2-core machine, and the story (and its test) waited for all of them.
  for (let start = 0; start < count; start += 6) {
    await Promise.all(Array.from({ length: Math.min(6, count - start) }, (_, offset) => one(start + offset)));
  }
}

const meta: Meta<Args> = {
  title: 'Elements/Feedback board',
  component: 'copro-feedback-board',
  args: { endpoint: ENDPOINT, board: 'storybook-board', mode: 'read', lang: 'en', staffToken: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['read', 'moderate'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
    staffToken: { control: 'text', description: 'Staff token of the endpoint: seeds the busy, answered and moderation stories, and signs in the moderation story.' },
    seedPosts: { control: 'number', description: 'How many posts the busy story puts on its board (tests use a few more than one page).' },
  },
  parameters: {
    docs: {
      description: {
        component: `People post ideas and feedback, support each other's posts, and read the organisation's answers ("you said, we did"). ${endpointNote} The busy, answered and moderation stories seed their boards through the staff API: start the server with a known token and give it to Storybook, e.g. \`COPRO_ADMIN_TOKEN=dev-token-0123456789abcdefghijklmnopqrstuv COPRO_ALLOWED_ORIGINS=http://127.0.0.1:6006 npm start\` and \`STORYBOOK_COPRO_ADMIN_TOKEN=dev-token-0123456789abcdefghijklmnopqrstuv npm run storybook\` (or type it in the staffToken control).`,
      },
    },
  },
  render: ({ endpoint, board, mode, lang, kiosk, idle }) =>
    html`<div lang=${lang}><copro-feedback-board endpoint=${endpoint} board=${board} mode=${mode} ?kiosk=${kiosk} idle=${ifDefined(idle)}></copro-feedback-board></div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** A board nobody has posted on yet (a new board id each time the story opens). */
export const EmptyBoard: Story = {
  loaders: [async ({ args }) => ((args as Args).board = `storybook-empty-${crypto.randomUUID().slice(0, 8)}`)],
};

/** Hundreds of posts: one page of 20 shows, "Show more posts" loads the next. */
export const BusyBoard: Story = {
  args: { board: 'storybook-busy', seedPosts: 300 },
  loaders: [async ({ args }) => seed(args as Args, { count: Number(args.seedPosts) || 300, answer: (index) => (index % 7 === 0 ? { status: 'considering', message: 'We are looking into this with the youth council.' } : undefined) })],
};

const answers = [
  { status: 'done', message: 'The youth club now opens 6pm to 10pm on Saturdays, from March.' },
  { status: 'planned', message: 'Half fares for under 18s start in September, paid from the youth fund.' },
  { status: 'considering', message: 'We are asking schools which rooms they could open after 3.30pm.' },
  { status: 'heard', message: 'Thank you. The youth panel will look at this in April.' },
  { status: 'not-doing', message: 'No site in the town centre is big enough. We are looking at the old depot on Mill Lane instead.' },
];

/** "You said, we did": every status, with the organisation's message and how long each post waited. */
export const AnsweredPosts: Story = {
  args: { board: 'storybook-answered' },
  loaders: [async ({ args }) => seed(args as Args, { count: 8, answer: (index) => answers[index] })],
};

/** Staff mode on a board checked before posts show. Give the staff token to sign in. */
export const Moderation: Story = {
  args: { board: 'storybook-moderation', mode: 'moderate' },
  loaders: [async ({ args }) => seed(args as Args, { count: 5, asResidents: true, settings: { moderation: 'before', categories: [{ id: 'places', label: 'Places to go' }, { id: 'transport', label: 'Getting around' }] } })],
};

/**
 * A post written while offline: it shows at once as "saved on this device" and is sent when the
 * endpoint can be reached. The story puts such a post in the outbox, due in an hour, as if the
 * endpoint had been down when it was written.
 */
export const Offline: Story = {
  args: { board: 'storybook-offline' },
  loaders: [
    async ({ args }) => {
      const { endpoint, board } = args as Args;
      const id = seedId(`offline-${board}`, 1);
      const now = Date.now();
      await new IndexedDbOutboxStore().put({
        id,
        method: 'POST',
        path: `/v1/boards/${board}/posts`,
        body: { id, participant: participantId(endpoint), body: 'Written on the bus with no signal: more youth workers in the evenings.' },
        kind: 'post',
        meta: { board },
        endpoint: resolveEndpoint(endpoint),
        createdAt: now,
        attempts: 1,
        nextAttemptAt: now + 60 * 60 * 1000,
        state: 'waiting',
        lastError: { kind: 'network', status: 0, code: '', message: 'Failed to fetch' },
      });
    },
  ],
};

/** The endpoint cannot be reached: a plain-words error and a way to try again. */
export const Errors: Story = {
  args: { endpoint: 'http://127.0.0.1:9', board: 'unreachable' },
};

/** The whole board in Welsh (machine-made Welsh, to be checked by a fluent speaker). */
export const Welsh: Story = {
  args: { board: 'storybook-answered', lang: 'cy' },
  loaders: AnsweredPosts.loaders,
};

/**
 * Kiosk mode: a shared tablet passed round a room at an event. Post an idea: a thank-you screen and
 * a clean form for the next person follow. Leave it for `idle` seconds (20 here) after touching it:
 * a countdown anyone can stop with "I need more time", then a clean start. With the staff token the
 * story makes a kiosk link for the event "Storybook fair" and opens it, as a tablet would (the key
 * in the address's fragment), so posts are stored with the event channel; without one they are
 * `online`.
 */
export const Kiosk: Story = {
  args: { board: 'storybook-kiosk', kiosk: true, idle: 20 },
  loaders: [
    async ({ args }) => {
      await seed(args as Args, { count: 3 });
      const token = staffToken(args as Args);
      if (!token) return;
      const { endpoint, board } = args as Args;
      await openKioskLink(endpoint, `boards/${encodeURIComponent(board)}`, token);
    },
  ],
};
