// Layouts hold in any language: every element rendered with an Arabic pseudo-catalogue under
// dir="rtl", and with a pseudo-locale 40% longer than English, at 320 px wide: no text clipped or
// outside the widget, no overlapping text, and (right to left) text in reading order.
import { expect, fixture, html } from '@open-wc/testing';
import '@copro/copro/define';
import { registerMessages } from '@copro/core';
import type { Messages } from '@copro/core';
import { catalogues } from '../../scripts/messages/catalogues.ts';
import { expandText, pseudoMessages, rtlText } from '../../scripts/messages/pseudo.ts';
import { api, freshId, setTestViewport, staffToken, testEndpoint, until } from '../support/index.ts';
import { clippedText, overlappingText, physicalSideProblems, readingOrderProblems } from '../support/text-layout.ts';

const english: Messages = Object.assign({}, ...catalogues.map((entry) => entry.catalogue.en));
const pseudo = {
  rtl: { lang: 'ar', dir: 'rtl' as const, messages: pseudoMessages(english, 'rtl'), text: rtlText },
  expanded: { lang: 'en-x-long', dir: 'ltr' as const, messages: pseudoMessages(english, 'expanded'), text: expandText },
};
registerMessages(pseudo.rtl.lang, pseudo.rtl.messages);
registerMessages(pseudo.expanded.lang, pseudo.expanded.messages);

/** A board with a post that has an answer, so the post, its support button and the answer are laid out too. */
async function boardWithAnAnswer(): Promise<string> {
  const board = freshId('layout');
  const post = crypto.randomUUID();
  await api('POST', `/v1/boards/${board}/posts`, { id: post, participant: crypto.randomUUID(), body: 'More benches in the park, please, and shade in summer.', displayName: 'Sam' });
  await api('PUT', `/v1/boards/${board}/posts/${post}/response`, { status: 'planned', message: 'We will add six benches by June.' }, staffToken());
  return board;
}

type PageText = (english: string) => string;
/** A ladder with enough answers from two roles that its chart and tables show. */
async function ladderWithResults(): Promise<string> {
  const ladder = freshId('layout');
  const rungs = ['engagement', 'informing', 'co-production', 'consultation', 'engagement', 'co-design'];
  for (const [index, now] of rungs.entries()) {
    for (const role of ['staff', 'lived-experience']) {
      await api('POST', `/v1/ladders/${ladder}/ratings`, { id: crypto.randomUUID(), participant: crypto.randomUUID(), role, now, aim: 'co-production', principles: { assets: 1 + (index % 5) } });
    }
  }
  return ladder;
}

const elements: Array<{ tag: string; label?: string; render: (text: PageText) => Promise<ReturnType<typeof html>>; ready: string; readySelector?: string; open?: string }> = [
  {
    tag: 'copro-feedback-board',
    render: async () => html`<copro-feedback-board endpoint=${testEndpoint()} board=${await boardWithAnAnswer()}></copro-feedback-board>`,
    ready: 'response.heading',
  },
  { tag: 'copro-room-checklist', render: async () => html`<copro-room-checklist endpoint=${testEndpoint()} room=${freshId('layout')}></copro-room-checklist>`, ready: 'summary.heading' },
  { tag: 'copro-ladder', label: 'copro-ladder form', render: async () => html`<copro-ladder endpoint=${testEndpoint()} ladder=${freshId('layout')} principles></copro-ladder>`, ready: 'now.legend' },
  {
    tag: 'copro-ladder',
    label: 'copro-ladder results and chart',
    render: async () => html`<copro-ladder endpoint=${testEndpoint()} ladder=${await ladderWithResults()} results-only></copro-ladder>`,
    ready: 'results.heading',
    // The heading shows before the results arrive: check the chart, not the loading line.
    readySelector: 'svg[part="chart"] text.count',
  },
  { tag: 'copro-plain-language', render: async () => html`<copro-plain-language></copro-plain-language>`, ready: 'switch.label' },
  {
    tag: 'copro-term',
    render: async (text) => html`<p>${text('A')} <copro-term definition=${text('A group of residents and staff that checks the work.')}>${text('steering group')}</copro-term> ${text('meets monthly.')}</p>`,
    ready: 'term.suffix',
    open: 'button',
  },
];

const textOf = (message: Messages[string] | undefined) => (typeof message === 'string' ? message : message?.other ?? '').replace(/\{\w+\}.*/, '').trim();

describe('layouts in other languages, at 320 px', () => {
  before(() => setTestViewport(320, 900));
  after(() => setTestViewport(800, 600));

  for (const [name, locale] of Object.entries(pseudo)) {
    for (const { tag, label, render, ready, readySelector, open } of elements) {
      it(`${label ?? tag}: ${name === 'rtl' ? 'Arabic pseudo-text, right to left' : 'every message 40% longer'}: nothing clipped, overlapping or out of order`, async () => {
        const page = await fixture(html`<div lang=${locale.lang} dir=${locale.dir} style="inline-size: min(320px, 100%); margin: 0; padding: 0">${await render(locale.text)}</div>`);
        const element = page.querySelector(tag)!;
        const readyText = textOf(locale.messages[ready]);
        await until(() => (element.shadowRoot?.textContent ?? '').includes(readyText) || (tag === 'copro-term' && element.shadowRoot), `${tag} rendered in ${locale.lang}`);
        if (readySelector) await until(() => element.shadowRoot?.querySelector(readySelector), `${readySelector} in ${tag}`);
        const updated = () => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await updated();
        // Charts draw at the element's measured width, a render after the first: wait for it.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        await updated();
        if (open) {
          element.shadowRoot!.querySelector<HTMLElement>(open)!.click();
          await updated();
          await new Promise((resolve) => setTimeout(resolve, 100)); // the pop-over places itself
        }
        const host = tag === 'copro-term' ? page : element;
        // An open pop-over floats over the page: it must stay inside the viewport, not the paragraph.
        const bounds = open ? { left: 0, right: document.documentElement.clientWidth } : undefined;
        const problems = [...clippedText(host, bounds), ...overlappingText(host), ...(locale.dir === 'rtl' ? [...readingOrderProblems(host, 'rtl'), ...physicalSideProblems(host)] : [])];
        expect(problems, problems.join('\n')).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(document.documentElement.clientWidth);
      });
    }
  }
});

describe('the layout checks themselves', () => {
  it('find clipped text, overlapping text and text out of reading order', async () => {
    const page = await fixture(html`<div dir="rtl" lang="ar" style="inline-size: 300px">
      <p style="inline-size: 60px; overflow: hidden; white-space: nowrap">${rtlText('a sentence far too long for its box')}</p>
      <p style="position: relative; block-size: 2em"><span style="position: absolute; inset-inline-start: 0">${rtlText('one')}</span><span style="position: absolute; inset-inline-start: 0">${rtlText('two')}</span></p>
      <p style="display: flex; flex-direction: row-reverse; gap: 1em"><span>${rtlText('first')}</span><span>${rtlText('second')}</span></p>
    </div>`);
    expect(clippedText(page)).to.have.length(1);
    expect(overlappingText(page)).to.have.length(1);
    expect(readingOrderProblems(page, 'rtl')).to.have.length(1);
    expect(physicalSideProblems(page)).to.deep.equal([]);
    page.querySelector('p')!.style.borderLeft = '4px solid';
    expect(physicalSideProblems(page)).to.have.length(1);
  });
});
