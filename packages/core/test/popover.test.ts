import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CoproElement, PopoverController, defineElement, popoverPanelStyles } from '@copro/core';
import { css, html, unsafeCSS } from 'lit';
import { expectAccessible, setTestViewport, until } from '../../../test/support/index.ts';

class PopoverProbe extends CoproElement {
  static override styles = [...CoproElement.styles, css`.panel { ${unsafeCSS(popoverPanelStyles)} }`];
  readonly hint = new PopoverController(this, {
    trigger: () => this.renderRoot.querySelector<HTMLElement>('button'),
    panel: () => this.renderRoot.querySelector<HTMLElement>('.panel'),
  });
  override render() {
    return html`<button aria-expanded=${this.hint.open ? 'true' : 'false'} aria-controls="hint" @click=${() => this.hint.toggle()}>How to reach them</button>
      <div id="hint" class="panel" ?hidden=${!this.hint.open}>Youth councils, schools, youth workers.</div>`;
  }
}
defineElement('copro-test-popover-probe', PopoverProbe);

describe('PopoverController', () => {
  async function setUp() {
    const wrapper = await fixtureHtmlPage();
    const probe = wrapper.querySelector('copro-test-popover-probe') as PopoverProbe;
    await probe.updateComplete;
    const button = probe.shadowRoot!.querySelector('button')!;
    const panel = probe.shadowRoot!.querySelector<HTMLElement>('.panel')!;
    return { wrapper, probe, button, panel };
  }
  const fixtureHtmlPage = () =>
    fixture(fixtureHtml`<div><p id="outside">Outside text</p><copro-test-popover-probe></copro-test-popover-probe><button id="next">Next</button></div>`);

  it('opens from the keyboard, is placed beside its button, and closes on Escape with focus back on the button', async () => {
    const { probe, button, panel } = await setUp();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await probe.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    const buttonBox = button.getBoundingClientRect();
    const panelBox = panel.getBoundingClientRect();
    expect(panelBox.top).to.be.greaterThan(buttonBox.bottom - 1);
    await expectAccessible(probe);
    await sendKeys({ press: 'Escape' });
    await probe.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(probe.shadowRoot!.activeElement).to.equal(button);
  });

  it('stays open when its own text is clicked, and closes on a click outside', async () => {
    const { wrapper, probe, button, panel } = await setUp();
    button.click();
    await probe.updateComplete;
    panel.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await probe.updateComplete;
    expect(probe.hint.open).to.equal(true);
    wrapper.querySelector('#outside')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await probe.updateComplete;
    expect(probe.hint.open).to.equal(false);
    expect(panel.hidden).to.equal(true);
  });

  it('closes when focus moves on, so it never covers the next focused control (WCAG 2.4.11)', async () => {
    const { wrapper, probe, button } = await setUp();
    button.click();
    await probe.updateComplete;
    expect(probe.hint.open).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Tab' });
    await until(() => !probe.hint.open, 'the pop-over to close');
    expect(document.activeElement).to.equal(wrapper.querySelector('#next'));
  });

  it('leaves Escape to the page when focus is elsewhere, closing itself quietly', async () => {
    const { wrapper, probe, button } = await setUp();
    button.click();
    await probe.updateComplete;
    const outside = wrapper.querySelector<HTMLButtonElement>('#next')!;
    let pageSawEscape = false;
    outside.addEventListener('keydown', (event) => (pageSawEscape ||= event.key === 'Escape'));
    // Focus elsewhere without closing through focusout first (a script moved it).
    probe.hint.show();
    outside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await probe.updateComplete;
    expect(pageSawEscape).to.equal(true);
    expect(probe.hint.open).to.equal(false);
  });

  it('fits a 320 px wide viewport', async () => {
    await setTestViewport(320, 640);
    try {
      const { probe, button, panel } = await setUp();
      button.click();
      await probe.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const box = panel.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setTestViewport(800, 600);
    }
  });

  it('is placed beside its button under CSS zoom on an ancestor (an accessibility toolbar’s zoom: 2)', async () => {
    const root = document.documentElement;
    root.style.zoom = '2';
    try {
      const wrapper = await fixture(fixtureHtml`<div style="margin-left: 20px; padding-top: 200px"><copro-test-popover-probe></copro-test-popover-probe></div>`);
      const probe = wrapper.querySelector('copro-test-popover-probe') as PopoverProbe;
      await probe.updateComplete;
      const button = probe.shadowRoot!.querySelector('button')!;
      const panel = probe.shadowRoot!.querySelector<HTMLElement>('.panel')!;
      button.scrollIntoView({ block: 'start' });
      button.click();
      await probe.updateComplete;
      await until(() => panel.style.top, 'the panel to be placed');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const buttonBox = button.getBoundingClientRect();
      const panelBox = panel.getBoundingClientRect();
      // Lined up with the button's start edge, just below it (or just above where there is no room),
      // as without zoom: 6 CSS px apart, 12 on screen.
      expect(Math.abs(panelBox.left - buttonBox.left), `panel left ${panelBox.left}, button left ${buttonBox.left}`).to.be.below(4);
      const gap = panelBox.top >= buttonBox.bottom ? panelBox.top - buttonBox.bottom : buttonBox.top - panelBox.bottom;
      expect(gap, `panel ${panelBox.top}–${panelBox.bottom}, button ${buttonBox.top}–${buttonBox.bottom}`).to.be.within(0, 20);
      expect(panelBox.right).to.be.at.most(document.documentElement.clientWidth * 2 + 1);
    } finally {
      root.style.zoom = '';
    }
  });
});
