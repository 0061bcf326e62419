import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@copro/plain-language/define';
import { READING_MODE_STORAGE_KEY, setReadingMode, type CoproPlainLanguage, type CoproPlainText } from '@copro/plain-language';
import { emulateMedia as printMedia, expectAccessible, setTestViewport, testEndpoint, until } from '../../../test/support/index.ts';
import { accessibilityTree, findNodes, inShadow, mount, text, visibleParagraphs } from './support.ts';

// The only test file that changes the reading mode: it is one value per site (other test pages
// in the same browser would follow it through the storage event).

const page = () =>
  mount<HTMLDivElement>(html`<div>
    <copro-plain-language></copro-plain-language>
    <copro-plain-text block="a"><p slot="standard">Standard A</p><p slot="plain">Plain A</p></copro-plain-text>
    <copro-plain-text block="b"><p slot="standard">Standard B</p><p slot="plain">Plain B</p></copro-plain-text>
    <copro-plain-text block="c"><p slot="standard">Only standard C</p><p slot="plain"> </p></copro-plain-text>
    <p data-copro-block="d" data-copro-standard>Standard D</p>
    <p data-copro-block="d" data-copro-plain hidden>Plain D</p>
    <p data-copro-block="e" data-copro-standard>Only standard E</p>
  </div>`);

const STANDARD = ['Standard A', 'Standard B', 'Only standard C', 'Standard D', 'Only standard E'];
const PLAIN = ['Plain A', 'Plain B', 'Only standard C', 'Plain D', 'Only standard E'];

async function settled(root: Element) {
  for (const element of root.querySelectorAll<CoproPlainText | CoproPlainLanguage>('copro-plain-text, copro-plain-language')) await element.updateComplete;
}

const switchOf = (element: Element) => inShadow<HTMLButtonElement>(element, 'button[role=switch]');

describe('<copro-plain-language> and <copro-plain-text>', () => {
  beforeEach(() => {
    setReadingMode('standard');
    localStorage.removeItem(READING_MODE_STORAGE_KEY);
  });
  after(() => setReadingMode('standard'));

  it('switches the visible text of every block and of marked-up HTML, by keyboard, and says so', async () => {
    const root = await page();
    await settled(root);
    expect(visibleParagraphs(root)).to.deep.equal(STANDARD);
    const toggle = root.querySelector('copro-plain-language')!;
    const button = switchOf(toggle);
    expect(button.getAttribute('aria-checked')).to.equal('false');
    expect(text(button)).to.contain('Plain language');

    const changes: string[] = [];
    document.addEventListener('copro-reading-mode-changed', (event) => changes.push((event as CustomEvent<{ mode: string }>).detail.mode));
    button.focus();
    await sendKeys({ press: ' ' });
    await settled(root);

    expect(visibleParagraphs(root)).to.deep.equal(PLAIN);
    expect(button.getAttribute('aria-checked')).to.equal('true');
    expect(document.documentElement.dataset.coproReading).to.equal('plain');
    expect(localStorage.getItem(READING_MODE_STORAGE_KEY)).to.equal('plain');
    expect(changes).to.deep.equal(['plain']);
    expect(text(inShadow(toggle, '[role=status]'))).to.equal('Showing plain language.');
    expect(root.querySelector<HTMLElement>('[data-copro-plain]')!.hidden).to.equal(false);
    expect(root.querySelector<HTMLElement>('[data-copro-block=d][data-copro-standard]')!.hidden).to.equal(true);
    expect(root.querySelector<HTMLElement>('[data-copro-block=e]')!.hidden, 'no plain version: the standard stays').to.equal(false);
    await expectAccessible(root);

    await sendKeys({ press: 'Enter' });
    await settled(root);
    expect(visibleParagraphs(root)).to.deep.equal(STANDARD);
    expect(text(inShadow(toggle, '[role=status]'))).to.equal('Showing the standard wording.');
    await expectAccessible(root);
  });

  it('keeps the choice when the elements are made again (a reload)', async () => {
    let root = await page();
    switchOf(root.querySelector('copro-plain-language')!).click();
    await settled(root);
    root.remove();
    // A new page: nothing on <html> yet, only what is in storage.
    delete document.documentElement.dataset.coproReading;
    root = await page();
    await settled(root);
    expect(visibleParagraphs(root)).to.deep.equal(PLAIN);
    expect(switchOf(root.querySelector('copro-plain-language')!).getAttribute('aria-checked')).to.equal('true');
    expect(document.documentElement.dataset.coproReading).to.equal('plain');
  });

  it('keeps two switches in step; only the one pressed speaks', async () => {
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-language id="top"></copro-plain-language>
      <copro-plain-text><p slot="standard">Standard</p><p slot="plain">Plain</p></copro-plain-text>
      <copro-plain-language id="bottom"></copro-plain-language>
    </div>`);
    await settled(root);
    const [top, bottom] = [...root.querySelectorAll('copro-plain-language')];
    switchOf(bottom).click();
    await settled(root);
    expect(switchOf(top).getAttribute('aria-checked')).to.equal('true');
    expect(switchOf(bottom).getAttribute('aria-checked')).to.equal('true');
    expect(text(inShadow(bottom, '[role=status]'))).to.equal('Showing plain language.');
    expect(text(inShadow(top, '[role=status]'))).to.equal('');
    switchOf(top).click();
    await settled(root);
    expect(switchOf(bottom).getAttribute('aria-checked')).to.equal('false');
    expect(visibleParagraphs(root)).to.deep.equal(['Standard']);
  });

  it('follows a change made in another tab of the site (the storage event)', async () => {
    const root = await page();
    await settled(root);
    const otherTab = document.createElement('iframe');
    document.body.append(otherTab);
    try {
      otherTab.contentWindow!.localStorage.setItem(READING_MODE_STORAGE_KEY, 'plain');
      await until(() => visibleParagraphs(root).join() === PLAIN.join(), 'the page to follow the other tab');
      await settled(root);
      expect(switchOf(root.querySelector('copro-plain-language')!).getAttribute('aria-checked')).to.equal('true');
    } finally {
      otherTab.remove();
    }
  });

  it('puts the switch and its state in the accessibility tree (Chromium)', async function () {
    await fixture(html`<copro-plain-language></copro-plain-language>`);
    const before = await accessibilityTree();
    if (!before) this.skip();
    const [node] = findNodes(before, (each) => each.role === 'switch');
    expect(node.name).to.equal('Plain language');
    expect(node.checked).to.equal(false);
    switchOf(document.querySelector('copro-plain-language')!).click();
    await document.querySelector('copro-plain-language')!.updateComplete;
    const [after] = findNodes(await accessibilityTree(), (each) => each.role === 'switch');
    expect(after.checked).to.equal(true);
  });

  it('speaks Welsh on a Welsh page', async () => {
    const root = await mount(html`<div lang="cy"><copro-plain-language></copro-plain-language></div>`);
    const toggle = root.querySelector('copro-plain-language')!;
    await toggle.updateComplete;
    expect(text(switchOf(toggle))).to.contain('Iaith glir');
    switchOf(toggle).click();
    await toggle.updateComplete;
    expect(text(inShadow(toggle, '[role=status]'))).to.equal('Yn dangos iaith glir.');
    await expectAccessible(root);
  });

  it('fits 320 px without sideways scrolling', async () => {
    await setTestViewport(320, 640);
    try {
      const root = await page();
      await settled(root);
      const width = document.documentElement.clientWidth;
      const box = switchOf(root.querySelector('copro-plain-language')!).getBoundingClientRect();
      expect(box.right).to.be.at.most(width);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    } finally {
      await setTestViewport(800, 600);
    }
  });

  it('prints the version the reader chose, without the switch or "Was this clear?" (print media, Chromium)', async function () {
    const root = await mount<HTMLDivElement>(html`<div>
      <copro-plain-language endpoint=${testEndpoint()} page="/print-test"></copro-plain-language>
      <copro-plain-text block="a"><p slot="standard">Standard A</p><p slot="plain">Plain A</p></copro-plain-text>
      <p data-copro-block="d" data-copro-standard>Standard D</p>
      <p data-copro-block="d" data-copro-plain hidden>Plain D</p>
    </div>`);
    await settled(root);
    const questions = () => [...root.querySelectorAll('copro-plain-text, copro-clarity-question')].flatMap((each) => (each.localName === 'copro-clarity-question' ? [each] : [...(each.shadowRoot?.querySelectorAll('copro-clarity-question') ?? [])]));
    await until(() => questions().length === 2 && questions().every((each) => each.shadowRoot?.querySelector('[part="question"]')), 'a "Was this clear?" under each block');
    const toggle = root.querySelector('copro-plain-language')!;
    switchOf(toggle).click();
    await settled(root);
    if (!(await printMedia('print'))) this.skip();
    try {
      expect(matchMedia('print').matches).to.equal(true);
      expect(visibleParagraphs(root), 'the plain version prints').to.deep.equal(['Plain A', 'Plain D']);
      expect(getComputedStyle(toggle).display, 'the switch does not print').to.equal('none');
      expect(toggle.getClientRects().length).to.equal(0);
      expect(questions().map((each) => getComputedStyle(each).display), '"Was this clear?" does not print').to.deep.equal(['none', 'none']);

      // Back to the standard wording: that is what prints then.
      await printMedia('screen');
      switchOf(toggle).click();
      await settled(root);
      await printMedia('print');
      expect(visibleParagraphs(root)).to.deep.equal(['Standard A', 'Standard D']);
      expect(getComputedStyle(toggle).display).to.equal('none');
    } finally {
      await printMedia('screen');
    }
    // On screen, all of it is back.
    expect(getComputedStyle(toggle).display).not.to.equal('none');
  });

  it('shows the state in forced colours by position and system colours (Chromium)', async function () {
    const root = await page();
    await settled(root);
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      this.skip();
    }
    try {
      const toggle = root.querySelector('copro-plain-language')!;
      const thumb = inShadow(toggle, '.thumb');
      // A page running beside others may get no frames, so a transition would never advance: read the end state.
      thumb.style.transition = 'none';
      expect(getComputedStyle(thumb).transform).to.equal('none');
      switchOf(toggle).click();
      await toggle.updateComplete;
      expect(switchOf(toggle).getAttribute('aria-checked')).to.equal('true');
      expect(new DOMMatrix(getComputedStyle(thumb).transform).m41, 'the thumb moves').to.be.greaterThan(10);
      expect(getComputedStyle(thumb).backgroundColor, 'a system colour, not the page’s').to.not.equal(getComputedStyle(inShadow(toggle, '.track')).backgroundColor);
      expect(getComputedStyle(inShadow(toggle, '.track')).borderTopStyle).to.equal('solid');
      await expectAccessible(root);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});
