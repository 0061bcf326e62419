import { expect, html } from '@open-wc/testing';
import '@copro/plain-language/define';
import type { CoproAuthorNotes, CoproPlainText } from '@copro/plain-language';
import { expectAccessible, until } from '../../../test/support/index.ts';
import { mount, text } from './support.ts';

// Two sentences of 6 and 8 words; the `syllable` package counts 21 syllables in them.
const KNOWN = 'The cat sat on the mat. We will facilitate a robust dialogue going forward.';
const KNOWN_GRADE = 0.39 * (14 / 2) + 11.8 * (21 / 14) - 15.59; // 4.84: Flesch-Kincaid grade
const LONG =
  'The panel of twelve young people, recruited through schools, colleges and youth services, will shortlist proposals against published criteria before a borough-wide public vote takes place in May.';

async function notesIn(host: Element | ShadowRoot): Promise<CoproAuthorNotes> {
  await customElements.whenDefined('copro-author-notes');
  const notes = (await until(() => host.querySelector<CoproAuthorNotes>('copro-author-notes'), 'the author notes'))!;
  await notes.updateComplete;
  return notes;
}

const lines = (notes: CoproAuthorNotes) => [...notes.shadowRoot!.querySelectorAll('p, li')].map((line) => text(line));

describe('author mode', () => {
  it('is not loaded for readers: no author code or notes without the author attribute', async () => {
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-language></copro-plain-language>
      <copro-plain-text block="x"><p slot="standard">${KNOWN}</p></copro-plain-text>
    </div>`);
    const block = root.querySelector<CoproPlainText>('copro-plain-text')!;
    await block.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('copro-author-notes'), 'the author chunk was not imported').to.equal(undefined);
    expect(block.shadowRoot!.querySelector('copro-author-notes')).to.equal(null);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.includes('/author/')), 'no request for the author code').to.equal(false);
  });

  it('shows the reading age (Flesch-Kincaid grade + 5) and flags words to avoid for a known text', async () => {
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-text author block="known"><p slot="standard">${KNOWN}</p></copro-plain-text>
    </div>`);
    const notes = await notesIn(root.querySelector('copro-plain-text')!.shadowRoot!);
    expect(KNOWN_GRADE).to.be.closeTo(4.84, 0.001);
    expect(lines(notes)).to.deep.equal([
      'Author notes (standard version)',
      'Reading age: about 10 (Flesch-Kincaid grade 4.8). GOV.UK aims for a reading age of 9.',
      'Words: 14. Sentences: 2.',
      'No sentence is over 25 words.',
      'Words from GOV.UK’s list of words to avoid:',
      'facilitate: facilitate',
      'robust: robust',
      'dialogue: dialogue',
      'going forward: going forward',
    ]);
    await expectAccessible(root);
  });

  it('flags sentences over 25 words, also in marked-up blocks when the switch is in author mode', async () => {
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-language author></copro-plain-language>
      <p data-copro-block="panel" data-copro-standard>${LONG}</p>
      <copro-plain-text block="short"><p slot="standard">You can vote in May.</p></copro-plain-text>
    </div>`);
    const marked = await notesIn(root);
    expect(marked.previousElementSibling!.getAttribute('data-copro-block')).to.equal('panel');
    expect(lines(marked)).to.include('1 sentence is over 25 words:');
    expect(lines(marked)).to.include('28 words: “The panel of twelve young people, recruited through…”');
    const block = await notesIn(root.querySelector('copro-plain-text')!.shadowRoot!);
    expect(lines(block)).to.include('No sentence is over 25 words.');
    expect(lines(block)).to.include('No words from GOV.UK’s list of words to avoid.');
    await expectAccessible(root);
  });

  it('is off for Welsh text, with a short note (in the page’s language)', async () => {
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-text author block="cy-in-en"><p slot="standard" lang="cy">Mae gennym £250,000 i’w wario ar bethau i bobl ifanc.</p></copro-plain-text>
      <div lang="cy">
        <copro-plain-text author block="cy"><p slot="standard">Mae gennym £250,000 i’w wario ar bethau i bobl ifanc.</p></copro-plain-text>
      </div>
    </div>`);
    const [english, welsh] = [...root.querySelectorAll('copro-plain-text')];
    expect(lines(await notesIn(english.shadowRoot!))).to.deep.equal([
      'Author notes (standard version)',
      'Reading age and word checks work for English only, so they are off for this Welsh text.',
    ]);
    const welshNotes = await notesIn(welsh.shadowRoot!);
    expect(lines(welshNotes)[0]).to.equal('Nodiadau awdur (fersiwn safonol)');
    expect(lines(welshNotes)[1]).to.contain('Saesneg yn unig');
    await expectAccessible(root);
  });
});
