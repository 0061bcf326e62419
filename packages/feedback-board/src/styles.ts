import { css } from 'lit';

/** The board's look. Only `--_*` private tokens from `@copro/core` and `--copro-*` custom properties. */
export const boardStyles = css`
  :host {
    --_badge-background: var(--copro-board-badge-background, var(--_surface));
    max-inline-size: var(--copro-board-max-width, 48em);
  }
  section + section {
    margin-block-start: calc(var(--_space) * 4);
  }
  label,
  .label {
    display: block;
    font-weight: 700;
    margin-block-end: calc(var(--_space) / 2);
  }
  .hint {
    color: var(--_text-secondary);
    margin-block-end: var(--_space);
  }
  .field {
    margin-block-end: calc(var(--_space) * 3);
  }
  textarea,
  input,
  select {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_background);
  }
  textarea {
    min-block-size: 8em;
    resize: vertical;
  }
  select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .count {
    margin-block-start: calc(var(--_space) / 2);
    color: var(--_text-secondary);
  }
  .count.over {
    color: var(--_error);
    font-weight: 700;
  }
  .trap {
    position: absolute;
    /* Physical on purpose: off the left edge in either direction. inset-inline-start would put it
       off the right edge of a right-to-left page, which then scrolls sideways. */
    left: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  .notice,
  .warning {
    border-inline-start: 5px solid var(--_accent);
    padding: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
    background: var(--_surface);
  }
  .warning {
    border-color: var(--_warning);
  }
  .confirmation {
    border: 5px solid var(--_success);
    padding: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
  }
  .confirmation :is(h2, h3, h4, h5, h6) {
    margin-block-start: 0;
  }
  .notice.error-notice {
    border-color: var(--_error);
  }
  .actions,
  .controls,
  .support-row,
  .staff-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
  }
  .controls {
    align-items: flex-end;
    margin-block-end: calc(var(--_space) * 3);
  }
  .controls .field {
    margin: 0;
    /* A flex item will not shrink below its select's longest option unless told it may (320 px). */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  ul.posts,
  ul.similar {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .post {
    border-block-start: 1px solid var(--_border);
    padding: calc(var(--_space) * 2) 0;
  }
  .post:focus {
    outline: 3px solid var(--_focus);
  }
  .post-heading {
    /* A post's heading: above body text in the scale, whatever its level. */
    font-size: 1.125em;
  }
  .meta {
    color: var(--_text-secondary);
  }
  .body {
    white-space: pre-line;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .badge,
  .status {
    display: inline-block;
    padding: 0 var(--_space);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_badge-background);
    font-weight: 700;
  }
  .status {
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_accent);
  }
  .status-done {
    border-color: var(--_success);
  }
  .status-not-doing {
    border-color: var(--_error);
  }
  /* Red text on the badge grey falls short of 4.5:1: the border carries the colour instead. */
  .badge.error {
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_error);
  }
  .response {
    border-inline-start: 5px solid var(--_accent);
    padding: var(--_space) calc(var(--_space) * 2);
    margin: var(--_space) 0;
    background: var(--_surface);
  }
  .response .message {
    white-space: pre-line;
  }
  button.support[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.support[aria-pressed='true']::before {
    /* The tick is decoration: aria-pressed already says it; '/ ""' keeps it out of the button's name. */
    content: '✓ ';
    content: '✓ ' / '';
  }
  button.link {
    border: 0;
    padding: 0;
    min-inline-size: 0;
    text-decoration: underline;
    background: none;
  }
  /* "Report this post": quiet until used, so it does not compete with Support. */
  .report {
    margin-block-start: var(--_space);
  }
  button.quiet {
    background: none;
    border-color: transparent;
    text-decoration: underline;
    font-weight: 400;
  }
  button.quiet[aria-expanded='true'] {
    border-color: var(--_border);
  }
  fieldset {
    margin: var(--_space) 0 calc(var(--_space) * 2);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  fieldset.invalid {
    padding-inline-start: calc(var(--_space) * 2);
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    min-block-size: var(--_target);
  }
  .choice input[type='radio'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    min-block-size: 0;
    margin: 0.125em 0 0;
    padding: 0;
    accent-color: var(--_accent);
  }
  .choice label {
    padding-block-start: 0.125em;
  }
  .reported {
    margin-block-end: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
  }
  .reported-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .reported-list > li + li {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  .personal-flag {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: var(--_space);
  }
  .response-form {
    margin-block-start: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
  }
  .more {
    margin-block-start: calc(var(--_space) * 2);
  }
  .feed {
    margin-block-start: calc(var(--_space) * 3);
  }
  .feed a {
    /* A link on its own line: a 24 px target (WCAG 2.5.8), not only an inline word. */
    display: inline-block;
    min-block-size: 24px;
    padding: 2px 0;
  }
  @media (forced-colors: active) {
    .badge,
    .status,
    .response,
    .notice,
    .warning {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    button.support[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  .controls .indicative {
    flex-basis: 100%;
    margin: 0;
  }
  .one-address {
    color: var(--_warning);
  }
`;
