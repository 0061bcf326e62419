import { popoverPanelStyles } from '@copro/core';
import { css, unsafeCSS } from 'lit';

/**
 * One column that reflows down to 320 px; status colours always come with words and borders, so
 * nothing depends on colour alone (and forced colours keep every edge). A group is compact (26 of
 * them make a long page): its controls share a row where there is room and wrap below one another
 * where there is not; a read-only group's facts sit beside their names in a wide list. Print shows
 * every group with its hint and note as text and leaves out the controls.
 */
export const checklistStyles = css`
  :host {
    --_present: var(--copro-room-present, var(--_success));
    --_invited: var(--copro-room-invited, var(--_accent));
    --_missing: var(--copro-room-missing, var(--_warning));
  }
  .intro {
    color: var(--_text-secondary);
  }
  .summary {
    margin: calc(var(--_space) * 2) 0;
  }
  .summary-sentence {
    font-weight: 700;
  }
  .bar {
    display: flex;
    block-size: 1.25em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_background);
  }
  .bar span {
    display: block;
    block-size: 100%;
  }
  .bar .present {
    background: var(--_present);
  }
  .bar .invited {
    background: repeating-linear-gradient(45deg, var(--_invited) 0 4px, var(--_background) 4px 7px);
  }
  .bar .missing {
    background: var(--_surface);
  }
  .bar span + span {
    border-inline-start: 2px solid var(--_border);
  }
  .filter {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 1.5em;
  }
  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
  .stale p {
    margin: 0;
  }

  .groups {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 3);
    padding: 0;
    display: grid;
    gap: var(--_space);
    container-type: inline-size;
  }
  .group {
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_background);
  }
  .group > :last-child {
    margin-block-end: 0;
  }
  .group.present {
    border-inline-start-color: var(--_present);
  }
  .group.invited {
    border-inline-start-color: var(--_invited);
  }
  .group.missing,
  .group.unknown {
    border-inline-start-color: var(--_missing);
  }
  .group.filtered-out,
  .print-only {
    display: none;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  .group-head > :first-child {
    flex: 1 1 12em;
    margin-block-end: 0;
  }
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 var(--_space);
    font-size: var(--_font-size-small);
    font-weight: 700;
    white-space: nowrap;
  }
  .custom,
  .field .hint,
  .state {
    color: var(--_text-secondary);
    font-size: max(0.9375em, 14px);
  }
  .custom,
  .state {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space) calc(var(--_space) * 1.5);
    margin-block-start: var(--_space);
  }
  .controls .field {
    margin: 0;
  }
  .status-field {
    flex: 1 1 12em;
    max-inline-size: 20em;
  }
  .note-field[hidden] {
    display: none;
  }
  .field {
    margin: var(--_space) 0;
  }
  .field > textarea,
  .field > input,
  .field > select {
    max-inline-size: 32em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: var(--_space) 0;
  }
  .hint-panel {
    ${unsafeCSS(popoverPanelStyles)}
  }
  .hint-panel p {
    margin: 0;
  }
  .note-text {
    white-space: pre-wrap;
  }
  dl {
    margin: var(--_space) 0 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 var(--_space);
  }
  @container (min-width: 36em) {
    .group > dl {
      display: grid;
      grid-template-columns: minmax(auto, 12em) 1fr;
      gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    }
    .group > dl dd {
      margin: 0;
    }
  }
  .conflict {
    border: 3px solid var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: var(--_space) 0;
  }
  .conflict-title {
    font-weight: 700;
  }
  .versions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .version {
    flex: 1 1 14em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .add,
  .export {
    border-block-start: 2px solid var(--_border);
    padding-block-start: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 2);
  }
  .add .error {
    margin: calc(var(--_space) / 2) 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    min-block-size: var(--_target);
    display: list-item;
    padding-block: var(--_space);
    color: var(--_link);
  }
  .export ul {
    padding-inline-start: 1.25em;
  }
  .export li {
    margin-block-end: var(--_space);
  }
  .export a {
    display: inline-block;
    padding-block: 0.25em;
  }
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .bar .present {
      background: Highlight;
    }
    .bar .invited {
      background: repeating-linear-gradient(45deg, CanvasText 0 4px, Canvas 4px 7px);
    }
    .bar .missing {
      background: Canvas;
    }
    .bar span + span {
      border-inline-start-color: CanvasText;
    }
    .group,
    .version,
    .conflict,
    .badge {
      border-color: CanvasText;
    }
  }
  @media print {
    .group.filtered-out,
    .print-only {
      display: block;
    }
    .group {
      break-inside: avoid;
    }
    button,
    select,
    textarea,
    .controls,
    .note-field,
    .filter,
    .stale,
    .add,
    .export,
    .hint-panel,
    .no-print {
      display: none !important;
    }
  }
  /* The public summary: short lists that wrap like a sentence, not a card per group. */
  .public-list ul.names {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Names read as a sentence: "Young people, Welsh speakers, Unpaid carers". */
  .public-list ul.names li {
    display: inline;
  }
  .public-list ul.names li:not(:last-child)::after {
    content: ', ';
  }
  .public-list + .public-list,
  .public-notes {
    margin-top: var(--_space);
  }
  .public-notes dt {
    font-weight: 700;
  }
  .public-notes dd {
    margin: 0 0 var(--_space);
  }
  .invite {
    margin-top: calc(var(--_space) * 2);
    font-weight: 700;
  }
`;
