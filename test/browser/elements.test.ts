import { expect, fixture, html } from '@open-wc/testing';
import '@copro/copro/define';
import { deepQueryAll, expectAccessible, freshId, testEndpoint, until } from '../support/index.ts';

describe('every element, from the all-in-one package', () => {
  it('defines every tag of the contract', () => {
    for (const tag of ['copro-feedback-board', 'copro-room-checklist', 'copro-ladder', 'copro-plain-language', 'copro-plain-text', 'copro-term']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('each widget loads from the real server, shows its title, has an open shadow root and passes axe', async () => {
    const page = await fixture(html`
      <main>
        <copro-feedback-board endpoint=${testEndpoint()} board=${freshId('youth-fund')}></copro-feedback-board>
        <copro-room-checklist endpoint=${testEndpoint()} room=${freshId('steering')}></copro-room-checklist>
        <copro-ladder endpoint=${testEndpoint()} ladder=${freshId('project')}></copro-ladder>
        <copro-plain-language></copro-plain-language>
        <copro-plain-text><p slot="standard">Standard words.</p><p slot="plain">Plain words.</p></copro-plain-text>
      </main>
    `);
    for (const tag of ['copro-feedback-board', 'copro-room-checklist', 'copro-ladder']) {
      const element = page.querySelector(tag)!;
      expect(element.shadowRoot, tag).to.not.equal(null);
      await until(() => element.shadowRoot!.querySelector('h2, [part~="title"]'), `${tag} title`);
    }
    await expectAccessible(page);
  });

  it('shows a plain-words error, not a crash, when the endpoint cannot be reached', async () => {
    const board = await fixture(html`<copro-feedback-board endpoint="http://127.0.0.1:9" board="nowhere"></copro-feedback-board>`);
    const error = await until(() => deepQueryAll(board, '[role="alert"]')[0], 'an error message');
    expect(error.textContent).to.match(/offline|cannot be reached/i);
  });
});
