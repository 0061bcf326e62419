import { css } from 'lit';

export const questionStyles = css`
  :host {
    margin-block: var(--_space) calc(var(--_space) * 3);
    color: var(--_text-secondary);
  }
  [role='group'],
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .label {
    margin: 0;
    color: var(--_text);
    font-weight: 700;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  form {
    display: grid;
    gap: var(--_space);
    margin-block-start: var(--_space);
    max-inline-size: 40em;
  }
  label {
    color: var(--_text);
    font-weight: 700;
  }
  .hint {
    margin: 0;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 5em;
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .thanks {
    margin: 0;
    color: var(--_text);
  }
  .notice {
    margin: var(--_space) 0 0;
    color: var(--_text);
  }
  .error {
    margin: var(--_space) 0 0;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  /* Nothing to press on paper: the question is not printed. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
