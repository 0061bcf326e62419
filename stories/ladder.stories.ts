import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@copro/ladder/define';
import { ENDPOINT, endpointNote, openKioskLink } from './endpoint.ts';

interface Args {
  endpoint: string;
  ladder: string;
  principles: boolean;
  showResults: boolean;
  resultsOnly: boolean;
  lang: 'en' | 'cy';
  /** The level of the element's title, to fit the page's outline. */
  headingLevel: number;
  /** The custom-rungs story needs it, to set the rungs through the staff API; the kiosk story, to make a kiosk link. */
  staffToken: string;
  /** Kiosk mode: a shared tablet at an event. */
  kiosk?: boolean;
  /** Kiosk mode: quiet seconds before the countdown to a clean start. */
  idle?: number;
}

interface Context {
  args: Args;
  canvasElement: HTMLElement;
}

/** Arnstein's ladder of citizen participation (1969), bottom to top, as an organisation might set it. */
export const arnsteinRungs = [
  { id: 'manipulation', label: 'Manipulation', description: 'People are placed on committees to be won over, not to be heard.' },
  { id: 'therapy', label: 'Therapy', description: 'People are treated as the problem to be fixed.' },
  { id: 'informing', label: 'Informing', description: 'People are told about plans, one way, often too late to change them.' },
  { id: 'consultation', label: 'Consultation', description: 'People are asked through surveys and meetings, with no promise that views count.' },
  { id: 'placation', label: 'Placation', description: 'A few people sit on boards and advise, but others still decide.' },
  { id: 'partnership', label: 'Partnership', description: 'Power is shared through joint boards and agreed ways of deciding.' },
  { id: 'delegated-power', label: 'Delegated power', description: 'People hold most of the decisions on a plan or a service.' },
  { id: 'citizen-control', label: 'Citizen control', description: 'People run the service or programme themselves.' },
];

const defaultRungIds = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production'];

/**
 * Adds ratings from made-up participants until the ladder has `target` of them, so a story
 * looks the same each time it is opened without adding more each time.
 */
async function seed(args: Args, target: number, rungIds: readonly string[], principles = false): Promise<void> {
  const base = `${args.endpoint.replace(/\/$/, '')}/v1/ladders/${encodeURIComponent(args.ladder)}`;
  const summary = await fetch(`${base}/summary`).then((response) => response.json());
  const views: [role: string, low: number, high: number][] = [
    ['staff', 0.55, 0.85],
    ['lived-experience', 0.25, 0.55],
    ['partner', 0.4, 0.7],
    ['other', 0.3, 0.7],
  ];
  const at = (share: number) => rungIds[Math.min(rungIds.length - 1, Math.max(0, Math.round(share * (rungIds.length - 1))))];
  for (let index = summary.total ?? 0; index < target; index++) {
    const [role, low, high] = views[index % (index < 8 ? 2 : views.length)];
    const share = low + ((index * 37) % 100) / 100 * (high - low);
    const rating = {
      id: crypto.randomUUID(),
      participant: crypto.randomUUID(),
      role,
      now: at(share),
      aim: at(Math.min(1, share + 0.3)),
      ...(principles ? { principles: { assets: 1 + (index % 5), capabilities: 1 + ((index + 2) % 5), networks: role === 'staff' ? 4 : 2 } } : {}),
    };
    await fetch(`${base}/ratings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rating) });
  }
}

/** The staff token for the custom-rungs story: the control, or STORYBOOK_COPRO_ADMIN_TOKEN when Storybook was started with it. */
function staffToken(args: Args): string {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  return args.staffToken || env?.STORYBOOK_COPRO_ADMIN_TOKEN || '';
}

const meta: Meta<Args> = {
  title: 'Elements/Ladder of co-production',
  component: 'copro-ladder',
  // Data for tests and the custom-rungs story, not a story: without this Storybook lists it as one.
  excludeStories: ['arnsteinRungs'],
  args: { endpoint: ENDPOINT, ladder: 'storybook-ladder', principles: false, showResults: false, resultsOnly: false, lang: 'en', headingLevel: 2, staffToken: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'cy'], description: 'The `lang` of the page around the element.' },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6], description: '`heading-level`: the title is this level, its sub-headings follow.' },
    staffToken: { control: 'text', description: 'Staff token of the endpoint (custom rungs story only).' },
  },
  parameters: {
    docs: {
      description: {
        component: `People say who they are, where they think a project is on the ladder of co-production and where they want it to be; results are shown by role, with the gap between staff and people who use the service. ${endpointNote}`,
      },
    },
  },
  render: (args) =>
    html`<div lang=${args.lang}>
      <copro-ladder
        endpoint=${args.endpoint}
        ladder=${args.ladder}
        ?principles=${args.principles}
        ?show-results=${args.showResults}
        ?results-only=${args.resultsOnly}
        heading-level=${args.headingLevel}
        ?kiosk=${args.kiosk}
        idle=${ifDefined(args.idle)}
      ></copro-ladder>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** What a person sees the first time: who they are, the ladder now, where it should be, a comment. */
export const FirstVisit: Story = {};

/** After sending an answer: thanks, what they said, a way to change it, and the results by role. */
export const AfterRating: Story = {
  args: { ladder: 'storybook-ladder-after' },
  loaders: [async ({ args }) => seed(args as Args, 6, defaultRungIds)],
  play: async ({ canvasElement }: Context) => {
    const ladder = canvasElement.querySelector('copro-ladder')!;
    // A browser that has rated this ladder before already shows its answer and the results.
    const form = await new Promise<HTMLFormElement | null>((resolve) => {
      const look = () => {
        const root = ladder.shadowRoot;
        if (root?.querySelector('.thanks')) resolve(null);
        else if (root?.querySelector('form')) resolve(root.querySelector('form'));
        else setTimeout(look, 50);
      };
      look();
    });
    if (!form) return;
    form.querySelector<HTMLInputElement>('#role-lived-experience')!.click();
    form.querySelector<HTMLInputElement>('#now-consultation')!.click();
    form.querySelector<HTMLInputElement>('#aim-co-production')!.click();
    form.requestSubmit();
  },
};

/** Many answers from four roles: the spread per role, the middle answers and the gap sentence. */
export const ManyResults: Story = {
  args: { ladder: 'storybook-ladder-many', showResults: true },
  loaders: [async ({ args }) => seed(args as Args, 40, defaultRungIds)],
};

/** With the `principles` attribute: a 1 to 5 score for each of the six principles, and the mean per role. */
export const Principles: Story = {
  args: { ladder: 'storybook-ladder-principles', principles: true, showResults: true },
  loaders: [async ({ args }) => seed(args as Args, 10, defaultRungIds, true)],
};

/**
 * An organisation's own rungs: Arnstein's eight, set through the staff API (`PUT /v1/ladders/{ladder}`).
 * Give the endpoint's staff token in the `staffToken` control (or start Storybook with
 * `STORYBOOK_COPRO_ADMIN_TOKEN`); without it the ladder keeps the rungs it has.
 */
export const CustomRungs: Story = {
  args: { ladder: 'storybook-ladder-arnstein', showResults: true },
  loaders: [
    async ({ args }) => {
      const settings = args as Args;
      const token = staffToken(settings);
      if (!token) return;
      await fetch(`${settings.endpoint.replace(/\/$/, '')}/v1/ladders/${encodeURIComponent(settings.ladder)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ title: 'Arnstein’s ladder of citizen participation', rungs: arnsteinRungs }),
      });
      await seed(settings, 12, arnsteinRungs.map((rung) => rung.id));
    },
  ],
};

/** In a Welsh page: every word, the default rungs, roles and principles, and plural forms in Welsh. */
export const Welsh: Story = {
  args: { ladder: 'storybook-ladder-cy', lang: 'cy', principles: true, showResults: true },
  loaders: [async ({ args }) => seed(args as Args, 7, defaultRungIds, true)],
};

/**
 * Kiosk mode: a shared tablet passed round a room at an event, where people rate the project one
 * after another. Rate: a thank-you screen, then "Start again for the next person" gives a clean form
 * (nothing of the last answer kept). Leave it for `idle` seconds (20 here) after touching it: a
 * countdown anyone can stop with "I need more time", then a clean start. With the staff token the
 * story makes a kiosk link for the event "Storybook fair" and opens it, as a tablet would (the key in
 * the address's fragment), so ratings are stored with the event channel; without one they are `online`.
 */
export const Kiosk: Story = {
  args: { ladder: 'storybook-ladder-kiosk', kiosk: true, idle: 20 },
  loaders: [
    async ({ args }) => {
      const token = staffToken(args as Args);
      if (!token) return;
      const { endpoint, ladder } = args as Args;
      await openKioskLink(endpoint, `ladders/${encodeURIComponent(ladder)}`, token);
    },
  ],
};
