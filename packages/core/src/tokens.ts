import { css } from 'lit';

/**
 * Design tokens in two tiers. System tokens (`--copro-sys-*`) set the look of every element;
 * component tokens (`--copro-<thing>`) override one thing and fall back to the system token,
 * which falls back to a value here, so an element looks right with no theme loaded.
 *
 * Colours meet WCAG 2.2 AA contrast on the default background (text 4.5:1, controls 3:1).
 */
export const tokens = css`
  :host {
    --_text: var(--copro-color-text, var(--copro-sys-color-text, #0b0c0c));
    --_text-secondary: var(--copro-color-text-secondary, var(--copro-sys-color-text-secondary, #484949));
    --_background: var(--copro-color-background, var(--copro-sys-color-background, #ffffff));
    --_surface: var(--copro-color-surface, var(--copro-sys-color-surface, #f3f2f1));
    --_border: var(--copro-color-border, var(--copro-sys-color-border, #6f777b));
    --_accent: var(--copro-color-accent, var(--copro-sys-color-accent, #1d70b8));
    --_accent-text: var(--copro-color-accent-text, var(--copro-sys-color-accent-text, #ffffff));
    --_success: var(--copro-color-success, var(--copro-sys-color-success, #00703c));
    --_warning: var(--copro-color-warning, var(--copro-sys-color-warning, #8a4b00));
    --_error: var(--copro-color-error, var(--copro-sys-color-error, #d4351c));
    --_focus: var(--copro-color-focus, var(--copro-sys-color-focus, #ffdd00));
    --_focus-text: var(--copro-color-focus-text, var(--copro-sys-color-focus-text, #0b0c0c));
    --_font: var(--copro-font-family, var(--copro-sys-font-family, inherit));
    --_font-size: var(--copro-font-size, var(--copro-sys-font-size, 1rem));
    --_radius: var(--copro-radius, var(--copro-sys-radius, 4px));
    --_space: var(--copro-space, var(--copro-sys-space, 0.5rem));
    --_target: var(--copro-target-size, var(--copro-sys-target-size, 2.75rem));
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--copro-color-text, var(--copro-sys-color-text-dark, #f3f2f1));
      --_text-secondary: var(--copro-color-text-secondary, var(--copro-sys-color-text-secondary-dark, #c9c9c9));
      --_background: var(--copro-color-background, var(--copro-sys-color-background-dark, #1b1b1b));
      --_surface: var(--copro-color-surface, var(--copro-sys-color-surface-dark, #2b2b2b));
      --_border: var(--copro-color-border, var(--copro-sys-color-border-dark, #9a9a9a));
      --_accent: var(--copro-color-accent, var(--copro-sys-color-accent-dark, #8fc3ff));
      --_accent-text: var(--copro-color-accent-text, var(--copro-sys-color-accent-text-dark, #0b0c0c));
      --_success: var(--copro-color-success, var(--copro-sys-color-success-dark, #6fd38f));
      --_warning: var(--copro-color-warning, var(--copro-sys-color-warning-dark, #ffbf47));
      --_error: var(--copro-color-error, var(--copro-sys-color-error-dark, #ff8a80));
    }
  }
`;

/** Styles every element shares: box model, focus that survives forced colours, reduced motion, hidden text. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  p {
    margin: 0 0 var(--_space);
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: var(--_space);
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0 calc(var(--_space) * 2);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .error {
    color: var(--_error);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    button {
      border-color: ButtonText;
      forced-color-adjust: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
