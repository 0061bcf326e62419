import { css } from 'lit';

/** The staff element's layout: fields, tables that scroll sideways inside a labelled region at 320 px, and the token panel. */
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
  input.token {
    min-block-size: var(--_target);
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    inline-size: 100%;
    box-sizing: border-box;
  }
  textarea {
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
    font: inherit;
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
