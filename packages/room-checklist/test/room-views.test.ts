import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Room } from '@copro/protocol';
import { api, expectAccessible, freshId, setTestViewport, testEndpoint, until, staffToken } from '../../../test/support/index.ts';
import type { CoproRoomChecklist } from '../src/index.ts';
import { accessibleNodes, addNoteButton, card, checklist, listedIds, liveText, loaded, noteField, openNote, shadow, summaryText, openEditorLink } from './helpers.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const isChromium = () => navigator.userAgent.includes('Chrome') && !navigator.userAgent.includes('Firefox');

/** Resizes the page and waits for the layout without waiting for a frame (a background tab gets none). */
async function viewport(width: number, height: number): Promise<void> {
  await executeServerCommand('copro-viewport', { width, height });
  await until(() => width > 500 || window.innerWidth <= 500, 'the viewport');
}

describe('<copro-room-checklist>: hints, views and exports', () => {
  it('the hint pop-over is reached, opened, announced and closed with the keyboard alone', async () => {
    const element = await checklist(freshId('room'));
    const button = shadow(element).getElementById('g-older-people-hint-button') as HTMLButtonElement;
    const panel = shadow(element).getElementById('g-older-people-hint')!;
    expect(button.getAttribute('aria-controls')).to.equal('g-older-people-hint');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Keyboard path: from the status select of the group, Tab reaches its hint button.
    (shadow(element).getElementById('g-older-people-status') as HTMLSelectElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id).to.equal(button.id);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(text(panel)).to.equal('Phone and paper options, lunch clubs, paid transport.');
    expect(await accessibleNodes([button])).to.deep.equal([{ role: 'button', name: 'How to reach them: Older people' }]);
    await expectAccessible(element);
    // Opening another hint closes the first.
    const carers = shadow(element).getElementById('g-carers-hint-button') as HTMLButtonElement;
    carers.focus(); // as a mouse click on a button does in Chromium and Firefox
    carers.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).getElementById('g-carers-hint')!.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shadow(element).getElementById('g-carers-hint')!.hidden).to.equal(true);
    expect(shadow(element).activeElement?.id).to.equal('g-carers-hint-button');
  });

  it('the accessibility tree: roles and names of the headings, status, note and filter controls', async () => {
    const element = await checklist(freshId('room'));
    const root = shadow(element);
    const [addNote] = await accessibleNodes([addNoteButton(element, 'welsh-speakers')!]);
    expect(addNote).to.deep.equal({ role: 'button', name: 'Add a note: Welsh speakers' });
    expect(addNoteButton(element, 'welsh-speakers')!.getAttribute('aria-controls')).to.equal('g-welsh-speakers-note-field');
    await openNote(element, 'welsh-speakers');
    expect(addNoteButton(element, 'welsh-speakers')!.getAttribute('aria-expanded')).to.equal('true');
    const [status, note, hint] = await accessibleNodes(['g-welsh-speakers-status', 'g-welsh-speakers-note', 'g-welsh-speakers-hint-button'].map((id) => root.getElementById(id)!));
    expect(status).to.deep.equal({ role: 'combobox', name: 'Status: Welsh speakers' });
    expect(note).to.deep.equal({ role: 'textbox', name: 'Note: Welsh speakers' });
    expect(hint).to.deep.equal({ role: 'button', name: 'How to reach them: Welsh speakers' });
    expect((root.getElementById('g-welsh-speakers-status') as HTMLSelectElement).selectedOptions[0].textContent).to.equal('Not known yet');
    const radios = await accessibleNodes([...root.querySelectorAll('input[name="filter"]')]);
    expect(radios).to.deep.equal(['All groups', 'Missing or not known', 'Invited', 'In the room'].map((name) => ({ role: 'radio', name })));
    expect((await accessibleNodes([root.querySelector('fieldset.filter')!]))[0]).to.deep.equal({ role: 'group', name: 'Show' });
    const headings = await accessibleNodes([...root.querySelectorAll('h2, h3, h4')].slice(0, 4));
    expect(headings).to.deep.equal([
      { role: 'heading', name: text(root.querySelector('[part="title"]')) },
      { role: 'heading', name: 'Where we are' },
      { role: 'heading', name: 'Groups' },
      { role: 'heading', name: 'People using the service now' },
    ]);
    expect([...root.querySelectorAll('h2, h3, h4')].slice(0, 4).map((heading) => heading.localName)).to.deep.equal(['h2', 'h3', 'h3', 'h4']);
    expect((await accessibleNodes([root.querySelector('ul.groups')!]))[0]).to.deep.equal({ role: 'list', name: 'Groups' });
    // The live regions exist from the start, so that later changes are announced.
    expect([...root.querySelectorAll('[role="status"], [role="alert"]')].map((region) => region.getAttribute('role'))).to.include.members(['status', 'alert']);
  });

  it('read-only: a compact summary for the public, not a card per group', async () => {
    const room = freshId('room');
    await api('PUT', `/v1/rooms/${room}/groups/carers`, { status: 'invited', note: 'Carers centre, Tuesday', revision: 0 }, staffToken());
    await api('PUT', `/v1/rooms/${room}/groups/young-people`, { status: 'present', note: '', revision: 0 }, staffToken());
    await api('PUT', `/v1/rooms/${room}/groups/welsh-speakers`, { status: 'missing', note: '', revision: 0 }, staffToken());
    await api('PUT', `/v1/rooms/${room}/groups/older-people`, { status: 'not-relevant', note: '', revision: 0 }, staffToken());
    const wrapper = await fixture(html`<div lang="en">
      <copro-room-checklist endpoint=${testEndpoint()} room=${room} readonly contact-url="#tell-us"></copro-room-checklist>
    </div>`);
    const element = wrapper.querySelector<CoproRoomChecklist>('copro-room-checklist')!;
    await loaded(element);
    const root = shadow(element);
    expect(root.querySelectorAll('select, textarea, form, fieldset, .groups li'), 'no controls and no cards').to.have.length(0);
    expect(root.textContent, 'no staff instructions').not.to.contain('Mark each group');
    expect(root.textContent).not.to.contain('No note yet');
    expect(summaryText(element)).to.equal('1 of 25 groups is in the room. 1 invited. 23 missing or unknown. 1 marked not relevant.');
    const lists = [...root.querySelectorAll('.public-list')].map((list) => ({
      heading: text(list.querySelector('h3')),
      names: [...list.querySelectorAll('li')].map(text),
    }));
    expect(lists[0]).to.deep.equal({ heading: 'We have heard from (1)', names: ['Children and young people'] });
    expect(lists[1]).to.deep.equal({ heading: 'Invited, not heard from yet (1)', names: ['Unpaid carers'] });
    expect(lists[2].heading).to.equal('Still missing or not known yet (23)');
    expect(lists[2].names).to.include('Welsh speakers');
    expect(lists[2].names).to.have.length(23);
    const notes = [...root.querySelectorAll('.public-notes dt, .public-notes dd')].map(text);
    expect(notes, 'only groups with a note').to.deep.equal(['Unpaid carers', 'Carers centre, Tuesday']);
    const invite = root.querySelector<HTMLAnchorElement>('.invite a')!;
    expect(text(root.querySelector('.invite'))).to.equal('Do you know how to reach one of these groups? Tell us');
    expect(invite.getAttribute('href')).to.equal('#tell-us');
    await expectAccessible(element);
  });

  it('read-only without a contact-url: no invitation link to nowhere', async () => {
    const element = await checklist(freshId('room'), { readonly: true });
    expect(shadow(element).querySelector('.invite')).to.equal(null);
    expect(shadow(element).querySelectorAll('.public-list')).to.have.length(3);
  });

  it('in Welsh: the default groups, hints, statuses and summary are in Welsh', async () => {
    const room = freshId('room');
    await api('PUT', `/v1/rooms/${room}/groups/welsh-speakers`, { status: 'present', note: '', revision: 0 }, staffToken());
    const element = await checklist(room, { lang: 'cy' });
    expect(text(card(element, 'welsh-speakers').querySelector('.group-name'))).to.equal('Siaradwyr Cymraeg');
    expect(text(shadow(element).getElementById('g-welsh-speakers-hint'))).to.equal('Cynigiwch y Gymraeg heb i neb ofyn.');
    expect(text(card(element, 'welsh-speakers').querySelector('.badge'))).to.equal('Yn yr ystafell');
    expect(summaryText(element)).to.equal('Mae 1 o’r 26 grŵp yn yr ystafell. 0 wedi’u gwahodd. 25 ar goll neu heb fod yn hysbys.');
    expect(text(shadow(element).querySelector(`label[for="g-welsh-speakers-status"]`))).to.equal('Statws: Siaradwyr Cymraeg');
    await expectAccessible(element);
  });

  it("the page's language changes: the groups' words are read again in it, and the checklist is not loaded again", async () => {
    const room = freshId('room');
    const element = await checklist(room, { lang: 'cy' });
    const before = card(element, 'welsh-speakers');
    expect(text(before.querySelector('.group-name'))).to.equal('Siaradwyr Cymraeg');
    const status = shadow(element).querySelector<HTMLSelectElement>('#g-welsh-speakers-status')!;
    status.value = 'invited';
    status.dispatchEvent(new Event('change'));
    element.parentElement!.setAttribute('lang', 'en');
    await until(() => text(card(element, 'welsh-speakers').querySelector('.group-name')) === 'Welsh speakers', 'the English words');
    expect(card(element, 'welsh-speakers') === before, 'the same card: the checklist was not loaded again').to.equal(true);
    expect(text(shadow(element).getElementById('g-welsh-speakers-hint'))).to.equal('Offer Welsh without being asked.');
    expect(status.value).to.equal('invited');
  });

  it('a custom list: child <copro-group> elements replace the defaults, added once however often the page loads', async () => {
    const room = freshId('room');
    const make = () =>
      fixture<HTMLElement>(html`<div>
        <copro-room-checklist endpoint=${testEndpoint()} room=${room} replace-defaults>
          <copro-group group="young-people"></copro-group>
          <copro-group group="foster-carers" label="Foster carers" hint="The fostering team’s newsletter."></copro-group>
          <copro-group group="Not A Slug" label="Skipped"></copro-group>
        </copro-room-checklist>
      </div>`);
    // Declared groups are added by a browser that may edit the room (here, through an editor link).
    await openEditorLink(room);
    let wrapper = await make();
    let element = wrapper.querySelector('copro-room-checklist') as CoproRoomChecklist;
    await loaded(element);
    await until(() => card(element, 'foster-carers') && !card(element, 'foster-carers').textContent!.includes('waiting to be sent'), 'the custom group to be stored');
    expect(listedIds(element).sort()).to.deep.equal(['foster-carers', 'young-people']);
    expect(summaryText(element)).to.equal('0 of 2 groups are in the room. 0 invited. 2 missing or unknown.');
    wrapper.remove();
    wrapper = await make();
    element = wrapper.querySelector('copro-room-checklist') as CoproRoomChecklist;
    await loaded(element);
    const { json } = await api<Room>('GET', `/v1/rooms/${room}`);
    expect(json.groups.filter((group) => group.id === 'foster-carers')).to.have.length(1);
    expect(json.groups).to.have.length(27); // the 26 defaults stay in the room; this checklist shows the two listed
  });

  it('adds a custom group through the form, with a clear error when the name is missing', async () => {
    const room = freshId('room');
    const element = await checklist(room);
    const form = shadow(element).querySelector('form')!;
    const label = shadow(element).getElementById('add-label') as HTMLInputElement;
    form.requestSubmit();
    await until(() => label.getAttribute('aria-invalid') === 'true', 'the error');
    expect(text(shadow(element).getElementById(label.getAttribute('aria-describedby')!))).to.equal('Enter the name of the group.');
    expect(shadow(element).activeElement).to.equal(label);
    await expectAccessible(element);
    label.value = 'Bus drivers';
    (shadow(element).getElementById('add-hint') as HTMLTextAreaElement).value = 'Depot canteen at 6 am.';
    form.requestSubmit();
    await until(async () => (await api<Room>('GET', `/v1/rooms/${room}`)).json.groups.some((group) => group.label === 'Bus drivers'), 'the group to be stored');
    const stored = (await api<Room>('GET', `/v1/rooms/${room}`)).json.groups.find((group) => group.label === 'Bus drivers')!;
    expect(stored.id).to.match(/^[0-9a-f-]{36}$/);
    expect(stored.hint).to.equal('Depot canteen at 6 am.');
    await until(() => liveText(element).includes('Bus drivers added to the list.'), 'the announcement');
    expect(listedIds(element).at(-1)).to.equal(stored.id);
    expect(text(card(element, stored.id).querySelector('.custom'))).to.equal('Added by your group');
    expect(label.value).to.equal('');
  });

  it('exports a formula-safe CSV and a plain-text summary for the minutes', async () => {
    const room = freshId('room');
    await api('PUT', `/v1/rooms/${room}/groups/faith`, { status: 'present', note: '=HYPERLINK("http://x")', revision: 0 }, staffToken());
    await api('PUT', `/v1/rooms/${room}/groups/rural`, { status: 'invited', note: 'Mobile library, "Tuesdays"', revision: 0 }, staffToken());
    const element = await checklist(room);
    const link = shadow(element).querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.getAttribute('download')).to.equal(`${room}.csv`);
    expect(text(link)).to.equal('Download as a spreadsheet (CSV)');
    expect(link.getAttribute('href'), 'rendering makes no object URL').to.equal('#');
    const made: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      made.push(blob as Blob);
      return createObjectURL.call(URL, blob);
    };
    try {
      link.click();
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    expect(made, 'one file, made when the link is used').to.have.length(1);
    const csv = await made[0].text();
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).to.equal('"Group","Status","Note: how we will reach them, who is doing it","How to reach them","Last changed"');
    expect(lines.find((line) => line.startsWith('"Faith communities"'))).to.match(/^"Faith communities","In the room","'=HYPERLINK\(""http:\/\/x""\)","Meet at places of worship; avoid religious festivals\.","/);
    expect(lines.find((line) => line.startsWith('"People in rural areas"'))).to.contain('"Mobile library, ""Tuesdays"""');
    expect(lines).to.have.length(28); // header, 26 groups, and the final line end

    const minutes = (shadow(element).getElementById('minutes') as HTMLTextAreaElement).value;
    expect(minutes).to.contain('0 of 26 groups are in the room.'.replace('0 of 26 groups are', '1 of 26 groups is'));
    expect(minutes).to.contain('In the room:\n- Faith communities: =HYPERLINK("http://x")');
    expect(minutes).to.contain('Invited:\n- People in rural areas: Mobile library, "Tuesdays"');
    expect(minutes).to.contain('- Older people (Not known yet)');

    shadow(element).querySelector('details')!.open = true;
    const copy = [...shadow(element).querySelectorAll('button')].find((button) => text(button) === 'Copy the summary for the minutes')!;
    copy.click();
    const confirmation = shadow(element).querySelector('.copy-state')!;
    await until(() => text(confirmation), 'a visible confirmation');
    expect(['Summary copied. You can paste it into your minutes.', 'Your browser did not let us copy. Select the text below and copy it.']).to.include(text(confirmation));
    expect(confirmation.getAttribute('role')).to.equal('status');
    await expectAccessible(element);
  });

  it('says in plain words when the room cannot be loaded, emits copro-error and offers to try again', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('copro-room-checklist');
    const failed = new Promise<CustomEvent>((resolve) => element.addEventListener('copro-error', resolve as EventListener, { once: true }));
    element.setAttribute('endpoint', testEndpoint());
    element.setAttribute('room', 'Not a room id');
    wrapper.append(element);
    const event = await failed;
    expect(event.detail.code).to.equal('validation_failed');
    await until(() => shadow(element).querySelector('p.error'), 'the error message');
    expect(text(shadow(element).querySelector('p.error'))).to.equal('Some of what you entered could not be accepted. Check it and try again.');
    expect(text(shadow(element).querySelector('button'))).to.equal('Try again');
    await expectAccessible(element);
  });

  it('reflows at 320 px with no sideways scrolling, the pop-over inside the viewport', async () => {
    await viewport(320, 640);
    try {
      const element = await checklist(freshId('room'));
      shadow(element).querySelector('details')!.open = true;
      await element.updateComplete;
      const width = document.documentElement.clientWidth;
      expect(element.getBoundingClientRect().right).to.be.at.most(width + 0.5);
      for (const item of shadow(element).querySelectorAll('.groups > li, select, textarea, button')) {
        if (!item.getClientRects().length) continue;
        expect(item.getBoundingClientRect().right, item.id || item.className).to.be.at.most(width + 0.5);
      }
      const button = shadow(element).getElementById('g-homelessness-hint-button') as HTMLButtonElement;
      button.scrollIntoView();
      button.click();
      await element.updateComplete;
      const panel = shadow(element).getElementById('g-homelessness-hint')!;
      await until(() => panel.style.left !== '', 'the pop-over to be placed');
      const box = panel.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(width + 0.5);
      await expectAccessible(element);
    } finally {
      await viewport(800, 600);
    }
  });

  it('a group is compact: status and hint on one row, the note behind "Add a note" until there is one; Tab follows what is seen', async () => {
    await setTestViewport(1200, 900);
    try {
      const room = freshId('room');
      await api('PUT', `/v1/rooms/${room}/groups/carers`, { status: 'invited', note: 'Carers centre, Tuesday', revision: 0 }, staffToken());
      const element = await checklist(room);
      const width = document.documentElement.clientWidth;
      const heights = [...shadow(element).querySelectorAll<HTMLElement>('.groups > li')]
        .filter((item) => item.dataset.group !== 'carers')
        .map((item) => item.getBoundingClientRect().height);
      expect(heights).to.have.length(25);
      if (width >= 1000) expect(Math.max(...heights), `the tallest group at ${width} px`).to.be.below(250);
      const row = (group: string) => [`g-${group}-status`, `g-${group}-hint-button`, `g-${group}-add-note`].map((id) => shadow(element).getElementById(id)!.getBoundingClientRect());
      if (width >= 700) {
        const [status, hint, add] = row('older-people');
        expect(Math.abs(status.bottom - hint.bottom)).to.be.below(2); // one row
        expect(Math.abs(hint.bottom - add.bottom)).to.be.below(2);
      }
      // A group with a note always shows it, with no "Add a note".
      expect(addNoteButton(element, 'carers')).to.equal(null);
      expect(noteField(element, 'carers').value).to.equal('Carers centre, Tuesday');
      expect(noteField(element, 'carers').getClientRects().length).to.be.above(0);
      // Targets: every control of a group is at least 24 by 24 CSS px (WCAG 2.5.8); ours are 44.
      for (const control of card(element, 'older-people').querySelectorAll<HTMLElement>('select, button')) {
        if (!control.getClientRects().length) continue; // "Save note" is behind "Add a note"
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), control.id).to.be.at.least(44);
      }

      // Keyboard: status, its hint, "Add a note", then (open) the note and "Save note": the order they are seen in.
      const add = addNoteButton(element, 'older-people')!;
      expect(add.getAttribute('aria-expanded')).to.equal('false');
      expect(noteField(element, 'older-people').getClientRects()).to.have.length(0);
      (shadow(element).getElementById('g-older-people-status') as HTMLSelectElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement?.id).to.equal('g-older-people-hint-button');
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement?.id).to.equal('g-older-people-add-note');
      await sendKeys({ press: ' ' });
      await until(() => shadow(element).activeElement?.id === 'g-older-people-note', 'focus in the opened note field');
      expect(add.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(text(shadow(element).activeElement)).to.equal('Save note: Older people');
      // Closing it again: the field goes, focus stays on the button.
      add.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(add.getAttribute('aria-expanded')).to.equal('false');
      expect(noteField(element, 'older-people').getClientRects()).to.have.length(0);
      expect(shadow(element).activeElement?.id).to.equal('g-older-people-add-note');
      await expectAccessible(element);
    } finally {
      await setTestViewport(800, 600);
    }
  });

  it('forced colours: the bar, groups and focus keep visible edges (Chromium)', async function () {
    if (!isChromium()) this.skip();
    await emulateMedia({ forcedColors: 'active' });
    try {
      const room = freshId('room');
      await api('PUT', `/v1/rooms/${room}/groups/carers`, { status: 'present', note: '', revision: 0 }, staffToken());
      const element = await checklist(room);
      const bar = shadow(element).querySelector('.bar')!;
      expect(getComputedStyle(bar).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(bar.querySelector('.present')!).backgroundColor).to.not.equal(getComputedStyle(bar.querySelector('.missing')!).backgroundColor);
      expect(getComputedStyle(card(element, 'carers')).borderLeftStyle).to.equal('solid');
      await expectAccessible(element);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('prints every group with its hint and note, and no controls (Chromium)', async function () {
    if (!isChromium()) this.skip();
    const room = freshId('room');
    await api('PUT', `/v1/rooms/${room}/groups/carers`, { status: 'present', note: 'Carers centre', revision: 0 }, staffToken());
    const element = await checklist(room);
    const radio = shadow(element).querySelector<HTMLInputElement>('input[name="filter"][value="invited"]')!;
    radio.click();
    await element.updateComplete;
    expect(listedIds(element)).to.deep.equal([]);
    await emulateMedia({ media: 'print' });
    try {
      const shownCards = [...shadow(element).querySelectorAll('.groups > li')].filter((item) => item.getClientRects().length);
      expect(shownCards).to.have.length(26);
      const carers = card(element, 'carers');
      const visible = [...carers.querySelectorAll('p, .badge')].filter((item) => item.getClientRects().length).map(text);
      expect(visible).to.include('How to reach them: Fund replacement care; short or remote options.');
      expect(visible).to.include('Carers centre');
      expect(visible).to.include('In the room');
      const controls = [...shadow(element).querySelectorAll('button, select, textarea, input, summary')].filter((item) => item.getClientRects().length);
      expect(controls).to.have.length(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
