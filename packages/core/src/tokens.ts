import { css } from 'lit';

/**
 * Design tokens in two tiers. System tokens (`--copro-sys-*`) set the look of every element;
 * component tokens (`--copro-<thing>`) override one thing and fall back to the system token,
 * which falls back to a value here, so an element looks right with no theme loaded.
 *
 * Colour scheme follows the host page, not the visitor's system alone: each colour is
 * `light-dark(light, dark)`, which the browser resolves with the `color-scheme` the element
 * inherits. A page that declares nothing gets the light colours whatever the system says; a page
 * that declares `color-scheme: dark` (in CSS, or `<meta name="color-scheme">`) gets the dark ones;
 * `light dark` follows the system, as the browser does for the page itself. A component token
 * (`--copro-color-text`) wins in both schemes. Browsers without `light-dark()` get the light colours.
 *
 * Every pair meets WCAG 2.2 AA in both schemes (text 4.5:1, controls and large text 3:1) on the
 * element's own background and on the page's white (light) or near-black (dark) one.
 *
 * Sizes follow the page's text (`em`) with floors, so a root font size of 62.5% (WordPress themes)
 * cannot shrink them: body text at least 16 px, no text under 14 px, targets at least 44 px.
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
    --_link: var(--copro-color-link, var(--copro-sys-color-link, #1d70b8));
    --_success: var(--copro-color-success, var(--copro-sys-color-success, #00703c));
    --_warning: var(--copro-color-warning, var(--copro-sys-color-warning, #8a4b00));
    --_error: var(--copro-color-error, var(--copro-sys-color-error, #ca3535));
    --_focus: var(--copro-color-focus, var(--copro-sys-color-focus, #ffdd00));
    --_focus-text: var(--copro-color-focus-text, var(--copro-sys-color-focus-text, #0b0c0c));
    /* The page's font, inherited; where the page sets none (the browser's serif default), a system
       sans-serif stack (HostFontController sets --_default-font then). */
    --_font: var(--copro-font-family, var(--copro-sys-font-family, var(--_default-font)));
    --_font-size: var(--copro-font-size, var(--copro-sys-font-size, max(1em, 16px)));
    --_font-size-small: max(0.875em, 14px);
    --_radius: var(--copro-radius, var(--copro-sys-radius, 4px));
    --_space: var(--copro-space, var(--copro-sys-space, max(0.5rem, 8px)));
    --_target: var(--copro-target-size, var(--copro-sys-target-size, max(2.75rem, 44px)));
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--copro-color-text, light-dark(var(--copro-sys-color-text, #0b0c0c), var(--copro-sys-color-text-dark, #f3f2f1)));
      --_text-secondary: var(--copro-color-text-secondary, light-dark(var(--copro-sys-color-text-secondary, #484949), var(--copro-sys-color-text-secondary-dark, #c9c9c9)));
      --_background: var(--copro-color-background, light-dark(var(--copro-sys-color-background, #ffffff), var(--copro-sys-color-background-dark, #1b1b1b)));
      --_surface: var(--copro-color-surface, light-dark(var(--copro-sys-color-surface, #f3f2f1), var(--copro-sys-color-surface-dark, #2b2b2b)));
      --_border: var(--copro-color-border, light-dark(var(--copro-sys-color-border, #6f777b), var(--copro-sys-color-border-dark, #9a9a9a)));
      --_accent: var(--copro-color-accent, light-dark(var(--copro-sys-color-accent, #1d70b8), var(--copro-sys-color-accent-dark, #8fc3ff)));
      --_accent-text: var(--copro-color-accent-text, light-dark(var(--copro-sys-color-accent-text, #ffffff), var(--copro-sys-color-accent-text-dark, #0b0c0c)));
      --_link: var(--copro-color-link, light-dark(var(--copro-sys-color-link, #1d70b8), var(--copro-sys-color-link-dark, #8fc3ff)));
      --_success: var(--copro-color-success, light-dark(var(--copro-sys-color-success, #00703c), var(--copro-sys-color-success-dark, #6fd38f)));
      --_warning: var(--copro-color-warning, light-dark(var(--copro-sys-color-warning, #8a4b00), var(--copro-sys-color-warning-dark, #ffbf47)));
      --_error: var(--copro-color-error, light-dark(var(--copro-sys-color-error, #ca3535), var(--copro-sys-color-error-dark, #ff8a80)));
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
  /* Headings in a scale relative to the element's own text, never smaller than it (the browser's
     h5 and h6 are smaller than body text). The level follows heading-level; the size follows the level. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 var(--_space);
    margin-inline: 0;
    line-height: 1.25;
    font-weight: 700;
  }
  h1 {
    font-size: 1.75em;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4,
  h5,
  h6 {
    font-size: 1.125em;
  }
  p {
    margin-block: 0 var(--_space);
    margin-inline: 0;
  }
  small,
  .small {
    font-size: var(--_font-size-small);
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--_space);
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  a {
    color: var(--_link);
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
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0;
    padding-inline: calc(var(--_space) * 2);
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
    inline-size: 1px !important;
    block-size: 1px !important;
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
  /* A field with an error, in the GOV.UK pattern: a bar beside it, and its control outlined in the error colour. */
  .field.invalid {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 2);
  }
  .field.invalid input {
    border-color: var(--_error);
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
