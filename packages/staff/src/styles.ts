import { css } from 'lit';

/** The staff element's layout (after core's `fieldStyles`): fields in a grid, tables that scroll sideways inside a labelled region at 320 px, and the token panel. */
export const staffStyles = css`
  :host {
    display: block;
  }
  section {
    margin-block-end: calc(var(--_space) * 4);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  form > button {
    justify-self: start;
  }
  .filters {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    align-items: end;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    max-inline-size: 30em;
  }
  label,
  legend {
    font-weight: 700;
  }
  .hint {
    color: var(--_text-secondary);
  }
  input[type='text'],
  input[type='password'],
  input[type='url'],
  input.token {
    min-block-size: var(--_target);
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    inline-size: 100%;
    box-sizing: border-box;
  }
  .evidence-form {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-inline-size: 36em;
  }
  .evidence-list {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .evidence-list > li {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space);
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .group-line {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .figures {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .figures dt {
    color: var(--_text-secondary);
  }
  .figures dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .caption {
    font-weight: 700;
  }
  .unbacked {
    margin: 0;
    font-weight: 700;
    color: var(--_warning);
  }
  input.days {
    inline-size: 8em;
  }
  input.token {
    font-family: ui-monospace, monospace;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space);
    align-items: center;
  }
  .choice input {
    inline-size: var(--_target);
    block-size: var(--_target);
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice .hint {
    grid-column: 2;
  }
  .buttons,
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .table-wrap {
    overflow-x: auto;
    margin-block-end: calc(var(--_space) * 2);
  }
  table {
    inline-size: 100%;
  }
  th,
  td {
    padding: var(--_space);
  }
  td.break {
    overflow-wrap: anywhere;
    min-inline-size: 10em;
  }
  .confirm p {
    margin-block-end: var(--_space);
  }
  .confirm {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  button.danger {
    background: var(--_error);
    border-color: var(--_error);
    color: var(--_accent-text);
  }
  .token-panel {
    border: 4px solid var(--_warning);
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
    display: grid;
    gap: var(--_space);
  }
  .warning {
    font-weight: 700;
  }
  .waiting {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    button.danger {
      border-color: ButtonText;
    }
    .token-panel {
      border-color: CanvasText;
    }
  }
`;

/**
 * Paper forms and posters: on screen each sheet shows as it prints, in a white "paper" box; in
 * print (while the host has `data-copro-print`) only the sheet being printed shows, black on white,
 * with type of 12 pt and more, tick boxes and the writing box drawn with borders (they print in
 * forced colours and without background graphics), and no control of the element.
 */
export const printStyles = css`
  .print-part {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
    justify-items: start;
  }
  .print-part > .field {
    inline-size: 100%;
  }
  .preview {
    inline-size: 100%;
    max-inline-size: 48em;
  }
  .preview > .hint {
    margin-block-end: var(--_space);
  }
  .sheet {
    box-sizing: border-box;
    background: #fff;
    color: #000;
    border: 1px solid #505a5f;
    padding: 2em;
    font-size: 1rem;
    line-height: 1.4;
    color-scheme: light;
  }
  .sheet p {
    margin-block: 0 0.75em;
  }
  .sheet .sheet-title {
    font-size: 1.75em;
    margin-block: 0 0.5em;
  }
  .sheet .sheet-lead,
  .sheet .sheet-label {
    font-weight: 700;
  }
  .sheet .ticks {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
    columns: 2 14em;
    column-gap: 2em;
  }
  .sheet .ticks li {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2em;
    break-inside: avoid;
  }
  .sheet .box {
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    border: 2px solid currentColor;
    box-sizing: border-box;
  }
  .sheet .write {
    border: 2px solid currentColor;
    padding: 0 0.75em;
    margin-block-end: 1em;
  }
  .sheet .line {
    block-size: 2.25em;
    border-block-end: 1px dotted currentColor;
  }
  .sheet .line:last-child {
    border-block-end: 0;
  }
  .sheet .return {
    font-weight: 700;
    font-size: 1.15em;
  }
  .sheet .for-staff {
    border-block-start: 1px solid currentColor;
    padding-block-start: 0.5em;
    margin-block: 1em 0;
  }
  .poster {
    text-align: center;
  }
  .poster .poster-headline {
    font-size: 2.5em;
    margin-block: 0 0.25em;
  }
  .poster .poster-question {
    font-size: 1.6em;
    font-weight: 700;
  }
  .poster .qr {
    display: block;
    inline-size: min(100%, 18em);
    block-size: auto;
    aspect-ratio: 1;
    margin: 1em auto;
    /* A QR code stays dark on light for cameras, whatever the colours around it. */
    forced-color-adjust: none;
  }
  .poster .poster-scan {
    font-size: 1.25em;
  }
  .poster .poster-address {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .sheet {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
  @media print {
    :host([data-copro-print]) {
      display: block !important;
      background: #fff;
      color: #000;
    }
    /* Only the sheet being printed: every element that neither is it, holds it nor is in it goes. */
    :host([data-copro-print]) :not(:has(.sheet.printing), .sheet.printing, .sheet.printing *) {
      display: none !important;
    }
    :host([data-copro-print]) :has(.sheet.printing) {
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      max-inline-size: none !important;
    }
    .sheet.printing {
      inline-size: min(100%, 186mm);
      border: 0;
      padding: 0;
      font-size: 14pt;
      line-height: 1.35;
      break-inside: avoid;
    }
    .sheet.printing .for-staff {
      font-size: 12pt;
    }
    .sheet.printing .write .line {
      block-size: 11mm;
    }
    .poster.printing .poster-headline {
      font-size: 40pt;
    }
    .poster.printing .poster-question {
      font-size: 24pt;
    }
    .poster.printing .qr {
      inline-size: 110mm;
    }
    .poster.printing .poster-scan,
    .poster.printing .poster-type {
      font-size: 18pt;
    }
    .poster.printing .poster-address {
      font-size: 20pt;
    }
  }
`;
