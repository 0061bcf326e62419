/**
 * Every Storybook story, rendered as Storybook renders it (args, loaders, render, play) against
 * the test server instead of `npm start`'s, passes axe with the WCAG 2.2 AA rules. Stories that
 * need data seed it through the API with the test server's staff token; none is skipped.
 *
 * Storybook's own a11y panel runs the same rules, but only when someone opens the story: this is
 * the check that runs in CI.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { IndexedDbOutboxStore } from '@copro/core';
import { ENDPOINT } from '../../stories/endpoint.ts';
import * as feedbackBoard from '../../stories/feedback-board.stories.ts';
import * as ladder from '../../stories/ladder.stories.ts';
import * as plainLanguage from '../../stories/plain-language.stories.ts';
import * as roomChecklist from '../../stories/room-checklist.stories.ts';
import * as youSaidWeDid from '../../stories/you-said-we-did.stories.ts';
import { expectAccessible, freshId, staffToken, testEndpoint, until } from '../support/index.ts';

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  canvasElement: HTMLElement;
  [key: string]: unknown;
}
interface StoryLike {
  args?: Args;
  loaders?: ((context: Context) => unknown)[];
  render?: (args: Args, context: Context) => TemplateResult | HTMLElement;
  play?: (context: Context) => unknown;
}
interface MetaLike extends StoryLike {
  title: string;
  excludeStories?: string[] | RegExp;
  includeStories?: string[] | RegExp;
}
type StoryModule = Record<string, unknown> & { default: unknown };

/** Every file in stories/ that holds stories. A new stories file must be added here. */
const files: Record<string, StoryModule> = {
  'feedback-board': feedbackBoard,
  ladder,
  'plain-language': plainLanguage,
  'room-checklist': roomChecklist,
  'you-said-we-did': youSaidWeDid,
};

/** Storybook's rule for which named exports are stories (CSF `includeStories` / `excludeStories`). */
function isStory(name: string, meta: MetaLike): boolean {
  if (name === 'default' || name.startsWith('__')) return false;
  const matches = (rule: string[] | RegExp) => (Array.isArray(rule) ? rule.includes(name) : rule.test(name));
  if (meta.includeStories && !matches(meta.includeStories)) return false;
  return !(meta.excludeStories && matches(meta.excludeStories));
}

const storyNames = (module: StoryModule) => Object.keys(module).filter((name) => isStory(name, module.default as MetaLike));

/** The args the story would get in Storybook, pointed at the test server, a fresh board/room/ladder and the test staff token. */
function argsFor(meta: MetaLike, story: StoryLike): Args {
  const args: Args = { ...meta.args, ...story.args };
  // A story that sets its own endpoint (the unreachable one) keeps it.
  if (args.endpoint === ENDPOINT || args.endpoint === undefined) args.endpoint = testEndpoint();
  for (const key of ['board', 'room', 'ladder']) if (typeof args[key] === 'string') args[key] = freshId(args[key] as string);
  if ('staffToken' in args) args.staffToken = staffToken();
  // The busy board shows one page of 20 either way: 30 posts, not 300, keep its loader's writes
  // within the time-out on a busy CI machine, in three engines.
  if ('seedPosts' in args) args.seedPosts = 30;
  return args;
}

/** What each copro element shows once it has loaded (or failed to), beyond "Loading…". */
const loadedSelectors: Record<string, string> = {
  'copro-feedback-board': '#posts-count, #token, [role="alert"]',
  'copro-ladder': 'form, .thanks, .results',
  'copro-room-checklist': '.groups li, [role="alert"]',
  'copro-clarity-report': 'form, .actions',
  'copro-you-said-we-did': 'table, [role="alert"]',
};

const coproElements = (canvas: HTMLElement) => [...canvas.querySelectorAll('*')].filter((element) => element.localName.startsWith('copro-') && element.shadowRoot);
const shadowText = (element: Element) => element.shadowRoot!.textContent ?? '';

/** Waits until every element has rendered, loaded its data and says "Loading…" nowhere. */
async function settled(canvas: HTMLElement, story: string): Promise<void> {
  for (const element of coproElements(canvas)) {
    await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    const selector = loadedSelectors[element.localName];
    if (selector) await until(() => element.shadowRoot!.querySelector(selector), `${story}: ${element.localName} to load`, 15000);
  }
  await until(() => coproElements(canvas).every((element) => !/Loading…|Yn llwytho…/.test(shadowText(element))), `${story}: nothing loading`, 15000);
}

const $$ = (canvas: HTMLElement, tag: string, selector: string) => [...(canvas.querySelector(tag)?.shadowRoot?.querySelectorAll(selector) ?? [])];

/**
 * What a story must show, so a seed that silently failed cannot pass as an empty story.
 * Checked after `play` and again after a staff sign-in.
 */
const shows: Record<string, (canvas: HTMLElement, signedIn: boolean) => unknown> = {
  'feedback-board/BusyBoard': (canvas) => $$(canvas, 'copro-feedback-board', '[part~="post"]').length === 20 && $$(canvas, 'copro-feedback-board', '[part~="more"]').length,
  'feedback-board/AnsweredPosts': (canvas) => $$(canvas, 'copro-feedback-board', '[part~="status"]').length === 5,
  'feedback-board/Welsh': (canvas) => $$(canvas, 'copro-feedback-board', '[part~="status"]').length === 5,
  'feedback-board/Moderation': (canvas, signedIn) => !signedIn || $$(canvas, 'copro-feedback-board', '[part~="post"]').length === 5,
  'feedback-board/Offline': (canvas) => $$(canvas, 'copro-feedback-board', 'li.unsent').length === 1,
  'feedback-board/Errors': (canvas) => $$(canvas, 'copro-feedback-board', '[role="alert"]').length,
  'feedback-board/Kiosk': (canvas) => $$(canvas, 'copro-feedback-board', '[part~="post"]').length === 3 && Object.keys(sessionStorage).some((key) => key.startsWith('copro:kiosk-key:')),
  'ladder/AfterRating': (canvas) => $$(canvas, 'copro-ladder', '.thanks').length && $$(canvas, 'copro-ladder', '.results .total').length,
  'ladder/ManyResults': (canvas) => /\b40\b/.test($$(canvas, 'copro-ladder', '.results .total')[0]?.textContent ?? ''),
  'ladder/CustomRungs': (canvas) => $$(canvas, 'copro-ladder', 'input[name=now]').length === 8,
  'ladder/Welsh': (canvas) => /^\s*Mae 7 o bobl/.test($$(canvas, 'copro-ladder', '.results .total')[0]?.textContent ?? ''),
  'room-checklist/HalfDone': (canvas) => ($$(canvas, 'copro-room-checklist', '#g-deaf-bsl-status')[0] as HTMLSelectElement | undefined)?.value === 'missing',
  'room-checklist/Conflict': (canvas) => $$(canvas, 'copro-room-checklist', '[part~="conflict"]').length,
  'room-checklist/ReadOnly': (canvas) => /BSL interpreter/.test(shadowText(canvas.querySelector('copro-room-checklist')!)),
  'plain-language/ClarityReport': (canvas, signedIn) => !signedIn || $$(canvas, 'copro-clarity-report', '[part~="comments"] li').length >= 2,
  'you-said-we-did/Record': (canvas) => $$(canvas, 'copro-you-said-we-did', '[part~="overdue"]').length === 1 && $$(canvas, 'copro-you-said-we-did', '[part~="pair"]').length === 4,
  'you-said-we-did/Welsh': (canvas) => $$(canvas, 'copro-you-said-we-did', '[part~="pair"]').length === 4,
  'you-said-we-did/EmptyBoard': (canvas) => $$(canvas, 'copro-you-said-we-did', 'tbody tr').length === 7,
  'you-said-we-did/Unreachable': (canvas) => $$(canvas, 'copro-you-said-we-did', '[role="alert"]').length,
  'room-checklist/CustomList': (canvas) => $$(canvas, 'copro-room-checklist', '.groups li').length === 5,
};

/** Staff views (the moderation queue, the clarity report) ask for the token first: sign in, as staff would. */
async function signIn(canvas: HTMLElement, story: string): Promise<boolean> {
  const forms = coproElements(canvas)
    .map((element) => element.shadowRoot!.querySelector<HTMLInputElement>('input#token'))
    .filter((input): input is HTMLInputElement => Boolean(input));
  for (const input of forms) {
    input.value = staffToken();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
  }
  if (forms.length) await until(() => forms.every((input) => !input.isConnected), `${story}: the staff view`, 15000);
  return forms.length > 0;
}

/** Writes a story left in the outbox (the offline story puts one there) must not linger for other tests. */
async function forgetWrites(args: Args): Promise<void> {
  const ids = ['board', 'room', 'ladder'].map((key) => args[key]).filter((id): id is string => typeof id === 'string');
  const store = new IndexedDbOutboxStore();
  for (const write of await store.all()) if (ids.some((id) => write.path.includes(`/${id}/`))) await store.delete(write.id);
}

describe('Storybook stories pass axe (WCAG 2.2 AA) against the real server', () => {
  let canvas: HTMLDivElement;
  let args: Args = {};

  beforeEach(() => {
    sessionStorage.clear();
    canvas = document.createElement('div');
    canvas.id = 'storybook-root';
    document.body.append(canvas);
  });

  afterEach(async () => {
    render(null, canvas);
    canvas.remove();
    sessionStorage.clear();
    await forgetWrites(args);
  });

  it('finds the stories of every file', () => {
    for (const [file, module] of Object.entries(files)) expect(storyNames(module).length, file).to.be.greaterThan(3);
  });

  for (const [file, module] of Object.entries(files)) {
    const meta = module.default as MetaLike;
    for (const name of storyNames(module)) {
      const story = module[name] as StoryLike;
      const key = `${file}/${name}`;

      it(`${meta.title} / ${name}`, async function () {
        this.timeout(40000);
        args = argsFor(meta, story);
        const context: Context = { args, canvasElement: canvas, id: key, name, title: meta.title, parameters: {}, argTypes: {}, globals: {}, viewMode: 'story', loaded: {} };
        for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) Object.assign(context.loaded as object, await loader(context));
        const view = (story.render ?? meta.render)!(args, context);
        if (view instanceof HTMLElement) canvas.append(view);
        else render(view, canvas);
        await settled(canvas, key);
        await story.play?.(context);
        await settled(canvas, key);
        if (shows[key]) await until(() => shows[key](canvas, false), `${key} to show its data`, 15000);
        await expectAccessible(canvas);

        if (await signIn(canvas, key)) {
          await settled(canvas, key);
          if (shows[key]) await until(() => shows[key](canvas, true), `${key} to show its staff data`, 15000);
          await expectAccessible(canvas);
        }
      });
    }
  }
});
