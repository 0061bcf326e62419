import { css } from 'lit';

/**
 * The switch: a labelled button with a track and thumb. The thumb's position and the visible
 * "On"/"Off" carry the state, not colour alone; in forced colours the track and thumb use system colours.
 */
export const switchStyles = css`
  :host {
    display: inline-block;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding: 0 calc(var(--_space) * 1.5);
    color: var(--_text);
    border-color: var(--_border);
    text-align: start;
  }
  .label {
    font-weight: 700;
  }
  .track {
    position: relative;
    flex: none;
    inline-size: 2.75em;
    block-size: 1.5em;
    border: 2px solid currentColor;
    border-radius: 0.75em;
    background: var(--_background);
  }
  .thumb {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: calc(1.5em - 8px);
    block-size: calc(1.5em - 8px);
    border-radius: 50%;
    background: currentColor;
    transition: transform 0.15s ease-out;
  }
  [aria-checked='true'] .track {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  [aria-checked='true'] .thumb {
    background: var(--_accent-text);
    transform: translateX(1.25em);
  }
  .state {
    min-inline-size: 3ch;
  }
  :host(:dir(rtl)) [aria-checked='true'] .thumb {
    transform: translateX(-1.25em);
  }
  @media (forced-colors: active) {
    .track,
    [aria-checked='true'] .track {
      border-color: ButtonText;
      background: Canvas;
    }
    .thumb {
      background: ButtonText;
    }
    [aria-checked='true'] .track {
      background: Highlight;
      border-color: Highlight;
    }
    [aria-checked='true'] .thumb {
      background: HighlightText;
    }
  }
  /* A printed page has the version on show, and nothing to press: the switch is not printed. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
