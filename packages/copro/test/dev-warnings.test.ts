/**
 * The `development` condition of `@copro/copro/define` (web-test-runner resolves it, as Vite's dev
 * server does) warns about embedding mistakes; the production bundle carries none of it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@copro/copro/define';
import { problemsOf } from '../src/dev-warnings.ts';
import { testEndpoint, until } from '../../../test/support/index.ts';

describe('development warnings', () => {
  const warnings: string[] = [];
  const original = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
    };
  });
  after(() => {
    console.warn = original;
  });
  beforeEach(() => (warnings.length = 0));

  it('says which required attribute is missing', async () => {
    await fixture(html`<copro-feedback-board endpoint=${testEndpoint()}></copro-feedback-board>`);
    await until(() => warnings.some((text) => text.includes('<copro-feedback-board> needs a board attribute')), 'the warning');
  });

  it('names the values an attribute takes, and catches attribute typos', async () => {
    const board = await fixture(html`<copro-feedback-board endpoint=${testEndpoint()} board="dev-warn" mode="staff"></copro-feedback-board>`);
    await until(() => warnings.some((text) => text.includes('mode="staff"') && text.includes('"moderate"')), 'the value warning');
    board.setAttribute('boards', 'x');
    await until(() => warnings.some((text) => text.includes('no attribute "boards"')), 'the typo warning');
  });

  it('warns once per problem, and not at all for a correct element', async () => {
    const ladder = document.createElement('copro-ladder');
    expect(problemsOf(ladder)).to.have.length(2);
    ladder.setAttribute('endpoint', testEndpoint());
    ladder.setAttribute('ladder', 'dev-warn');
    ladder.setAttribute('aria-describedby', 'x');
    ladder.setAttribute('strings', '{"submit": "Send"}');
    expect(problemsOf(ladder)).to.deep.equal([]);
    ladder.setAttribute('strings', 'submit: Send');
    expect(problemsOf(ladder)[0]).to.include('JSON object');
    expect(problemsOf(document.createElement('copro-term'))).to.deep.equal(['<copro-term> needs a definition attribute.']);
  });

  it('is not in the production copro.js', async function () {
    const response = await fetch('/packages/copro/dist/copro.js');
    if (!response.ok) throw new Error('packages/copro/dist/copro.js is missing: run `npm run build` before the browser tests.');
    expect(await response.text()).to.not.include('copro (development)');
  });
});
