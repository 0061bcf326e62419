// Every element, legible on the host pages it will really meet (GOV.UK Frontend, Bootstrap, a
// WordPress-style theme, a dark page), with the visitor's system in light and in dark, at 1280 and
// 320 px: no text under 14 px, body text at least 16 px, no serif fallback, every text at WCAG AA
// contrast against what is really painted behind it, no control under 24×24 px, no sideways scroll.
import { expect } from '@open-wc/testing';
import '@copro/copro/define';
import { emulateSystemColorScheme, setTestViewport, staffToken, testEndpoint, until } from '../support/index.ts';
import { bodyTextSize, legibilityProblems, scrollsSideways, type TextMeasure } from '../support/legibility.ts';
import { elementsMarkup, hostPages, mountHostPage, seedHostData, type HostData } from '../support/host-pages.ts';

const widths = [1280, 320] as const;
const schemes = ['light', 'dark'] as const;

/** Lowest contrast and smallest text of each run, for the issue note (printed to the test log). */
const summary = (host: string, scheme: string, width: number, smallest?: TextMeasure, lowest?: TextMeasure) =>
  `[legibility] ${host}, ${scheme} system, ${width} px: smallest ${smallest?.fontSize.toFixed(1)} px ("${smallest?.text}" at ${smallest?.where}); ` +
  `lowest contrast ${lowest?.contrast.toFixed(2)}:1 ("${lowest?.text}", ${lowest?.color} on ${lowest?.background})`;

describe('legible on real host pages, whatever the visitor’s settings', function () {
  this.timeout(60000);
  let seeded: HostData;
  // Resizing to 320 px makes the ladder's chart re-measure itself; Chromium reports the harmless
  // "ResizeObserver loop completed" as a page error, which mocha would count as a failure.
  const runnerOnError = window.onerror;
  before(async () => {
    window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : runnerOnError?.call(window, message, ...rest));
    seeded = await seedHostData(testEndpoint(), staffToken());
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
          content.innerHTML = elementsMarkup(host, testEndpoint(), seeded);
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
