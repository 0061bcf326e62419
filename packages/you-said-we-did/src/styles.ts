import { css } from 'lit';

/** The record's own styles; type, colours, focus and tables come from `@copro/core`'s base. */
export const recordStyles = css`
  .intro,
  .meta {
    color: var(--_text-secondary);
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
  }
  tbody th {
    font-weight: 400;
  }
  td {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .pairs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .pair {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .pair.is-overdue {
    border-inline-start-color: var(--_warning);
  }
  .pair p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .label,
  .status {
    font-weight: 700;
  }
  .overdue {
    font-weight: 700;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
  }
`;
