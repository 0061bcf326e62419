import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CoproElement, defineElement, fieldStyles, radioGroup, textField, type FieldError } from '@copro/core';
import { html } from 'lit';
import { emulateMedia, emulateSystemColorScheme, expectAccessible, setTestViewport } from '../../../test/support/index.ts';

/** One of each field, as a widget would render them: its state in the element, its words passed in. */
class FieldsProbe extends CoproElement {
  static override styles = [...CoproElement.styles, fieldStyles];
  place = '';
  notes = '';
  address = '';
  reason?: 'spam' | 'rude';
  placeError?: FieldError;
  reasonError?: FieldError;
  override render() {
    return html`<form novalidate>
      ${radioGroup({
        name: 'reason',
        legend: 'Why are you reporting this?',
        hint: 'Choose one.',
        error: this.reasonError,
        value: this.reason,
        items: [
          { value: 'spam', label: 'It is advertising' },
          { value: 'rude', label: 'It is rude', id: 'reason-other' },
        ],
        onChange: (reason) => {
          this.reason = reason;
          this.requestUpdate();
        },
      })}
      ${textField({
        id: 'place',
        label: html`Where to hand it back<span class="visually-hidden">: paper form</span>`,
        hint: 'For example, the library desk.',
        error: this.placeError,
        value: this.place,
        maxlength: 200,
        onInput: (place) => {
          this.place = place;
          this.requestUpdate();
        },
      })}
      ${textField({ id: 'notes', label: 'Notes', rows: 3, part: 'notes', value: this.notes, onInput: (notes) => (this.notes = notes) })}
      ${textField({ id: 'address', label: 'Web address', type: 'url', value: this.address, onInput: (address) => (this.address = address) })}
    </form>`;
  }
}
defineElement('copro-test-fields-probe', FieldsProbe);

const words = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('fields: radioGroup and textField', () => {
  let probe: FieldsProbe;
  const $ = <T extends Element = HTMLElement>(selector: string) => probe.shadowRoot!.querySelector<T>(selector);
  beforeEach(async () => {
    probe = await fixture<FieldsProbe>(fixtureHtml`<copro-test-fields-probe></copro-test-fields-probe>`);
  });
  afterEach(async () => {
    await setTestViewport(800, 600);
    await emulateMedia('screen', 'none');
    await emulateSystemColorScheme('light');
  });

  it('labels each text field, describes it by its hint, and makes an input or a text area', async () => {
    const place = $<HTMLInputElement>('#place')!;
    expect(place.localName).to.equal('input');
    expect(place.type).to.equal('text');
    expect(place.labels?.length).to.equal(1);
    expect(words(place.labels![0]!)).to.equal('Where to hand it back: paper form');
    expect(place.getAttribute('aria-describedby')).to.equal('place-hint');
    expect(words($('#place-hint'))).to.equal('For example, the library desk.');
    expect(place.hasAttribute('aria-invalid')).to.equal(false);
    expect(place.getAttribute('maxlength')).to.equal('200');
    expect(place.getAttribute('dir')).to.equal('auto');
    expect(place.getAttribute('autocomplete')).to.equal('off');

    const notes = $<HTMLTextAreaElement>('#notes')!;
    expect(notes.localName).to.equal('textarea');
    expect(notes.rows).to.equal(3);
    expect(notes.getAttribute('part')).to.equal('notes');
    expect(notes.hasAttribute('aria-describedby')).to.equal(false);

    const address = $<HTMLInputElement>('#address')!;
    expect(address.type).to.equal('url');
    expect(address.getAttribute('dir')).to.equal('ltr');
    expect(address.getAttribute('spellcheck')).to.equal('false');

    place.focus();
    await sendKeys({ type: 'Library' });
    expect(probe.place).to.equal('Library');
    await expectAccessible(probe);
  });

  it('shows an error at the text field with a hidden prefix, described after the hint, and marks the field invalid', async () => {
    probe.placeError = { prefix: 'Error:', text: 'Say where to hand it back' };
    probe.requestUpdate();
    await probe.updateComplete;
    const place = $<HTMLInputElement>('#place')!;
    expect(words($('#place-error'))).to.equal('Error: Say where to hand it back');
    expect($('#place-error .visually-hidden')?.textContent).to.equal('Error:');
    expect(place.getAttribute('aria-describedby')).to.equal('place-hint place-error');
    expect(place.getAttribute('aria-invalid')).to.equal('true');
    expect(place.closest('.field')!.classList.contains('invalid')).to.equal(true);
    await expectAccessible(probe);

    probe.placeError = undefined;
    probe.requestUpdate();
    await probe.updateComplete;
    expect($('#place-error')).to.equal(null);
    expect(place.getAttribute('aria-describedby')).to.equal('place-hint');
    expect(place.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('groups radios in a fieldset with a legend, hint and error, and reports the choice', async () => {
    const group = $<HTMLFieldSetElement>('#reason-group')!;
    expect(group.localName).to.equal('fieldset');
    expect(words(group.querySelector('legend'))).to.equal('Why are you reporting this?');
    expect(group.getAttribute('aria-describedby')).to.equal('reason-hint');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => radio.id)).to.deep.equal(['reason-spam', 'reason-other']);
    expect(radios.every((radio) => radio.name === 'reason')).to.equal(true);
    expect(radios.map((radio) => words(radio.labels![0]!))).to.deep.equal(['It is advertising', 'It is rude']);
    expect(radios.some((radio) => radio.checked)).to.equal(false);

    probe.reasonError = { prefix: 'Error:', text: 'Choose a reason' };
    probe.requestUpdate();
    await probe.updateComplete;
    expect(group.getAttribute('aria-describedby')).to.equal('reason-hint reason-error');
    expect(words($('#reason-error'))).to.equal('Error: Choose a reason');
    expect(group.classList.contains('invalid')).to.equal(true);
    await expectAccessible(probe);

    radios[1]!.focus();
    await sendKeys({ press: ' ' });
    await probe.updateComplete;
    expect(probe.reason).to.equal('rude');
    expect(radios[1]!.checked).to.equal(true);
  });

  it('gives every control a 44 px target and fits 320 px, in dark mode and forced colours', async () => {
    await setTestViewport(320, 640);
    // WebKit's window (through WebDriver) is never narrower than 447 px: the fields also sit in a 320 px column.
    probe.style.display = 'block';
    probe.style.inlineSize = 'min(320px, 100%)';
    await emulateSystemColorScheme('dark');
    probe.placeError = { prefix: 'Error:', text: 'Say where to hand it back' };
    probe.requestUpdate();
    await probe.updateComplete;
    for (const control of probe.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type=radio]), textarea, .choice')) {
      expect(control.getBoundingClientRect().height, control.id || control.className).to.be.at.least(44);
    }
    const right = probe.getBoundingClientRect().right;
    for (const part of probe.shadowRoot!.querySelectorAll<HTMLElement>('fieldset, legend, label, .hint, .error, input, textarea')) {
      expect(part.getBoundingClientRect().right, part.id || part.localName).to.be.at.most(right + 0.5);
    }
    expect(probe.scrollWidth).to.be.at.most(probe.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expectAccessible(probe);
    if (await emulateMedia('screen', 'active')) {
      // The error's bar and the field's borders stay: borders take the system's colours.
      const field = $('#place')!.closest<HTMLElement>('.field')!;
      expect(parseFloat(getComputedStyle(field).borderInlineStartWidth)).to.be.at.least(4);
      expect(parseFloat(getComputedStyle($('#place')!).borderTopWidth)).to.be.at.least(2);
    }
  });
});
