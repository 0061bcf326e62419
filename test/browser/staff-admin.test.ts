/**
 * <copro-staff-admin> against the real test server: who is signed in and what their role may do,
 * the moderation queue's count, and for admins the staff screen (add with a role, the token shown
 * once, revoke after a confirmation) and the audit screen (filters, paging, CSV).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { staffSessionFor } from '@copro/core';
import '@copro/staff/define';
import type { CoproStaffAdmin } from '@copro/staff';
import { api, expectAccessible, freshId, holdingServerLock, setTestViewport, staffToken, testEndpoint, until } from '../support/index.ts';

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonNamed = (element: Element, words: string) =>
  [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.replace(/\s+/g, ' ').trim() === words) as HTMLButtonElement | undefined;
const focused = (element: Element) => element.shadowRoot!.activeElement;

async function mount(board = '', width = '', room = '') {
  const holder = await fixture<HTMLElement>(html`<div lang="en" style=${width ? `inline-size: ${width}` : ''}><copro-staff-admin endpoint=${testEndpoint()} board=${board} room=${room} heading-level="3"></copro-staff-admin></div>`);
  const element = holder.querySelector('copro-staff-admin') as CoproStaffAdmin;
  await until(() => $(element, '#token'), 'the sign-in form');
  return element;
}

async function signIn(element: CoproStaffAdmin, token: string) {
  $<HTMLInputElement>(element, '#token')!.value = token;
  $<HTMLButtonElement>(element, 'form button[type="submit"]')!.click();
  await until(() => $(element, '#sign-out'), 'signed in');
}

async function addStaff(element: CoproStaffAdmin, name: string, role: string) {
  await until(() => $(element, '#staff-name'), 'the add form');
  $<HTMLInputElement>(element, '#staff-name')!.value = name;
  $<HTMLInputElement>(element, `#role-${role}`)!.click();
  $<HTMLButtonElement>(element, 'form[part="add-staff"] button[type="submit"]')!.click();
  await until(() => $(element, '#new-token'), 'the new token panel');
  return $<HTMLInputElement>(element, '#new-token')!.value;
}

describe('<copro-staff-admin>', () => {
  beforeEach(async () => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
    await setTestViewport(1024, 768);
  });

  it('an admin adds a named moderator: the token is shown once, with a copy button and a clear warning', async () => {
    const element = await mount();
    await signIn(element, staffToken());
    expect(text(element)).to.include('Signed in with the administrator token');
    expect(text(element)).to.include('manages staff');
    const name = `Priya Shah ${freshId('p')}`;
    const token = await addStaff(element, name, 'moderator');
    expect(token.length).to.be.at.least(32);
    expect(text(element)).to.include('You will not see it again');
    expect($(element, '#new-token')!.hasAttribute('readonly')).to.equal(true);
    await until(() => focused(element)?.id === 'new-token-heading', 'focus on the new token’s heading');
    expect(buttonNamed(element, 'Copy token')).to.exist;
    const row = await until(() => [...element.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(name)), 'the new row');
    expect(row!.textContent).to.include('moderator');
    expect(row!.textContent).to.include('Active');
    expect((await api<{ name: string; role: string }>('GET', '/v1/staff/me', undefined, token)).json).to.deep.equal({ name, role: 'moderator' });

    buttonNamed(element, 'I have copied it')!.click();
    await until(() => !$(element, '#new-token'), 'the token gone for good');
    expect(text(element)).not.to.include(token);
    await expectAccessible(element);
  });

  it('an admin sees how long personal data is kept and changes a period; a wrong number is refused at its field', async () =>
    // The retention settings are the server's, and this file may run in another engine beside this one.
    holdingServerLock('settings', async () => {
      type Settings = { retentionDays: number; clarityRetentionDays: number | null; auditRetentionDays: number | null };
      const before = (await api<Settings>('GET', '/v1/settings', undefined, staffToken())).json;
      const element = await mount();
      await signIn(element, staffToken());
      const field = (await until(() => $<HTMLInputElement>(element, '#clarityRetentionDays'), 'the retention form'))!;
      expect(text(element)).to.include(`default period is ${before.retentionDays.toLocaleString('en')} days`);
      const save = () => $<HTMLButtonElement>(element, 'form[part="retention-form"] button[type="submit"]')!.click();
      try {
        field.value = '0';
        save();
        await until(() => $(element, '#clarityRetentionDays-error')?.textContent?.includes('whole number of days'), 'the error at the field');
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(field.getAttribute('aria-describedby')).to.contain('clarityRetentionDays-error');
        await until(() => focused(element) === field, 'focus in the field');
        expect((await api<Settings>('GET', '/v1/settings', undefined, staffToken())).json.clarityRetentionDays, 'nothing saved').to.equal(before.clarityRetentionDays);

        field.value = '90';
        save();
        await until(() => text(element).includes('The periods were saved.'), 'saved, and said so');
        expect((await api<Settings>('GET', '/v1/settings', undefined, staffToken())).json.clarityRetentionDays).to.equal(90);
        expect($(element, '#clarityRetentionDays-error')).to.equal(null);
        await expectAccessible(element);

        // A blank field goes back to the default.
        $<HTMLInputElement>(element, '#clarityRetentionDays')!.value = '';
        save();
        await until(async () => (await api<Settings>('GET', '/v1/settings', undefined, staffToken())).json.clarityRetentionDays === null, 'back to the default');
      } finally {
        await api('PUT', '/v1/settings', { clarityRetentionDays: before.clarityRetentionDays, auditRetentionDays: before.auditRetentionDays }, staffToken());
      }
    }),
  );

  it('a moderator sees who they are and the waiting count, and no staff or audit screens', async () => {
    const board = freshId('wait');
    await api('PUT', `/v1/boards/${board}`, { moderation: 'before' }, staffToken());
    for (const body of ['One waiting idea', 'Another waiting idea']) {
      await api('POST', `/v1/boards/${board}/posts`, { id: crypto.randomUUID(), participant: crypto.randomUUID(), body });
    }
    const made = await api<{ token: string; name: string }>('POST', '/v1/staff', { name: `Sam Jones ${freshId('s')}`, role: 'moderator' }, staffToken());
    const element = await mount(board);
    await signIn(element, made.json.token);
    await until(() => text(element).includes(`Signed in as ${made.json.name}, moderator.`), 'the name and role');
    await until(() => text(element).includes(`2 posts are waiting for moderation on ${board}.`), 'the waiting count');
    expect(text(element)).to.include('edits room checklists');
    expect(text(element)).not.to.include('manages staff');
    expect($(element, '[part="staff-screen"]')).to.equal(null);
    expect($(element, '[part="audit-screen"]')).to.equal(null);
    expect($(element, '[part="retention-screen"]')).to.equal(null);
    await expectAccessible(element);
  });

  it('revoking asks first, then the token stops working at once', async () => {
    const made = await api<{ token: string; name: string; id: string }>('POST', '/v1/staff', { name: `Alex Doe ${freshId('a')}`, role: 'viewer' }, staffToken());
    const element = await mount();
    await signIn(element, staffToken());
    const revoke = await until(() => buttonNamed(element, `Revoke ${made.json.name}’s token`), 'the revoke button');
    revoke!.click();
    await until(() => focused(element)?.textContent?.trim() === 'Yes, revoke it', 'focus on the confirmation');
    expect(text(element)).to.include(`Revoke ${made.json.name}’s token? They will be signed out at once`);
    buttonNamed(element, 'Cancel')!.click();
    await until(() => focused(element)?.textContent?.trim() === `Revoke ${made.json.name}’s token`, 'focus back on revoke');
    expect((await api('GET', '/v1/staff/me', undefined, made.json.token)).status).to.equal(200, 'cancel revoked nothing');

    buttonNamed(element, `Revoke ${made.json.name}’s token`)!.click();
    (await until(() => buttonNamed(element, 'Yes, revoke it'), 'the confirmation'))!.click();
    const row = await until(() => [...element.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(made.json.name) && tr.textContent!.includes('Revoked on')), 'the row says revoked');
    expect(row!.querySelector('button')).to.equal(null);
    expect((await api('GET', '/v1/staff/me', undefined, made.json.token)).status).to.equal(401);
  });

  it('the audit screen filters by action and item, pages newest first, and downloads CSV', async () => {
    const prefix = freshId('aud');
    for (let n = 0; n < 27; n++) await api('PUT', `/v1/boards/${prefix}-${String(n).padStart(2, '0')}`, { title: `Board ${n}` }, staffToken());
    const element = await mount();
    await signIn(element, staffToken());
    await until(() => $(element, '#audit-target'), 'the audit filters');
    $<HTMLInputElement>(element, '#audit-action')!.value = 'board.settings';
    $<HTMLInputElement>(element, '#audit-target')!.value = `board:${prefix}`;
    $<HTMLButtonElement>(element, 'form[part="audit-filters"] button[type="submit"]')!.click();
    const rows = () => [...element.shadowRoot!.querySelectorAll('[part="audit-table"] tbody tr')];
    await until(() => rows().length === 25 && rows().every((tr) => tr.textContent!.includes(prefix)), 'the first page of 25');
    expect(rows()[0].textContent).to.include(`${prefix}-26`, 'newest first');
    expect($(element, '[part="audit-table"] caption')!.textContent).to.equal('Audit trail, newest first');
    expect(rows()[0].querySelector('th[scope="row"]')!.textContent).to.equal('COPRO_ADMIN_TOKEN');

    buttonNamed(element, 'Older entries')!.click();
    await until(() => rows().length === 2, 'the second page');
    expect(rows()[1].textContent).to.include(`${prefix}-00`);
    expect($(element, '[part="audit-table"] caption')!.textContent).to.equal('Audit trail, newest first, page 2');
    await until(() => focused(element)?.id === 'audit-caption', 'focus on the caption');
    expect(buttonNamed(element, 'Older entries')).to.equal(undefined);
    buttonNamed(element, 'Newer entries')!.click();
    await until(() => rows().length === 25, 'back to the first page');

    // Every filter has a label; the CSV download fetches with the token (a link could not send it).
    for (const id of ['audit-staff', 'audit-action', 'audit-target']) expect($(element, `label[for="${id}"]`)).to.exist;
    let downloaded = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      buttonNamed(element, 'Download as CSV')!.click();
      await until(() => downloaded, 'the CSV download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).to.equal('audit.csv');
    // The trail is the whole server's: tests in other files and engines add to it at the same time.
    type Exports = { items: Array<{ changes: { filters?: { target?: string } } }> };
    await until(
      async () => (await api<Exports>('GET', '/v1/audit?action=audit.export&limit=20', undefined, staffToken())).json.items.some((item) => item.changes.filters?.target === `board:${prefix}`),
      'the export is audited, with its filters',
    );
    await expectAccessible(element);

    // Clear filters empties the fields and reads the whole trail again, from its first page.
    buttonNamed(element, 'Clear filters')!.click();
    await until(() => rows().length === 25 && rows().some((tr) => tr.textContent!.includes('audit.export')), 'the unfiltered trail, the export among its newest');
    expect($<HTMLInputElement>(element, '#audit-target')!.value).to.equal('');
    expect($<HTMLInputElement>(element, '#audit-action')!.value).to.equal('');
    expect(focused(element)?.id).to.equal('audit-staff');
  });

  it('fits 320 px: the page does not scroll sideways, the tables scroll inside a focusable region', async () => {
    await setTestViewport(320, 640);
    // WebKit's window (through WebDriver) is never narrower than 447 px, so the element also sits
    // in a 320 px column: in every engine, nothing in it may reach past 320 px.
    const element = await mount('', 'min(320px, 100%)', freshId('narrow-room'));
    await signIn(element, staffToken());
    await until(() => $(element, '[part="audit-table"]') && $(element, '[part="staff-table"]') && $(element, '[part="evidence-list"]'), 'both tables and the evidence');
    $<HTMLButtonElement>(element, '#tag-young-people')!.click();
    await until(() => $(element, '[part="evidence-form"]'), 'the tagging form open too');
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    const left = element.getBoundingClientRect().left;
    const wide = [...element.shadowRoot!.querySelectorAll('*')]
      .filter((node) => !node.closest('.table-wrap') && node.getBoundingClientRect().right - left > 320 + 1)
      .map((node) => `${node.localName}${node.id ? `#${node.id}` : ''} ends at ${Math.round(node.getBoundingClientRect().right - left)} px`);
    expect(wide, 'nothing outside a scrolling table reaches past 320 px').to.deep.equal([]);
    for (const wrap of element.shadowRoot!.querySelectorAll('.table-wrap')) {
      expect(wrap.getAttribute('tabindex')).to.equal('0');
      expect(wrap.getAttribute('role')).to.equal('region');
    }
    await expectAccessible(element);
  });

  it('shows what backs each group of a room: a moderator tags a group with an event, and the posts and ratings from it are counted (under 5 hidden)', async () => {
    const room = freshId('evidence');
    const board = freshId('evidence-board');
    const ladder = freshId('evidence-ladder');
    const event = `Pizza and Opinions ${freshId('e')}`;
    for (let i = 0; i < 6; i++) {
      const typed = await api('POST', `/v1/boards/${board}/posts`, { id: crypto.randomUUID(), participant: crypto.randomUUID(), body: `Said at the evening, ${i + 1}`, channel: 'event', event }, staffToken());
      expect(typed.status).to.equal(201);
    }
    for (let i = 0; i < 2; i++) await api('POST', `/v1/ladders/${ladder}/ratings`, { id: crypto.randomUUID(), participant: crypto.randomUUID(), role: 'lived-experience', now: 'informing', channel: 'event', event }, staffToken());
    await api('PUT', `/v1/rooms/${room}/groups/young-people`, { status: 'present', note: '', revision: 0 }, staffToken());
    const moderator = (await api<{ token: string }>('POST', '/v1/staff', { name: `Mo ${freshId('m')}`, role: 'moderator' }, staffToken())).json.token;

    const element = await mount('', '', room);
    await signIn(element, moderator);
    const row = (group: string) => [...element.shadowRoot!.querySelectorAll('[part="evidence-list"] > li')].find((li) => li.querySelector('strong')!.textContent!.trim() === group);
    await until(() => row('Children and young people'), 'the evidence list');
    expect(row('Children and young people')!.textContent).to.include('Not backed yet', 'present, but nothing tagged');

    $<HTMLButtonElement>(element, '#tag-young-people')!.click();
    await until(() => focused(element)?.id === 'evidence-form-heading', 'focus on the form’s heading');
    $<HTMLInputElement>(element, '#evidence-other')!.click();
    $<HTMLTextAreaElement>(element, '#evidence-events')!.value = event.toUpperCase();
    $<HTMLButtonElement>(element, 'form[part="evidence-form"] button[type="submit"]')!.click();
    await until(() => focused(element)?.id === 'tag-young-people', 'focus back on the group’s button');
    const cells = [...row('Children and young people')!.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[0]).to.include(event.toUpperCase());
    expect(cells[0]).to.include('Other ways');
    expect(row('Children and young people')!.textContent).to.not.include('Not backed yet');
    // The six posts from the event, and whatever other test files typed up as "other" on this
    // server. Those go on growing while this runs (another engine runs its files on the same
    // server at the same time), so the figures shown lie between this test's own and the server's
    // count read afterwards: an exact match failed in WebKit when Firefox typed up five more between
    // the two reads (112 shown, 117 stored).
    const stored = (await api<{ groups: { group: string; posts: number | null; ratings: number | null }[] }>('GET', `/v1/rooms/${room}/evidence`, undefined, staffToken())).json.groups.find((g) => g.group === 'young-people')!;
    expect(stored.posts! >= 6).to.equal(true, `at least the six posts: ${stored.posts}`);
    expect(cells[1]).to.match(/^\d+$/);
    expect(Number(cells[1])).to.be.within(6, stored.posts!, 'posts shown');
    if (stored.ratings === null) expect(cells[2]).to.equal('Fewer than 5');
    else if (cells[2] !== 'Fewer than 5') expect(Number(cells[2])).to.be.within(5, stored.ratings, 'ratings shown');
    expect(element.shadowRoot!.textContent).to.include('Tags saved for Children and young people.');
    await expectAccessible(element);
  });

  it('a viewer reads the evidence but has nothing to tag with; small counts read "Fewer than 5"', async () => {
    const room = freshId('evidence-viewer');
    const board = freshId('evidence-board');
    const event = `Coffee morning ${freshId('e')}`;
    for (let i = 0; i < 3; i++) await api('POST', `/v1/boards/${board}/posts`, { id: crypto.randomUUID(), participant: crypto.randomUUID(), body: `Over coffee ${i}`, channel: 'event', event }, staffToken());
    await api('PUT', `/v1/rooms/${room}/groups/older-people/evidence`, { channels: [], events: [event] }, staffToken());
    const viewer = (await api<{ token: string }>('POST', '/v1/staff', { name: `Vi ${freshId('v')}`, role: 'viewer' }, staffToken())).json.token;
    const element = await mount('', '', room);
    await signIn(element, viewer);
    const row = await until(() => [...element.shadowRoot!.querySelectorAll('[part="evidence-list"] > li')].find((li) => li.textContent!.includes('Older people')), 'the evidence list');
    const cells = [...row!.querySelectorAll('dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[1]).to.equal('Fewer than 5');
    expect(cells[2]).to.equal('0');
    expect(element.shadowRoot!.querySelector('[id^="tag-"]')).to.equal(null);
    await expectAccessible(element);
  });
});
