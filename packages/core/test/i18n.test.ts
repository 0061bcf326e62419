import { expect, fixture, html } from '@open-wc/testing';
import { addMessages, catalogue, CoproElement, createTranslator, defineElement, registerMessages, resolveLang } from '@copro/core';

describe('localisation', () => {
  const catalogues = {
    en: { greeting: 'Hello {name}', posts: { one: '{count} post', other: '{count} posts' } },
    cy: {
      greeting: 'Helo {name}',
      posts: { zero: '{count} neges', one: '{count} neges', two: '{count} neges', few: '{count} neges', many: '{count} neges', other: '{count} neges' },
    },
  };

  it('fills named placeholders and picks English plural forms', () => {
    const t = createTranslator('en-GB', [catalogues]);
    expect(t('greeting', { name: 'Sam' })).to.equal('Hello Sam');
    expect(t('posts', { count: 1 })).to.equal('1 post');
    expect(t('posts', { count: 1200 })).to.equal('1,200 posts');
  });

  it('uses Welsh plural rules (zero, one, two, few, many, other) for cy', () => {
    const rules = new Intl.PluralRules('cy');
    expect([0, 1, 2, 3, 6, 7].map((n) => rules.select(n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    const t = createTranslator('cy', [catalogues]);
    expect(t('greeting', { name: 'Siân' })).to.equal('Helo Siân');
  });

  it('falls back to English for a missing key and to the key itself last', () => {
    const t = createTranslator('cy', [{ en: { only: 'English only' }, cy: {} }]);
    expect(t('only')).to.equal('English only');
    expect(t('nowhere')).to.equal('nowhere');
  });

  it('lets a page override or add messages', () => {
    registerMessages('fr', { greeting: 'Bonjour {name}' });
    expect(createTranslator('fr', [catalogues])('greeting', { name: 'Ana' })).to.equal('Bonjour Ana');
    expect(createTranslator('en', [catalogues], { greeting: 'Hi {name}' })('greeting', { name: 'Jo' })).to.equal('Hi Jo');
  });

  it('finds the nearest lang through shadow roots', async () => {
    const outer = await fixture(html`<section lang="cy"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('cy');
  });

  class LangProbe extends CoproElement {
    protected static override messages = catalogue({ hello: 'Hello' }, { cy: async () => ({ default: { hello: 'Helo' } }) });
    override render() {
      return html`<p>${this.t('hello')}</p>`;
    }
    /** The translator, for tests. */
    say(key: string) {
      return this.t(key);
    }
  }
  defineElement('copro-test-lang-probe', LangProbe);

  it('re-renders an element when the page language changes, and honours `strings` overrides', async () => {
    const wrapper = await fixture(html`<div lang="en"><copro-test-lang-probe></copro-test-lang-probe></div>`);
    const probe = wrapper.querySelector('copro-test-lang-probe') as LangProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Hello');
    wrapper.setAttribute('lang', 'cy');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Helo');
    probe.strings = { hello: 'Shwmae' };
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Shwmae');
  });

  it('adds a part’s messages loaded later (staff tools, a panel) to an element, its Welsh loaded before it renders', async () => {
    let loads = 0;
    const later = catalogue({ 'later.only': 'Only later' }, { cy: async () => (loads++, { default: { 'later.only': 'Dim ond wedyn' } }) });
    const wrapper = await fixture(html`<div lang="cy"><copro-test-lang-probe></copro-test-lang-probe></div>`);
    const probe = wrapper.querySelector('copro-test-lang-probe') as LangProbe;
    await probe.updateComplete;
    expect(probe.say('later.only')).to.equal('later.only');
    await addMessages(probe, later);
    expect(probe.say('later.only')).to.equal('Dim ond wedyn');
    expect(probe.say('hello')).to.equal('Helo', 'its own messages stay');
    await addMessages(probe, later);
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await probe.updateComplete;
    expect(probe.say('later.only')).to.equal('Only later');
    expect(loads).to.equal(1);
  });

  it('warns instead of throwing when a tag is defined twice (a CMS loading the script twice)', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends CoproElement {}
      expect(() => defineElement('copro-test-lang-probe', Other)).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(customElements.get('copro-test-lang-probe')).to.equal(LangProbe);
    } finally {
      console.warn = original;
    }
  });
});
