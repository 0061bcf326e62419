import { css, html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

/**
 * Form fields in GOV.UK Frontend's anatomy, written once for every widget: a question (a label, or
 * a fieldset's legend), an optional hint, an optional error message that starts with a visually
 * hidden "Error:", and the control, described by the hint and the error (`aria-describedby`) and
 * marked `aria-invalid` while in error. The wrapper is `.field`, `.field.invalid` in error (the
 * bar beside it comes from the base styles). Ids: a text field's hint and error are `ID-hint` and
 * `ID-error`; a radio group is the fieldset `NAME-group`, its hint and error `NAME-hint` and
 * `NAME-error`, each radio `NAME-VALUE` unless its item gives an `id`.
 *
 * The helpers own no words: every label, hint and error (its prefix too) comes from the calling
 * package's messages. Labels and hints may be templates (for visually hidden context); text is
 * always rendered as text, never as HTML.
 */

/** An error at a field: `prefix` is the visually hidden "Error:" in the page's language. */
export interface FieldError {
  prefix: string;
  text: string;
}

export interface FieldParts {
  hint?: unknown;
  error?: FieldError;
}

export interface TextFieldOptions extends FieldParts {
  id: string;
  label: unknown;
  value: string;
  onInput(value: string): void;
  onBlur?(): void;
  /** A text area of this many rows; without it, a one-line input. */
  rows?: number;
  /** The input's type (default `text`); a `url` is written left to right and not spell-checked, a `date` is the browser's date picker, what people write follows its own direction (`dir="auto"`). */
  type?: 'text' | 'url' | 'date';
  maxlength?: number;
  /** A `part` name for the control (documented by the element that renders it). */
  part?: string;
  disabled?: boolean;
}

export interface RadioItem<V extends string> {
  value: V;
  label: unknown;
  /** The radio's id when `NAME-VALUE` will not do (an empty value, say). */
  id?: string;
}

export interface RadioGroupOptions<V extends string> extends FieldParts {
  /** The radios' name, and the start of every id in the group. */
  name: string;
  legend: unknown;
  items: readonly RadioItem<V>[];
  /** The chosen value (none chosen: undefined). */
  value: V | undefined;
  onChange(value: V): void;
}

/**
 * The hint and error of a field whose ids start with `base`, for a widget that lays out its own
 * control (a ladder's rungs, say): `parts` to render after the question, `ids` for the control's
 * or fieldset's `aria-describedby`, and `css`, the wrapper's classes.
 */
export function fieldDescription(base: string, { hint, error }: FieldParts) {
  return {
    ids: [hint ? `${base}-hint` : '', error ? `${base}-error` : ''].join(' ').trim() || nothing,
    css: error ? 'field invalid' : 'field',
    parts: html`${hint ? html`<div class="hint" id="${base}-hint">${hint}</div>` : nothing}${error
      ? html`<p class="error" id="${base}-error"><span class="visually-hidden">${error.prefix}</span> ${error.text}</p>`
      : nothing}`,
  };
}

const textarea = literal`textarea`;
const input = literal`input`;

/** A labelled one-line input or text area (`rows`), with its hint and error. */
export function textField(o: TextFieldOptions) {
  const d = fieldDescription(o.id, o);
  const tag = o.rows ? textarea : input;
  const url = o.type === 'url';
  // One template for both controls: an input ignores `</input>`, and unset attributes are left out.
  return html`<div class=${d.css}>
    <label for=${o.id}>${o.label}</label>
    ${d.parts}
    ${staticHtml`<${tag}
      id=${o.id}
      part=${o.part ?? nothing}
      type=${o.rows ? nothing : (o.type ?? 'text')}
      rows=${o.rows ?? nothing}
      dir=${url ? 'ltr' : o.type === 'date' ? nothing : 'auto'}
      spellcheck=${url ? 'false' : nothing}
      autocomplete="off"
      maxlength=${o.maxlength ?? nothing}
      aria-describedby=${d.ids}
      aria-invalid=${o.error ? 'true' : nothing}
      ?disabled=${o.disabled}
      .value=${o.value}
      @input=${(event: Event) => o.onInput((event.target as HTMLInputElement).value)}
      @blur=${o.onBlur}
    ></${tag}>`}
  </div>`;
}

/**
 * A question answered by one of a few radios: a fieldset (the field, described by its hint and
 * error) with its legend, which a form may focus (`tabindex="-1"`) to bring someone to the question.
 */
export function radioGroup<V extends string>(o: RadioGroupOptions<V>) {
  const d = fieldDescription(o.name, o);
  return html`<fieldset id="${o.name}-group" class=${d.css} aria-describedby=${d.ids}>
    <legend tabindex="-1">${o.legend}</legend>
    ${d.parts}
    <div class="choices">
      ${o.items.map((item) => {
        const id = item.id ?? `${o.name}-${item.value}`;
        return html`<div class="choice">
          <input type="radio" id=${id} name=${o.name} value=${item.value} .checked=${o.value === item.value} @change=${() => o.onChange(item.value)} />
          <label for=${id}>${item.label}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/**
 * The fields' look, after the base styles (which give `.error`, `.visually-hidden` and the
 * `.field.invalid` bar): bold questions, a quieter hint, controls at least 44 px high with a 2 px
 * border in the theme's colours (system colours in forced colours), radios whose whole row is a
 * 44 px target, and nothing wider than its container at 320 px. An element's own styles, after
 * these, may set the spacing.
 */
export const fieldStyles = css`
  .field > label,
  legend {
    display: block;
    font-weight: 700;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }
  fieldset.field {
    margin-inline: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field .hint {
    color: var(--_text-secondary);
    margin-block-end: var(--_space);
  }
  .field > input,
  .field > textarea,
  .field > select {
    /* Set, not inherited: content inside <details> inherits through the browser's own slot, which is content-box. */
    box-sizing: border-box;
    display: block;
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .field > textarea {
    max-inline-size: none;
    resize: vertical;
  }
  .field.invalid > textarea {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_target);
  }
  .choice input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
`;
