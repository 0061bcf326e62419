import { expect, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CoproLadder } from '@copro/ladder';
import meta, * as stories from '../../../stories/ladder.stories.ts';
import { expectAccessible, freshId, staffToken, testEndpoint, until } from '../../../test/support/index.ts';
import { $, $$, loaded, text } from './support.ts';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  loaders?: ((context: { args: Args }) => Promise<unknown>)[];
  play?: (context: { args: Args; canvasElement: HTMLElement }) => Promise<void>;
}

const named = Object.entries(stories).filter(([name]) => name !== 'default' && name !== 'arnsteinRungs') as [string, StoryLike][];

/** Each story as Storybook shows it, against the test server and a fresh ladder: axe finds nothing. */
describe('ladder stories', () => {
  it('has the stories the issue asks for', () => {
    expect(named.map(([name]) => name)).to.have.members(['FirstVisit', 'AfterRating', 'ManyResults', 'Principles', 'CustomRungs', 'Welsh', 'Kiosk']);
  });

  for (const [name, story] of named) {
    it(`${name}: renders against the real server with no WCAG 2.2 AA violations`, async () => {
      const args = { ...meta.args, ...story.args, endpoint: testEndpoint(), ladder: freshId('story'), staffToken: staffToken() } as Args;
      for (const loader of story.loaders ?? []) await loader({ args });
      const canvas = fixtureSync<HTMLDivElement>((meta.render as unknown as (args: Args) => TemplateResult)(args));
      const element = canvas.querySelector<CoproLadder>('copro-ladder')!;
      await loaded(element);
      await story.play?.({ args, canvasElement: canvas });
      if (args.showResults || story.play) await until(() => $(element, '.results .total'), 'results');
      if (name === 'CustomRungs') expect($$(element, 'input[name=now]')).to.have.length(8);
      if (name === 'ManyResults') expect(text($(element, '.total'))).to.equal('40 people have answered so far.');
      if (name === 'Welsh') expect(text($(element, '.total'))).to.match(/^Mae 7 o bobl/);
      if (name === 'AfterRating') expect($(element, '.thanks')).to.not.equal(null);
      if (name === 'Kiosk') {
        // The kiosk link's key left the address for the tab's storage; the countdown is set to 20 s.
        await until(() => $(element, '#kiosk-start form'), 'the kiosk');
        expect(location.hash).to.equal('');
        expect(Object.keys(sessionStorage).some((key) => key.startsWith('copro:ladder-key:'))).to.equal(true);
        expect(element.getAttribute('idle')).to.equal('20');
        sessionStorage.clear();
      }
      await expectAccessible(canvas);
    });
  }
});
