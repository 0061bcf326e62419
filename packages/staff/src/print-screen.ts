import { EndpointClient, heading, textField, translateIsolated } from '@copro/core';
import { getBoard, PageUrl, type Board } from '@copro/protocol';
import { Task } from '@lit/task';
import { html, nothing, svg, type ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import type { ScreenContext } from './context.ts';
import type { QrDrawing } from './qr.ts';

export type Sheet = 'form' | 'poster';

/** What the print screen needs beyond the other screens: the board, and the element to print from. */
export interface PrintContext extends ScreenContext {
  board(): string;
  /** Whether staff have signed in (the screen reads nothing before). */
  signedIn(): boolean;
}

/** The host attribute that says a sheet is being printed (the print styles show only that sheet). */
export const PRINT_ATTRIBUTE = 'data-copro-print';

/**
 * Ruled lines in the writing box: enough for a few sentences in handwriting, and one A4 page in all.
 * Categories are ticked in two columns: past two rows of them, each row takes a line (never under 4).
 */
const writingLines = (categories: number) => Math.max(4, 9 - Math.max(0, Math.ceil(categories / 2) - 2));

/**
 * The page around the element, while one of its sheets prints: A4 with even margins, and nothing
 * but the element (and its ancestors, without their spacing) on paper. Adopted by the document only
 * between "Print" and the end of printing, so the page's own print styles apply the rest of the time.
 */
function pageSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    @page { size: A4; margin: 12mm; }
    @media print {
      html, body { background: #fff !important; color: #000 !important; margin: 0 !important; padding: 0 !important; }
      body :not(:has([${PRINT_ATTRIBUTE}]), [${PRINT_ATTRIBUTE}]) { display: none !important; }
      body :has([${PRINT_ATTRIBUTE}]) { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; background: #fff !important; max-inline-size: none !important; inline-size: auto !important; }
    }
  `);
  return sheet;
}

/**
 * Paper forms and posters for a board (any signed-in staff): a one-page paper form (the board's
 * title, its categories as tick boxes, a large box to write in, the privacy line for paper and
 * where to hand it back) and a one-page poster (a QR code of the board's page, with the address
 * printed as text too). Each is shown on screen as it will print; "Print" prints only that sheet.
 * Where to hand forms back is kept in this page only (never sent, never stored).
 */
export class PrintScreen {
  #returnTo = '';
  /** The poster's address as staff typed it; undefined until they do (the board's `pageUrl` then). */
  #address?: string;
  #addressError = '';
  #printing?: Sheet;
  #qr?: { text: string; drawing: QrDrawing };
  #qrModule?: typeof import('./qr.ts');
  #loadingQr = false;
  #pageSheet?: CSSStyleSheet;
  #failure = '';
  readonly #board: Task<readonly [string, string, boolean], Board | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly c: PrintContext,
  ) {
    this.#board = new Task(host, {
      task: async ([endpoint, board, signedIn], { signal }) => {
        this.#failure = '';
        if (!board || !signedIn) return undefined;
        try {
          return await new EndpointClient(endpoint).call(getBoard, { params: { board }, signal });
        } catch (error) {
          this.#failure = this.c.failed(error);
          throw error;
        }
      },
      args: () => [this.c.endpoint(), this.c.board(), this.c.signedIn()] as const,
    });
  }

  /** The address the poster's code opens: as typed, or the board's page. */
  get #posterAddress(): string {
    return (this.#address ?? this.#board.value?.pageUrl ?? '').trim();
  }

  #validAddress(address: string): boolean {
    return z.safeParse(PageUrl, address).success;
  }

  /** The QR code of an address (the QR library loads on first use: only a poster needs it). */
  #drawing(address: string): QrDrawing | undefined {
    if (this.#qr?.text === address) return this.#qr.drawing;
    if (!this.#qrModule) {
      if (!this.#loadingQr) {
        this.#loadingQr = true;
        void import('./qr.ts').then((module) => {
          this.#qrModule = module;
          this.c.requestUpdate();
        });
      }
      return undefined;
    }
    this.#qr = { text: address, drawing: this.#qrModule.qrDrawing(address) };
    return this.#qr.drawing;
  }

  readonly #print = async (sheet: Sheet) => {
    const t = this.c.t();
    if (sheet === 'poster') {
      const address = this.#posterAddress;
      if (!this.#validAddress(address)) {
        this.#addressError = t('print.addressInvalid');
        this.c.requestUpdate();
        this.c.focus('#poster-address');
        return;
      }
      // The code must be drawn before the print dialog opens.
      if (!this.#qrModule) this.#qrModule = await import('./qr.ts');
    }
    this.#printing = sheet;
    this.host.setAttribute(PRINT_ATTRIBUTE, sheet);
    this.#pageSheet ??= pageSheet();
    if (!document.adoptedStyleSheets.includes(this.#pageSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#pageSheet];
    window.addEventListener('afterprint', this.#printed, { once: true });
    this.c.requestUpdate();
    await this.host.updateComplete;
    this.c.announce(t(sheet === 'form' ? 'print.printingForm' : 'print.printingPoster'));
    window.print();
  };

  /** Printing ended (printed or cancelled): the page prints as itself again. */
  readonly #printed = () => {
    const sheet = this.#printing;
    this.#printing = undefined;
    this.host.removeAttribute(PRINT_ATTRIBUTE);
    if (this.#pageSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== this.#pageSheet);
    this.c.requestUpdate();
    if (sheet) this.c.focus(`#print-${sheet}`);
  };

  /** Ends printing at once (the element left the page). */
  stop(): void {
    window.removeEventListener('afterprint', this.#printed);
    this.#printed();
  }

  #paperForm(board: Board) {
    const t = this.c.t();
    const level = this.c.headingLevel();
    return html`<article class="sheet paper ${this.#printing === 'form' ? 'printing' : ''}" part="paper-form" aria-labelledby="paper-title">
      ${heading(level, html`<span dir="auto">${board.title}</span>`, { id: 'paper-title', className: 'sheet-title', offset: 2 })}
      <p class="sheet-lead">${t('paper.intro')}</p>
      ${board.categories.length
        ? html`<p class="sheet-label" id="paper-categories">${t('paper.categories')}</p>
            <ul class="ticks" aria-labelledby="paper-categories">
              ${board.categories.map((category) => html`<li><span class="box" aria-hidden="true"></span><span dir="auto">${category.label}</span></li>`)}
            </ul>`
        : nothing}
      <p class="sheet-label">${t('paper.write')}</p>
      <div class="write" aria-hidden="true">${Array.from({ length: writingLines(board.categories.length) }, () => html`<div class="line"></div>`)}</div>
      <p class="privacy">
        ${t('paper.privacy')} ${board.moderation === 'before' ? t('paper.privacyChecked') : nothing} ${board.showChannel ? t('paper.privacyChannel') : nothing}
      </p>
      ${this.#returnTo.trim() ? html`<p class="return">${translateIsolated(t, 'paper.returnTo', { place: html`<span dir="auto">${this.#returnTo.trim()}</span>` })}</p>` : nothing}
      <p class="thanks">${t('paper.thanks')}</p>
      <p class="for-staff">${translateIsolated(t, 'paper.forStaff', { board: board.id })}</p>
    </article>`;
  }

  #poster(board: Board, address: string, drawing: QrDrawing) {
    const t = this.c.t();
    const level = this.c.headingLevel();
    return html`<article class="sheet poster ${this.#printing === 'poster' ? 'printing' : ''}" part="poster" aria-labelledby="poster-title">
      ${heading(level, t('poster.headline'), { id: 'poster-title', className: 'poster-headline', offset: 2 })}
      <p class="poster-question" dir="auto">${board.title}</p>
      <svg class="qr" part="qr" role="img" aria-label=${t('poster.qr', { address })} viewBox="0 0 ${drawing.size} ${drawing.size}" shape-rendering="crispEdges" data-modules=${drawing.size}>
        ${svg`<rect width=${drawing.size} height=${drawing.size} fill="#fff"></rect><path d=${drawing.path} fill="#000"></path>`}
      </svg>
      <p class="poster-scan">${t('poster.scan')}</p>
      <p class="poster-type">${t('poster.type')}</p>
      <p class="poster-address" dir="ltr">${address}</p>
    </article>`;
  }

  #renderForm(board: Board) {
    const t = this.c.t();
    return html`<div class="print-part">
      ${heading(this.c.headingLevel(), t('print.form.heading'), { offset: 1 })}
      ${textField({
        id: 'return-to',
        label: t('print.returnTo'),
        hint: t('print.returnToHint'),
        maxlength: 200,
        value: this.#returnTo,
        onInput: (place) => {
          this.#returnTo = place;
          this.c.requestUpdate();
        },
      })}
      <button class="primary" id="print-form" type="button" @click=${() => void this.#print('form')}>${t('print.printForm')}</button>
      <div class="preview" role="group" aria-labelledby="form-preview-label">
        <p class="hint" id="form-preview-label">${t('print.formPreview')}</p>
        ${this.#paperForm(board)}
      </div>
    </div>`;
  }

  #renderPoster(board: Board) {
    const t = this.c.t();
    const address = this.#posterAddress;
    const valid = this.#validAddress(address);
    const drawing = valid ? this.#drawing(address) : undefined;
    const error = this.#addressError;
    return html`<div class="print-part">
      ${heading(this.c.headingLevel(), t('print.poster.heading'), { offset: 1 })}
      ${textField({
        id: 'poster-address',
        label: t('print.address'),
        hint: t('print.addressHint'),
        error: error ? { prefix: t('print.error.prefix'), text: error } : undefined,
        type: 'url',
        maxlength: 2000,
        value: this.#address ?? board.pageUrl ?? '',
        onInput: (address) => {
          this.#address = address;
          if (this.#addressError && this.#validAddress(this.#posterAddress)) this.#addressError = '';
          this.c.requestUpdate();
        },
      })}
      <button class="primary" id="print-poster" type="button" @click=${() => void this.#print('poster')}>${t('print.printPoster')}</button>
      <div class="preview" role="group" aria-labelledby="poster-preview-label">
        <p class="hint" id="poster-preview-label">${t('print.posterPreview')}</p>
        ${drawing ? this.#poster(board, address, drawing) : html`<p>${valid ? t('print.loading') : t('print.posterWaiting')}</p>`}
      </div>
    </div>`;
  }

  render() {
    const t = this.c.t();
    if (!this.c.board()) return nothing;
    return html`<section part="print-screen" aria-labelledby="print-heading">
      ${heading(this.c.headingLevel(), t('print.heading'), { id: 'print-heading' })}
      ${this.#board.render({
        pending: () => html`<p>${t('print.loading')}</p>`,
        complete: (board) =>
          board
            ? html`<p>${translateIsolated(t, 'print.intro', { board: html`<span dir="auto">${board.title}</span>` })}</p>
                ${this.#renderForm(board)} ${this.#renderPoster(board)}`
            : nothing,
        error: () => html`<p class="error" role="alert">${this.#failure}</p>
          <button type="button" @click=${() => void this.#board.run()}>${t('retry')}</button>`,
      })}
    </section>`;
  }
}
