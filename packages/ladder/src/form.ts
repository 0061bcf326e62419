import { fieldDescription, heading, radioGroup, textField, type Translator } from '@copro/core';
import type { PrincipleId } from '@copro/protocol';
import { html, nothing } from 'lit';
import type { Shown, ShownLadder } from './labels.ts';

export interface Draft {
  role: string;
  now: string;
  /** Empty when the person is not sure. */
  aim: string;
  principles: Partial<Record<PrincipleId, number>>;
  comment: string;
}

export type DraftErrors = Partial<Record<'role' | 'now', string>>;

export interface FormInput {
  ladder: ShownLadder;
  /** The level of the element's title; the form's headings sit one below it. */
  level: number;
  draft: Draft;
  errors: DraftErrors;
  askPrinciples: boolean;
  /** The person has rated before: sending replaces that rating. */
  replacing: boolean;
  t: Translator;
  set: (change: Partial<Draft>) => void;
  /** Sets or clears one principle's score (reading the current draft, so quick changes add up). */
  score: (principle: PrincipleId, score: number | undefined) => void;
  submit: (event: SubmitEvent) => void;
  cancel?: () => void;
  focusField: (field: keyof DraftErrors) => void;
}

function errorSummary({ errors, level, t, focusField }: FormInput) {
  const fields = (Object.keys(errors) as (keyof DraftErrors)[]).filter((field) => errors[field]);
  if (!fields.length) return nothing;
  return html`
    <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" part="error-summary">
      ${heading(level, t('error.summary'), { id: 'error-summary-title', className: 'subheading', offset: 1 })}
      <ul>
        ${fields.map(
          (field) => html`<li>
            <a
              href="#${field}-group"
              @click=${(event: Event) => {
                event.preventDefault();
                focusField(field);
              }}
              >${errors[field]}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  `;
}

/** Who the person is: one radio per role of the ladder. */
function roleGroup({ ladder, draft, errors, t, set }: FormInput) {
  return radioGroup({
    name: 'role',
    legend: t('role.legend'),
    hint: t('role.hint'),
    error: fieldError(errors.role, t),
    items: ladder.roles.map((role) => ({ value: role.id, label: role.label })),
    value: draft.role,
    onChange: (role) => set({ role }),
  });
}

const fieldError = (text: string | undefined, t: Translator) => (text ? { prefix: t('error.prefix'), text } : undefined);

/**
 * "Where is this project now?": a native radio group, top rung first so the order read, the order
 * seen and the arrow keys agree. Each rung's description is visible and describes its radio.
 */
function nowGroup(input: FormInput) {
  const { ladder, draft, errors, t, set } = input;
  const described = fieldDescription('now', { hint: t('now.hint'), error: fieldError(errors.now, t) });
  const top = [...ladder.rungs].reverse();
  const count = ladder.rungs.length;
  return html`
    <fieldset id="now-group" class="ladder ${described.css}" aria-describedby=${described.ids} part="ladder">
      <legend>${t('now.legend')}</legend>
      ${described.parts}
      <div class="rungs">
        ${top.map((rung: Shown, index) => {
          const id = `now-${rung.id}`;
          return html`<div class="rung" data-rung=${count - index} part="rung">
            <input
              type="radio"
              name="now"
              id=${id}
              value=${rung.id}
              .checked=${draft.now === rung.id}
              aria-labelledby="${id}-label"
              aria-describedby=${rung.description ? `${id}-description` : nothing}
              @change=${() => set({ now: rung.id })}
            />
            <label for=${id}>
              <span class="rung-name" id="${id}-label">${rung.label}</span>
              ${rung.description ? html`<span class="rung-description" id="${id}-description">${rung.description}</span>` : nothing}
            </label>
          </div>`;
        })}
      </div>
    </fieldset>
  `;
}

/**
 * "Where should it be?": the same rungs, top first, as a compact list of their names. Each
 * description is shown once, in the question above; each radio is still described by it, so a
 * screen reader hears what the rung means here too.
 */
function aimGroup(input: FormInput) {
  const { ladder, draft, t, set } = input;
  const top = [...ladder.rungs].reverse();
  return html`
    <fieldset id="aim-group" class="aim" aria-describedby="aim-hint" part="aim">
      <legend>${t('aim.legend')}</legend>
      <p class="hint" id="aim-hint">${t('aim.hint')}</p>
      <div class="choices compact">
        ${top.map(
          (rung: Shown) => html`<div class="choice">
            <input
              type="radio"
              name="aim"
              id="aim-${rung.id}"
              value=${rung.id}
              .checked=${draft.aim === rung.id}
              aria-describedby=${rung.description ? `now-${rung.id}-description` : nothing}
              @change=${() => set({ aim: rung.id })}
            />
            <label for="aim-${rung.id}">${rung.label}</label>
          </div>`,
        )}
        <div class="choice unsure">
          <input type="radio" name="aim" id="aim-unsure" value="" .checked=${!draft.aim} @change=${() => set({ aim: '' })} />
          <label for="aim-unsure">${t('aim.unsure')}</label>
        </div>
      </div>
    </fieldset>
  `;
}

const scores = [1, 2, 3, 4, 5] as const;

/** A 1 to 5 score for each of the six principles, with the words of the Co-production Network for Wales audit. */
function principleGroups({ ladder, draft, level, t, score: choose }: FormInput) {
  return html`
    <section class="principles" aria-labelledby="principles-heading">
      ${heading(level, t('principles.heading'), { id: 'principles-heading', className: 'subheading', offset: 1 })}
      <p class="hint">${t('principles.hint')}</p>
      ${ladder.principles.map((principle) => {
        const chosen = draft.principles[principle.id];
        return html`<fieldset class="principle" aria-describedby="principle-${principle.id}-hint">
          <legend>${principle.label}</legend>
          <p class="hint" id="principle-${principle.id}-hint">${principle.description}</p>
          <div class="choices scores">
            ${scores.map(
              (score) => html`<div class="choice">
                <input
                  type="radio"
                  name="principle-${principle.id}"
                  id="principle-${principle.id}-${score}"
                  value=${score}
                  .checked=${chosen === score}
                  @change=${() => choose(principle.id, score)}
                />
                <label for="principle-${principle.id}-${score}">${t('score.option', { score, words: t(`score.${score}`) })}</label>
              </div>`,
            )}
            <div class="choice">
              <input
                type="radio"
                name="principle-${principle.id}"
                id="principle-${principle.id}-unsure"
                value=""
                .checked=${chosen === undefined}
                @change=${() => choose(principle.id, undefined)}
              />
              <label for="principle-${principle.id}-unsure">${t('score.unsure')}</label>
            </div>
          </div>
        </fieldset>`;
      })}
    </section>
  `;
}

/** The whole rating form. */
export function ratingForm(input: FormInput) {
  const { draft, t, set, submit, cancel, replacing, askPrinciples } = input;
  return html`
    <form novalidate @submit=${submit} part="form">
      ${errorSummary(input)} ${roleGroup(input)} ${nowGroup(input)} ${aimGroup(input)}
      ${askPrinciples ? principleGroups(input) : nothing}
      ${textField({
        id: 'comment',
        label: t('comment.label'),
        hint: t('comment.hint'),
        rows: 4,
        maxlength: 2000,
        value: draft.comment,
        onInput: (comment) => set({ comment }),
      })}
      ${replacing ? html`<p class="hint" id="replace-hint">${t('replace.hint')}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" part="submit" aria-describedby=${replacing ? 'replace-hint' : nothing}>${t('ladder.submit')}</button>
        ${cancel ? html`<button type="button" @click=${cancel}>${t('cancel')}</button>` : nothing}
      </div>
    </form>
  `;
}
