import { heading, type Translator } from '@copro/core';
import type { LadderSummary } from '@copro/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { spreadChart, spreadTable } from './chart.ts';
import type { Shown, ShownLadder } from './labels.ts';
import { gapBetween, spreads, withheldRoles, type Question, type Spread } from './results.ts';

export interface ResultsInput {
  ladder: ShownLadder;
  /** The level of the element's title; each question's heading sits two below it, under "Results". */
  level: number;
  summary: LadderSummary;
  /** Results read with a staff token: the note naming the roles the public cannot see yet (from the staff module). */
  staffNote?: TemplateResult | typeof nothing;
  staffRole: string;
  livedRole: string;
  width: number;
  fontSize: number;
  /** Right to left: the chart's labels and bars start at its right edge. */
  rtl: boolean;
  t: Translator;
}

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A role as a group of people, for use inside a sentence ("people who use the service"). */
export function groupName(role: Shown, t: Translator): string {
  const key = `group.${role.id}`;
  const words = role.standard ? t(key) : key;
  return words === key ? role.label : words;
}

/** The one plain sentence about the gap between the staff view and the lived-experience view. */
export function gapSentence(question: Question, all: readonly Spread[], input: ResultsInput): string | undefined {
  const { ladder, staffRole, livedRole, t } = input;
  const staff = ladder.roles.find((role) => role.id === staffRole);
  const lived = ladder.roles.find((role) => role.id === livedRole);
  if (!staff || !lived) return undefined;
  const names = { staff: groupName(staff, t), lived: groupName(lived, t) };
  const gap = gapBetween(all, staffRole, livedRole);
  const rung = (index: number) => ladder.rungs[index].label;
  switch (gap.kind) {
    case 'both-missing':
      return question === 'now' ? capitalise(t('gap.none', names)) : undefined;
    case 'missing': {
      if (question !== 'now') return undefined;
      const missingRole = gap.missing === 'staff' ? staffRole : livedRole;
      const key = input.summary.byRole[missingRole]?.withheld ? 'gap.withheld' : 'gap.missing';
      return capitalise(t(key, { ...names, group: names[gap.missing] }));
    }
    case 'same':
      return capitalise(t(`gap.${question}.same`, { ...names, rung: rung(gap.rung) }));
    case 'apart':
      return capitalise(
        t(`gap.${question}.${gap.livedHigher ? 'higher' : 'lower'}`, {
          ...names,
          staffRung: rung(gap.staff),
          livedRung: rung(gap.lived),
          count: gap.distance,
        }),
      );
  }
}

function question(which: Question, input: ResultsInput) {
  const { ladder, summary, level, width, fontSize, rtl, t } = input;
  const all = spreads(summary, ladder.rungs, ladder.roles, which);
  if (!all.some((spread) => spread.answered > 0)) return nothing;
  const roleName = (role: Shown) => capitalise(groupName(role, t));
  const sentence = gapSentence(which, all, input);
  const chart = { question: which, rungs: ladder.rungs, spreads: all, roleName, t };
  return html`
    <section class="question" aria-labelledby="${which}-results-heading">
      ${heading(level, t(`chart.${which}.title`), { id: `${which}-results-heading`, offset: 2 })}
      ${sentence ? html`<p class="gap gap-headline" part="gap">${sentence}</p>` : nothing}
      <p class="medians-heading">${t('median.heading')}</p>
      <ul class="medians">
        ${all.map((spread) => html`<li>
          ${spread.median >= 0
            ? t('median.item', { role: roleName(spread.role), rung: ladder.rungs[spread.median].label, count: spread.answered })
            : t('median.none', { role: roleName(spread.role) })}
        </li>`)}
      </ul>
      ${spreadChart({ ...chart, width, fontSize, rtl })}
      <details class="numbers">
        <summary>${t(`table.${which}.show`)}</summary>
        ${spreadTable(chart)}
      </details>
    </section>
  `;
}

function principlesTable({ ladder, summary, t }: ResultsInput) {
  const roles = ladder.roles.filter((role) => Object.keys(summary.byRole[role.id]?.principles ?? {}).length > 0);
  if (!roles.length) return nothing;
  return html`
    <section class="question" aria-labelledby="principles-results-heading">
      <div class="table-wrap">
        <table>
          <caption id="principles-results-heading">${t('principles.results.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('principles.results.principle')}</th>
              ${roles.map((role) => html`<th scope="col">${capitalise(groupName(role, t))}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${ladder.principles.map(
              (principle) => html`<tr>
                <th scope="row">${principle.label}</th>
                ${roles.map((role) => {
                  const mean = summary.byRole[role.id]?.principles[principle.id];
                  return html`<td>${mean === undefined ? t('principles.results.empty') : t.number(mean, { maximumFractionDigits: 1 })}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>
  `;
}

/** Results by role: the gap sentence, the middle answers, a chart and a table per question, and principle scores. */
export function resultsView(input: ResultsInput) {
  const { summary, t } = input;
  if (!summary.total) return html`<p class="total">${t('results.none')}</p>`;
  const withheld = withheldRoles(summary, input.ladder.roles);
  return html`
    <p class="total">${t('results.total', { count: summary.total })}</p>
    <p class="self-declared">${t('results.selfDeclared')}</p>
    ${input.staffNote ?? nothing}
    ${withheld.length
      ? html`<ul class="withheld">
          ${withheld.map(({ role, count }) => html`<li>${t('results.withheld', { role: capitalise(groupName(role, t)), count })}</li>`)}
        </ul>`
      : nothing}
    ${question('now', input)} ${question('aim', input)} ${principlesTable(input)}
  `;
}
