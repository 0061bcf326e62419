// Languages on a real page: Welsh loads on demand with no English shown first, and a council's
// own language comes from a same-origin JSON file named in <meta name="copro-messages">.
import { expect, fixture, html } from '@open-wc/testing';
import '@copro/copro/define';
import { coreMessages, createTranslator } from '@copro/core';
import { catalogues } from '../../scripts/messages/catalogues.ts';
import { freshId, testEndpoint, until } from '../support/index.ts';

/** Every text an element's shadow root shows from its first render on, one entry per change. */
function recordTexts(element: Element): string[] {
  const seen: string[] = [];
  const record = () => seen.push(element.shadowRoot?.textContent ?? '');
  const observer = new MutationObserver(record);
  // Lit makes the shadow root when the element connects and renders a microtask later, so the
  // observer is in place before the first render.
  observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return seen;
}

/** English texts (no placeholders, long enough to be unmistakable) that Welsh says differently. */
async function englishOnly(): Promise<string[]> {
  const texts: string[] = [];
  for (const { catalogue } of catalogues) {
    const welsh = (await catalogue.load('cy'))!;
    for (const [key, message] of Object.entries(catalogue.en)) {
      if (typeof message === 'string' && message.length >= 6 && !message.includes('{') && welsh[key] !== message) texts.push(message);
    }
  }
  return texts;
}

function captureWarnings(): { warnings: string[]; restore(): void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('languages', () => {
  it('shows a Welsh page in Welsh from its first render: no English first while Welsh loads', async function () {
    // Only the first Welsh element of a page waits for Welsh to load: a retry would prove nothing.
    this.retries(0);
    const welshFiles = () => performance.getEntriesByType('resource').filter((entry) => /messages\.cy\.(ts|js)/.test(entry.name));
    expect(welshFiles(), 'Welsh is not loaded before a Welsh element appears').to.deep.equal([]);
    const holder = document.createElement('div');
    holder.lang = 'cy';
    document.body.append(holder);
    try {
      const board = document.createElement('copro-feedback-board');
      board.setAttribute('endpoint', testEndpoint());
      board.setAttribute('board', freshId('welsh'));
      const toggle = document.createElement('copro-plain-language');
      holder.append(board, toggle);
      const boardTexts = recordTexts(board);
      const toggleTexts = recordTexts(toggle);
      await until(() => board.shadowRoot!.textContent!.includes('Ychwanegwch eich syniad'), 'the Welsh board');
      await until(() => toggle.shadowRoot!.textContent!.includes('Iaith glir'), 'the Welsh switch');
      const english = await englishOnly();
      for (const text of [...boardTexts, ...toggleTexts]) {
        const shown = english.filter((phrase) => text.includes(phrase));
        expect(shown, `English on a Welsh page: ${shown.join(' | ')}`).to.deep.equal([]);
      }
expect(boardTexts.length).to.be.greaterThan(0);
    } finally {
      holder.remove();
    }
  });

  it('loads a council’s own language from a same-origin JSON file, with English for a key it lacks', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'copro-messages', content: '/test/fixtures/messages-pl.json' });
    meta.dataset.lang = 'pl';
    document.head.append(meta);
    const { warnings, restore } = captureWarnings();
    try {
      const page = await fixture(html`<div lang="pl-PL"><copro-plain-language></copro-plain-language></div>`);
      const toggle = page.querySelector('copro-plain-language')!;
      const label = await until(() => toggle.shadowRoot!.querySelector('[part="label"]'), 'the switch label');
      expect(label!.textContent).to.equal('Prosty język');
      // "switch.off" is not in the file: English for that key only, and the console says so.
      expect(toggle.shadowRoot!.querySelector('[part="state"]')!.textContent).to.equal('Off');
      expect(warnings.some((line) => line.includes('"switch.off"') && line.includes('English'))).to.equal(true);
      // A message that is neither text nor plural forms is left out, with a warning.
      expect(warnings.some((line) => line.includes('messages-pl.json') && line.includes('loading'))).to.equal(true);
      // Polish plural forms through Intl.PluralRules: 1 one, 3 few, 5 many.
      const t = createTranslator('pl', [coreMessages]);
      expect([1, 3, 5].map((count) => t('outbox.pending', { count }))).to.deep.equal([
        '1 wpis czeka na wysłanie.',
        '3 wpisy czekają na wysłanie.',
        '5 wpisów czeka na wysłanie.',
      ]);
      expect(t('loading')).to.equal('Loading…');
    } finally {
      restore();
      meta.remove();
    }
  });

  it('never fetches a catalogue from another site', async () => {
    const foreign = `${testEndpoint()}/v1/health?catalogue=${freshId('de')}`;
    const meta = Object.assign(document.createElement('meta'), { name: 'copro-messages', content: foreign });
    meta.dataset.lang = 'de';
    document.head.append(meta);
    const { warnings, restore } = captureWarnings();
    try {
      const page = await fixture(html`<div lang="de"><copro-plain-language></copro-plain-language></div>`);
      const toggle = page.querySelector('copro-plain-language')!;
      const label = await until(() => toggle.shadowRoot!.querySelector('[part="label"]'), 'the switch label');
      expect(label!.textContent).to.equal('Plain language');
      expect(warnings.some((line) => line.includes('another site'))).to.equal(true);
      expect(performance.getEntriesByType('resource').some((entry) => entry.name === foreign)).to.equal(false);
    } finally {
      restore();
      meta.remove();
    }
  });
});
