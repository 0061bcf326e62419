import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@copro/plain-language/define';
import type { CoproTerm } from '@copro/plain-language';
import { expectAccessible, setTestViewport } from '../../../test/support/index.ts';
import { inShadow, mount, pause, text } from './support.ts';

const DEFINITION = 'A way of deciding how to spend public money in which local people choose between ideas and vote on them.';

async function sentence(lang = 'en') {
  const root = await mount<HTMLDivElement>(html`<div lang=${lang}>
    <a href="#before">Before</a>
    <p style="font-size: 23px">The council runs a <copro-term definition=${DEFINITION}>participatory budgeting</copro-term> process.</p>
  </div>`);
  const term = root.querySelector<CoproTerm>('copro-term')!;
  await term.updateComplete;
  return { root, term, button: inShadow<HTMLButtonElement>(term, 'button'), panel: inShadow(term, '.definition') };
}

describe('<copro-term>', () => {
  it('stays inline in the sentence, in the page’s font size', async () => {
    const { root, term, button } = await sentence();
    const paragraph = root.querySelector('p')!;
    expect(getComputedStyle(term).display).to.equal('inline');
    expect(getComputedStyle(button).fontSize).to.equal('23px');
    expect(button.getBoundingClientRect().height).to.be.lessThan(23 * 2);
    expect(paragraph.getClientRects().length).to.equal(1);
  });

  it('opens by keyboard beside the word, and Escape closes it with focus back on the word', async () => {
    const { root, term, button, panel } = await sentence();
    root.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(term.shadowRoot!.activeElement, 'Tab reaches the term').to.equal(button);
    // The button's name: the slotted word, then the hidden suffix.
    expect(text(term) + button.textContent).to.equal('participatory budgeting, definition');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);

    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    await pause();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(text(panel)).to.equal(`participatory budgeting: ${DEFINITION}`);
    expect(panel.getBoundingClientRect().top).to.be.at.least(button.getBoundingClientRect().bottom - 1);
    await expectAccessible(root);

    await sendKeys({ press: 'Escape' });
    await term.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(term.shadowRoot!.activeElement).to.equal(button);

    await sendKeys({ press: ' ' });
    await term.updateComplete;
    expect(term.open, 'Space opens it too').to.equal(true);
    await sendKeys({ press: ' ' });
    await term.updateComplete;
    expect(term.open, 'and closes it').to.equal(false);
  });

  it('shows the definition as text, never as HTML', async () => {
    const root = await mount<HTMLDivElement>(html`<p><copro-term definition="<img src=x onerror=alert(1)>Bold">word</copro-term></p>`);
    const term = root.querySelector<CoproTerm>('copro-term')!;
    await term.updateComplete;
    term.show();
    await term.updateComplete;
    expect(term.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(inShadow(term, '.definition'))).to.contain('<img src=x onerror=alert(1)>Bold');
    term.hide();
  });

  it('names the button in Welsh on a Welsh page', async () => {
    const { root, term, button } = await sentence('cy');
    expect(text(term) + button.textContent).to.equal('participatory budgeting, diffiniad');
    await expectAccessible(root);
  });

  it('keeps the open definition inside a 320 px viewport', async () => {
    await setTestViewport(320, 640);
    try {
      const { term, panel } = await sentence();
      term.show();
      await term.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const box = panel.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(document.documentElement.clientWidth);
      term.hide();
    } finally {
      await setTestViewport(800, 600);
    }
  });
});
