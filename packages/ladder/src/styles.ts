import { css } from 'lit';

/** The ladder's look. Colours come from the shared tokens; forced colours use system colours. */
export const ladderStyles = css`
  :host {
    --_series-0: var(--copro-ladder-series-1, var(--_accent));
    --_series-1: var(--copro-ladder-series-2, var(--_success));
    --_series-2: var(--copro-ladder-series-3, var(--_warning));
    --_series-3: var(--copro-ladder-series-4, var(--_text-secondary));
    --_rail: var(--copro-ladder-rail, var(--_border));
  }
  /* Heading levels follow the page (heading-level), so their size follows their place in the ladder. */
  :is(h1, h2, h3, h4, h5, h6) {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    line-height: 1.25;
    font-size: 1em;
  }
  [part='title'] {
    margin-block-start: 0;
    font-size: 1.5em;
  }
  .subheading {
    font-size: 1.17em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .hint {
    color: var(--_text-secondary);
  }
  fieldset {
    margin: 0 0 calc(var(--_space) * 3);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    font-size: 1.125em;
    padding: 0;
    margin-block-end: var(--_space);
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
  }
  .error-summary .subheading {
    margin-block-start: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  input[type='radio'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }
  .choices {
    display: grid;
    gap: var(--_space);
  }
  .choice,
  .rung {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .choice label {
    padding-block-start: 0.125em;
  }
  /* The ladder: two rails, and each rung a bar across them. */
  .rungs {
    display: grid;
    border-inline: 6px solid var(--_rail);
    border-radius: var(--_radius);
  }
  .rung {
    position: relative;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-block-end: 4px solid var(--_rail);
    background: var(--_background);
  }
  .rung:last-child {
    border-block-end: 0;
  }
  .rung:has(input:checked) {
    background: var(--_surface);
    box-shadow: inset 6px 0 0 var(--_accent);
  }
  .rung label {
    display: grid;
    gap: 0.125em;
    cursor: pointer;
    flex: 1;
    min-inline-size: 0;
  }
  .rung-name {
    font-weight: 700;
  }
  /* Staff: the comments left with ratings. */
  .staff-comments {
    margin-block-start: calc(var(--_space) * 3);
  }
  ol.comments {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  ol.comments > li {
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_rail);
  }
  ol.comments .comment {
    margin: 0 0 calc(var(--_space) / 2);
    white-space: pre-line;
  }
  /* The second question: the rung names only (each description is in the first question). */
  .choices.compact {
    gap: calc(var(--_space) / 2);
  }
  .choices.compact .choice {
    min-block-size: 1.75em;
  }
  .choices.compact .unsure {
    margin-block-start: calc(var(--_space) / 2);
    padding-block-start: var(--_space);
    border-block-start: 2px dashed var(--_rail);
  }
  .principle .scores {
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
  }
  .field {
    margin-block-end: calc(var(--_space) * 3);
  }
  .field > label {
    font-size: 1.125em;
    margin-block-end: var(--_space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
  }
  .thanks {
    border-inline-start: 6px solid var(--_success);
    padding-inline-start: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
  }
  #thanks-heading:focus {
    outline: none;
  }
  #thanks-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .results {
    margin-block-start: calc(var(--_space) * 3);
  }
  .question {
    margin-block-end: calc(var(--_space) * 4);
  }
  .gap {
    font-size: 1.125em;
    font-weight: 700;
  }
  .medians-heading {
    margin-block-end: 0;
  }
  .medians {
    margin: 0 0 calc(var(--_space) * 2);
    padding-inline-start: 1.25em;
  }
  .chart {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  svg {
    display: block;
    max-inline-size: 100%;
    overflow: visible;
    /* The chart places its texts with explicit anchors (see chart.ts), the same in every engine. */
    direction: ltr;
  }
  svg text {
    unicode-bidi: plaintext;
  }
  svg text {
    fill: var(--_text);
    font: inherit;
  }
  .count {
    font-size: var(--_font-size-small);
  }
  .rung-label {
    font-weight: 700;
  }
  .series-0 {
    color: var(--_series-0);
  }
  .series-1 {
    color: var(--_series-1);
  }
  .series-2 {
    color: var(--_series-2);
  }
  .series-3 {
    color: var(--_series-3);
  }
  /* Hatched and dotted bars take their fill from the pattern named in the markup. */
  .bar {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .bar.series-0 {
    fill: currentColor;
  }
  .bar.series-2 {
    fill: var(--_background);
    stroke-width: 2;
  }
  .pattern-ground {
    fill: var(--_background);
  }
  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  table {
    margin-block-end: calc(var(--_space) * 2);
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    border-block-end-width: 2px;
  }
  .credit {
    margin-block-start: calc(var(--_space) * 2);
    font-size: var(--_font-size-small);
    color: var(--_text-secondary);
  }
  a:focus-visible {
    color: var(--_focus-text);
    background: var(--_focus);
  }

  @media (forced-colors: active) {
    /* Bars keep their patterns (solid, hatched, outline, dotted) but take the user's colours. */
    svg {
      forced-color-adjust: none;
    }
    .series-0,
    .series-1,
    .series-2,
    .series-3 {
      color: CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
    .pattern-ground,
    .bar.series-2 {
      fill: Canvas;
    }
    .rung:has(input:checked) {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    .rungs,
    .rung {
      border-color: CanvasText;
    }
  }
  @media print {
    .actions,
    button {
      display: none;
    }
  }
  /* The gap is the headline of each question: at body size, straight under its heading. */
  .gap-headline {
    margin-top: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .self-declared,
  .withheld {
    color: var(--_text-secondary);
  }
  /* Staff only: the groups the public cannot see yet, set apart from the results everyone sees. */
  .hidden-from-public {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
  }
  .hidden-from-public ul {
    margin: 0;
  }
  details.numbers > summary {
    cursor: pointer;
    min-height: 24px;
    color: var(--_accent);
    text-decoration: underline;
  }
`;
