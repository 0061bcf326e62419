/**
 * Paper forms and posters on the staff page (<copro-staff-admin board>), against the real server:
 * the paper form carries the board's real title and categories, the privacy line for paper and
 * where to hand it back; the poster's QR code reads back as the page's exact address (read by jsQR,
 * an independent QR reader) and the address is printed as text. Printing is checked as Chromium
 * prints: print media emulated (computed styles: only the sheet shows, black on white, 12 pt and
 * more, tick boxes as borders, in forced colours too), the page printed to PDF (one A4 page), and
 * axe under print media.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { staffSessionFor } from '@copro/core';
import '@copro/staff/define';
import type { CoproStaffAdmin } from '@copro/staff';
import { qrDrawing } from '../../packages/staff/src/qr.ts';
import { api, emulateMedia, expectAccessible, freshId, printedPages, setTestViewport, staffToken, testEndpoint, until } from '../support/index.ts';

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (element: Element) => element.shadowRoot!.activeElement;
const style = (node: Element) => getComputedStyle(node);
const shown = (node: Element | null) => Boolean(node) && style(node!).display !== 'none';

const categories = [
  { id: 'parks', label: 'Parks and play' },
  { id: 'transport', label: 'Getting about' },
  { id: 'clubs', label: 'Clubs and activities' },
];

async function makeBoard(settings: Record<string, unknown> = {}) {
  const board = freshId('paper');
  const answer = await api('PUT', `/v1/boards/${board}`, { title: 'What should the youth fund pay for?', categories, moderation: 'before', showChannel: true, ...settings }, staffToken());
  expect(answer.status).to.equal(200);
  return board;
}

/** Mounted beside some page text (which must not print with a sheet), signed in as a viewer: any staff can print. */
async function mount(board: string) {
  const made = await api<{ token: string }>('POST', '/v1/staff', { name: `Print Viewer ${freshId('v')}`, role: 'viewer' }, staffToken());
  const holder = await fixture<HTMLElement>(html`<main lang="en">
    <p id="outside">The page around the staff element.</p>
    <copro-staff-admin endpoint=${testEndpoint()} board=${board} heading-level="2"></copro-staff-admin>
  </main>`);
  const element = holder.querySelector('copro-staff-admin') as CoproStaffAdmin;
  await until(() => $(element, '#token'), 'the sign-in form');
  $<HTMLInputElement>(element, '#token')!.value = made.json.token;
  $<HTMLButtonElement>(element, 'form button[type="submit"]')!.click();
  await until(() => $(element, '[part="paper-form"]'), 'the paper form');
  return { element, holder };
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** window.print() opens no dialog in a test: it is counted, and printing "ends" when the test says. */
function stubPrint() {
  const original = window.print;
  const calls = { count: 0 };
  window.print = () => {
    calls.count++;
  };
  return { calls, restore: () => (window.print = original) };
}

/** Every element of a sheet that shows text, with its computed font size in px. */
function textSizes(sheet: Element): Array<{ text: string; px: number }> {
  return [...sheet.querySelectorAll('*')]
    .filter((node) => shown(node) && [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()))
    .map((node) => ({ text: words(node).slice(0, 30), px: parseFloat(style(node).fontSize) }));
}

/** Reads a QR code drawn as SVG back to its text, with jsQR (loaded as the classic script it is). */
async function readQr(svgElement: SVGSVGElement): Promise<string | undefined> {
  if (!(window as unknown as { jsQR?: unknown }).jsQR) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/jsqr/dist/jsQR.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(script);
    });
  }
  const jsQR = (window as unknown as { jsQR: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null }).jsQR;
  const modules = Number(svgElement.getAttribute('data-modules'));
  const pixels = modules * 6;
  const copy = svgElement.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(pixels));
  copy.setAttribute('height', String(pixels));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = pixels;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, pixels, pixels);
  context.drawImage(image, 0, 0, pixels, pixels);
  return jsQR(context.getImageData(0, 0, pixels, pixels).data, pixels, pixels)?.data;
}

describe('<copro-staff-admin> paper forms and posters', () => {
  let print: ReturnType<typeof stubPrint>;
  beforeEach(async () => {
    staffSessionFor(testEndpoint()).signOut();
    sessionStorage.clear();
    await setTestViewport(1024, 768);
    print = stubPrint();
  });
  afterEach(async () => {
    print.restore();
    await emulateMedia('screen');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints a one-page paper form with the board’s real title and categories, the privacy line for paper and where to hand it back', async () => {
    const board = await makeBoard();
    const { element, holder } = await mount(board);
    const sheet = $(element, '[part="paper-form"]')!;
    expect(words(sheet.querySelector('.sheet-title'))).to.equal('What should the youth fund pay for?');
    // The board's categories, in its order, each with a tick box.
    const ticks = [...sheet.querySelectorAll('.ticks li')];
    expect(ticks.map((li) => words(li))).to.deep.equal(categories.map((category) => category.label));
    expect(ticks.every((li) => li.querySelector('.box[aria-hidden="true"]'))).to.equal(true);
    expect(sheet.querySelectorAll('.write .line').length).to.be.at.least(6);
    // The privacy line for paper: anyone can read it, no personal details, checked first (moderation
    // before), and marked as from a paper form (the board shows channels).
    const privacy = words(sheet.querySelector('.privacy'));
    expect(privacy).to.include('put them on our website, where anyone can read them');
    expect(privacy).to.include('do not write your name, address, phone number');
    expect(privacy).to.include('A member of staff reads each one before it is shown.');
    expect(privacy).to.include('It will say that it came from a paper form.');
    expect(words(sheet)).to.include(`For staff: type it up on the board “${board}”`);

    // Where to hand it back: typed here, printed on the form, kept nowhere else.
    expect(sheet.querySelector('.return')).to.equal(null);
    type($<HTMLInputElement>(element, '#return-to')!, 'The box at Aldermoor Library’s front desk');
    await until(() => words($(element, '[part="paper-form"] .return')) === 'Please hand this form back to: The box at Aldermoor Library’s front desk', 'the place on the form');
    const storedText = JSON.stringify({ ...localStorage, ...sessionStorage });
    expect(storedText).not.to.include('Aldermoor Library');
    await expectAccessible(element);

    // Print: only this sheet goes to paper.
    $<HTMLButtonElement>(element, '#print-form')!.click();
    await until(() => print.calls.count === 1, 'window.print()');
    expect(element.getAttribute('data-copro-print')).to.equal('form');
    expect(words($(element, '[role="status"]'))).to.equal('The print dialog is open: only the paper form prints.');

    if (!(await emulateMedia('print'))) return; // Chromium only: the other engines here cannot emulate print.
    const printing = $(element, '[part="paper-form"]')!;
    expect(shown(printing), 'the paper form prints').to.equal(true);
    for (const selector of ['#print-form', '#return-to', '[part="who"]', '[part="poster"]', '#print-heading', '.preview > .hint']) {
      expect(shown($(element, selector)), `${selector} does not print`).to.equal(false);
    }
    expect(shown(holder.querySelector('#outside')), 'the page around does not print').to.equal(false);
    expect(style(printing).color).to.equal('rgb(0, 0, 0)');
    expect(style(printing).backgroundColor).to.equal('rgb(255, 255, 255)');
    const small = textSizes(printing).filter((each) => each.px < 16 - 0.01);
    expect(small, 'every text 12 pt (16 px) or more').to.deep.equal([]);
    expect(parseFloat(style(printing.querySelector('.sheet-title')!).fontSize)).to.be.at.least(24);
    const box = printing.querySelector('.box')!;
    expect([style(box).borderTopStyle, style(box).borderTopWidth]).to.deep.equal(['solid', '2px']);
    expect(box.getBoundingClientRect().width).to.be.at.least(18);
    await expectAccessible(element);
    expect(await printedPages(), 'one A4 page').to.equal(1);

    // In forced colours the tick boxes and the writing box are still drawn (borders, not backgrounds).
    await emulateMedia('print', 'active');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(style(box).borderTopStyle).to.equal('solid');
    expect(style(box).borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(style(printing.querySelector('.write')!).borderTopStyle).to.equal('solid');
    await emulateMedia('screen');

    // Printing ended: the page prints as itself again, focus back on the button.
    window.dispatchEvent(new Event('afterprint'));
    await until(() => !element.hasAttribute('data-copro-print'), 'the print attribute gone');
    await until(() => focused(element)?.id === 'print-form', 'focus back on the print button');
    expect(document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('data-copro-print')))).to.equal(false);
  });

  it('a board with many categories still prints on one page (the writing box gives way, down to four lines)', async function () {
    const many = Array.from({ length: 12 }, (_, index) => ({ id: `topic-${index + 1}`, label: `A longer category name, number ${index + 1}` }));
    const board = await makeBoard({ categories: many });
    const { element } = await mount(board);
    const sheet = $(element, '[part="paper-form"]')!;
    expect(sheet.querySelectorAll('.ticks li').length).to.equal(12);
    expect(sheet.querySelectorAll('.write .line').length).to.equal(5);
    $<HTMLButtonElement>(element, '#print-form')!.click();
    await until(() => print.calls.count === 1, 'window.print()');
    if (!(await emulateMedia('print'))) this.skip();
    expect(await printedPages(), 'one A4 page').to.equal(1);
  });

  it('prints a poster whose QR code reads back as the board’s page address, with the address as text; a wrong address is refused at its field', async () => {
    const pageUrl = `https://www.aldermoor.example/have-your-say/youth-fund?from=poster&board=${freshId('b')}`;
    const board = await makeBoard({ pageUrl });
    const { element } = await mount(board);
    const field = $<HTMLInputElement>(element, '#poster-address')!;
    expect(field.value, 'the board’s page, to confirm').to.equal(pageUrl);
    const qr = (await until(() => $<SVGSVGElement>(element, '[part="qr"]'), 'the QR code'))!;
    const poster = $(element, '[part="poster"]')!;
    expect(words(poster.querySelector('.poster-headline'))).to.equal('Tell us what you think');
    expect(words(poster.querySelector('.poster-question'))).to.equal('What should the youth fund pay for?');
    expect(words(poster.querySelector('.poster-address')), 'the address as text, for people who cannot scan').to.equal(pageUrl);
    expect(qr.getAttribute('aria-label')).to.equal(`QR code that opens ${pageUrl}`);
    // The drawing is the library's code for exactly this address, and a QR reader reads it back.
    expect(qr.querySelector('path')!.getAttribute('d')).to.equal(qrDrawing(pageUrl).path);
    expect(await readQr(qr)).to.equal(pageUrl);

    // A wrong address: the GOV.UK error at the field, focus there, nothing printed.
    type(field, 'aldermoor library noticeboard');
    $<HTMLButtonElement>(element, '#print-poster')!.click();
    await until(() => words($(element, '#poster-address-error')) === 'Error: Enter the full address of a web page, starting https://', 'the error at the field');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal('poster-address-hint poster-address-error');
    await until(() => focused(element) === field, 'focus in the field');
    expect(print.calls.count).to.equal(0);
    expect($(element, '[part="qr"]')).to.equal(null);
    await expectAccessible(element);

    // Another address (the board's own page is only the default): the code follows it.
    const other = 'https://aldermoor.example/youth';
    type(field, other);
    const changed = (await until(() => $<SVGSVGElement>(element, '[part="qr"]'), 'the new QR code'))!;
    expect($(element, '#poster-address-error')).to.equal(null);
    expect(await readQr(changed)).to.equal(other);
    expect(words($(element, '.poster-address'))).to.equal(other);

    $<HTMLButtonElement>(element, '#print-poster')!.click();
    await until(() => print.calls.count === 1, 'window.print()');
    expect(element.getAttribute('data-copro-print')).to.equal('poster');
    if (!(await emulateMedia('print'))) return;
    const printing = $(element, '[part="poster"]')!;
    expect(shown(printing)).to.equal(true);
    expect(shown($(element, '[part="paper-form"]')), 'the paper form does not print with the poster').to.equal(false);
    expect(shown($(element, '#print-poster'))).to.equal(false);
    expect(textSizes(printing).filter((each) => each.px < 16 - 0.01)).to.deep.equal([]);
    // The code is printed large (110 mm, about 416 px) and stays black on white in forced colours.
    expect(printing.querySelector('.qr')!.getBoundingClientRect().width).to.be.closeTo((110 * 96) / 25.4, 2);
    await expectAccessible(element);
    expect(await printedPages(), 'one A4 page').to.equal(1);
    await emulateMedia('print', 'active');
    expect(style(printing.querySelector('.qr')!).forcedColorAdjust).to.equal('none');
    expect(printing.querySelector('path')!.getAttribute('fill')).to.equal('#000');
  });
});
