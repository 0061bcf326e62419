import { expect, oneEvent } from '@open-wc/testing';
import type { Room } from '@copro/protocol';
import { sendKeys } from '@web/test-runner-commands';
import { api, expectAccessible, freshId, until } from '../../../test/support/index.ts';
import { card, checklist, chooseStatus, listedIds, liveText, noteField, shadow, statusSelect, summaryText, writeNote } from './helpers.ts';

describe('<copro-room-checklist>', () => {
  it('loads a new room with the 26 default groups, missing and unknown first, and a summary sentence', async () => {
    const room = freshId('room');
    const element = await checklist(room);
    expect(listedIds(element)).to.have.length(26);
    expect(summaryText(element)).to.equal('0 of 26 groups are in the room. 0 invited. 26 missing or unknown.');
    expect(shadow(element).querySelector('[part="title"]')!.tagName).to.equal('H2');
    await expectAccessible(element);
  });

  it('saves a status and a note, and shows them after the element is made again (a reload)', async () => {
    const room = freshId('room');
    let element = await checklist(room);
    const changed = oneEvent(element, 'copro-group-changed');
    await chooseStatus(element, 'young-people', 'present');
    const event = await changed;
    expect(event.detail.group).to.include({ id: 'young-people', status: 'present', revision: 1 });
    await writeNote(element, 'young-people', '  Sam is asking the youth council.  ');
    await until(async () => {
      const { json } = await api<Room>('GET', `/v1/rooms/${room}`);
      return json.groups.find((group) => group.id === 'young-people')?.note === 'Sam is asking the youth council.';
    }, 'the note to be stored');
    const { json } = await api<Room>('GET', `/v1/rooms/${room}`);
    expect(json.groups.find((group) => group.id === 'young-people')).to.include({ status: 'present', revision: 2 });
    await until(() => card(element, 'young-people').textContent!.includes('Saved.'), 'the saved message');

    element.parentElement!.remove();
    element = await checklist(room);
    expect(statusSelect(element, 'young-people').value).to.equal('present');
    expect(noteField(element, 'young-people').value).to.equal('Sam is asking the youth council.');
    expect(summaryText(element)).to.equal('1 of 26 groups is in the room. 0 invited. 25 missing or unknown.');
    // The group in the room goes after the missing and unknown ones.
    expect(listedIds(element).at(-1)).to.equal('young-people');
  });

  it('does not save a note per keystroke, only when the field is left', async () => {
    const room = freshId('room');
    const element = await checklist(room);
    const field = noteField(element, 'older-people');
    field.focus();
    await sendKeys({ type: 'Lunch club' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    let stored = (await api<Room>('GET', `/v1/rooms/${room}`)).json.groups.find((group) => group.id === 'older-people')!;
    expect(stored.revision).to.equal(0);
    await sendKeys({ press: 'Tab' });
    await until(async () => {
      stored = (await api<Room>('GET', `/v1/rooms/${room}`)).json.groups.find((group) => group.id === 'older-people')!;
      return stored.note === 'Lunch club';
    }, 'the note to be stored on leaving the field');
    expect(stored.revision).to.equal(1);
  });

  it('announces the summary politely when it changes, and keeps the list still until asked to sort it', async () => {
    const room = freshId('room');
    const element = await checklist(room);
    const before = listedIds(element);
    await chooseStatus(element, 'carers', 'invited');
    await until(() => liveText(element).includes('1 invited.'), 'the summary to be announced');
    expect(liveText(element)).to.equal('0 of 26 groups are in the room. 1 invited. 25 missing or unknown.');
    expect(listedIds(element)).to.deep.equal(before);
    const sort = [...shadow(element).querySelectorAll('button')].find((button) => button.textContent!.includes('Put the list in order again'))!;
    expect(sort).to.exist;
    sort.click();
    await element.updateComplete;
    expect(listedIds(element).at(-1)).to.equal('carers');
    expect([...shadow(element).querySelectorAll('button')].some((button) => button.textContent!.includes('Put the list in order again'))).to.equal(false);
  });

  it('filters by missing, invited and present', async () => {
    const room = freshId('room');
    await api('PUT', `/v1/rooms/${room}/groups/faith`, { status: 'present', note: '', revision: 0 });
    await api('PUT', `/v1/rooms/${room}/groups/rural`, { status: 'invited', note: '', revision: 0 });
    await api('PUT', `/v1/rooms/${room}/groups/lgbt`, { status: 'not-relevant', note: '', revision: 0 });
    const element = await checklist(room);
    expect(summaryText(element)).to.equal('1 of 25 groups is in the room. 1 invited. 23 missing or unknown. 1 marked not relevant.');
    const radio = (value: string) => shadow(element).querySelector<HTMLInputElement>(`input[name="filter"][value="${value}"]`)!;
    radio('present').click();
    await element.updateComplete;
    expect(listedIds(element)).to.deep.equal(['faith']);
    radio('invited').click();
    await element.updateComplete;
    expect(listedIds(element)).to.deep.equal(['rural']);
    radio('missing').click();
    await element.updateComplete;
    expect(listedIds(element)).to.have.length(23);
    expect(shadow(element).querySelector('.showing')!.textContent).to.equal('Showing 23 groups.');
    radio('all').click();
    await element.updateComplete;
    expect(listedIds(element).at(-1)).to.equal('lgbt'); // not relevant comes last
    const legend = shadow(element).querySelector('fieldset.filter legend')!;
    expect(legend.textContent!.trim()).to.equal('Show');
  });

  it('labels every control with the group it belongs to', async () => {
    const element = await checklist(freshId('room'));
    const select = statusSelect(element, 'deaf-bsl');
    const label = shadow(element).querySelector(`label[for="${select.id}"]`)!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Status: Deaf people and BSL users');
    const note = noteField(element, 'deaf-bsl');
    expect(shadow(element).querySelector(`label[for="${note.id}"]`)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Note: Deaf people and BSL users');
    expect(shadow(element).getElementById(note.getAttribute('aria-describedby')!)!.textContent).to.equal('How we will reach them, and who is doing it.');
    const options = [...select.options].map((option) => option.textContent);
    expect(options).to.deep.equal(['Not known yet', 'Missing', 'Invited', 'In the room', 'Not relevant']);
    const button = shadow(element).getElementById('g-deaf-bsl-hint-button')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('How to reach them: Deaf people and BSL users');
  });
});
