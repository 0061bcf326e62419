// Every element, legible on the host pages it will really meet (GOV.UK Frontend, Bootstrap, a
// WordPress-style theme, a dark page), with the visitor's system in light and in dark, at 1280 and
// 320 px: no text under 14 px, body text at least 16 px, no serif fallback, every text at WCAG AA
// contrast against what is really painted behind it, no control under 24×24 px, no sideways scroll.
import { expect } from '@open-wc/testing';
import '@copro/copro/define';
import { newId } from '@copro/core';
import type { Ladder } from '@copro/protocol';
import { api, emulateSystemColorScheme, freshId, setTestViewport, staffToken, testEndpoint, until } from '../support/index.ts';
import { bodyTextSize, legibilityProblems, scrollsSideways, type TextMeasure } from '../support/legibility.ts';
import { hostPages, mountHostPage, type HostPage } from '../support/host-pages.ts';

interface Seeded {
  board: string;
  room: string;
  ladder: string;
}

async function seed(): Promise<Seeded> {
  const board = freshId('host-board');
  const room = freshId('host-room');
  const ladder = freshId('host-ladder');
  const first = await api<{ id: string }>('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: newId(), body: 'More evening sessions, please: many of us work in the day.' });
  await api('POST', `/v1/boards/${board}/posts`, { id: newId(), participant: newId(), body: 'Could the forms come in large print?', displayName: 'Sam' });
  await api('PUT', `/v1/boards/${board}/posts/${first.json.id}/response`, { status: 'planned', message: 'From March, two sessions a month start at 6pm.' }, staffToken());
  const { json: shape } = await api<Ladder>('GET', `/v1/ladders/${ladder}`);
  // Five answers per role, the fewest the public results show.
  for (const role of shape.roles) {
    for (let index = 0; index < 5; index += 1) {
      const now = shape.rungs[index % shape.rungs.length].id;
      const aim = shape.rungs[shape.rungs.length - 1].id;
      await api('POST', `/v1/ladders/${ladder}/ratings`, { id: newId(), participant: newId(), role: role.id, now, aim });
    }
  }
  return { board, room, ladder };
}

/** What goes into each host page's content area: every element, as a council would paste them. */
function elementsMarkup(host: HostPage, { board, room, ladder }: Seeded): string {
  const endpoint = testEndpoint();
  return `
    <p class="${host.paragraphClass}">What we heard about the youth fund, and what
      <copro-term definition="Working together as equals, sharing power and decisions.">co-production</copro-term> means here.</p>
    <copro-plain-language></copro-plain-language>
    <copro-plain-text>
      <p slot="standard" class="${host.paragraphClass}">The council will consider submissions received before the closing date.</p>
      <p slot="plain" class="${host.paragraphClass}">Tell us what you think before the closing date.</p>
    </copro-plain-text>
    <copro-feedback-board endpoint="${endpoint}" board="${board}"></copro-feedback-board>
    <copro-room-checklist endpoint="${endpoint}" room="${room}"></copro-room-checklist>
    <copro-ladder endpoint="${endpoint}" ladder="${ladder}" principles></copro-ladder>
    <copro-ladder endpoint="${endpoint}" ladder="${ladder}" results-only></copro-ladder>`;
}

const widths = [1280, 320] as const;
const schemes = ['light', 'dark'] as const;

/** Lowest contrast and smallest text of each run, for the issue note (printed to the test log). */
const summary = (host: string, scheme: string, width: number, smallest?: TextMeasure, lowest?: TextMeasure) =>
  `[legibility] ${host}, ${scheme} system, ${width} px: smallest ${smallest?.fontSize.toFixed(1)} px ("${smallest?.text}" at ${smallest?.where}); ` +
  `lowest contrast ${lowest?.contrast.toFixed(2)}:1 ("${lowest?.text}", ${lowest?.color} on ${lowest?.background})`;

describe('legible on real host pages, whatever the visitor’s settings', function () {
  this.timeout(60000);
  let seeded: Seeded;
  // Resizing to 320 px makes the ladder's chart re-measure itself; Chromium reports the harmless
  // "ResizeObserver loop completed" as a page error, which mocha would count as a failure.
  const runnerOnError = window.onerror;
  before(async () => {
    window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : runnerOnError?.call(window, message, ...rest));
    seeded = await seed();
  });
  after(async () => {
    window.onerror = runnerOnError;
    await emulateSystemColorScheme('light');
    await setTestViewport(800, 600);
  });

  for (const host of hostPages) {
    describe(host.name, () => {
      let unmount: () => void;
      let elements: Element[];
      before(async () => {
        await setTestViewport(1280, 900);
        unmount = await mountHostPage(host, (content) => {
          content.innerHTML = elementsMarkup(host, seeded);
        });
        elements = [...document.querySelectorAll('[data-host-content] :is(copro-feedback-board, copro-room-checklist, copro-ladder, copro-plain-language, copro-plain-text, copro-term)')];
        const shadow = (tag: string, selector: string) => () => [...document.querySelectorAll(tag)].every((element) => element.shadowRoot?.querySelector(selector));
        await until(shadow('copro-feedback-board', '.post'), 'the board’s posts', 10000);
        await until(shadow('copro-room-checklist', 'fieldset, .group, li'), 'the room’s groups', 10000);
        await until(() => document.querySelector('copro-ladder[results-only]')?.shadowRoot?.querySelector('.results .total'), 'the ladder’s results', 10000);
        await until(() => document.querySelector('copro-ladder[principles]')?.shadowRoot?.querySelector('form'), 'the ladder’s form', 10000);
      });
      after(() => unmount?.());

      for (const scheme of schemes) {
        for (const width of widths) {
          it(`${scheme} system, ${width} px wide`, async function () {
            const emulated = await emulateSystemColorScheme(scheme);
            if (!emulated) {
              // Chromium must emulate it; only WebDriver engines (WebKit) cannot.
              expect(navigator.userAgent, 'this engine should emulate prefers-color-scheme').not.to.match(/Chrome\//);
              this.skip();
            }
            await setTestViewport(width, 900);
            // The glossary pop-over open, so its text is measured too.
            const term = document.querySelector('[data-host-content] copro-term')!;
            const termButton = term.shadowRoot!.querySelector<HTMLElement>('button')!;
            if (termButton.getAttribute('aria-expanded') !== 'true') termButton.click();
            await until(() => termButton.getAttribute('aria-expanded') === 'true', 'the term to open');
            await new Promise((resolve) => setTimeout(resolve, 60));
            const { problems, smallest, lowestContrast, texts } = legibilityProblems(elements);
            console.log(summary(host.name, scheme, width, smallest, lowestContrast), `fonts: ${[...new Set(texts.map((text) => text.fontFamily.split(',')[0]))].join(' | ')}`);
            expect(texts.length, 'texts measured').to.be.greaterThan(40);
            for (const element of elements) {
              if (element.localName === 'copro-term') continue;
              const size = bodyTextSize(element);
              if (size < 16 - 0.01) problems.push(`${element.localName}: body text ${size.toFixed(1)} px (under 16 px)`);
            }
            if (width === 320 && scrollsSideways()) problems.push(`the page scrolls sideways at 320 px (${document.documentElement.scrollWidth} px wide)`);
            termButton.click();
            expect(problems, `${problems.length} problem(s) on ${host.name}:\n${problems.slice(0, 40).join('\n')}`).to.deep.equal([]);
          });
        }
      }
    });
  }
});
