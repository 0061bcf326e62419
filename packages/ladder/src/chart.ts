import type { Translator } from '@copro/core';
import { html, nothing, svg } from 'lit';
import type { Shown } from './labels.ts';
import type { Question, Spread } from './results.ts';

/** Roles are told apart by fill pattern as well as colour, so the chart works without colour and in forced colours. */
export const SERIES = 4;
const seriesOf = (index: number) => `series-${index % SERIES}`;

/** A small sample of a role's bar, for the legend. */
function swatch(question: Question, index: number) {
  return html`<svg class="swatch" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
    ${patterns(`${question}-legend-${index}`)}
    ${bar(`${question}-legend-${index}`, index, 1, 1, 22, 14)}
  </svg>`;
}

function patterns(prefix: string) {
  return svg`<defs>
    <pattern id="${prefix}-hatch" class="series-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" class="pattern-ground"></rect>
      <rect width="3" height="6" fill="currentColor"></rect>
    </pattern>
    <pattern id="${prefix}-dots" class="series-3" width="5" height="5" patternUnits="userSpaceOnUse">
      <rect width="5" height="5" class="pattern-ground"></rect>
      <circle cx="2.5" cy="2.5" r="1.5" fill="currentColor"></circle>
    </pattern>
  </defs>`;
}

function bar(prefix: string, index: number, x: number, y: number, width: number, height: number) {
  const series = index % SERIES;
  const fill = series === 1 ? `url(#${prefix}-hatch)` : series === 3 ? `url(#${prefix}-dots)` : undefined;
  return svg`<rect class="bar ${seriesOf(index)}" x=${x} y=${y} width=${Math.max(0, width)} height=${height} fill=${fill ?? nothing}></rect>`;
}

/** Shortens text that cannot fit in `width` pixels; the table beside the chart has the full words. */
function fit(text: string, width: number, fontSize: number): string {
  const room = Math.max(4, Math.floor(width / (fontSize * 0.55)));
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
}

export interface ChartInput {
  question: Question;
  /** Bottom to top. */
  rungs: readonly Shown[];
  spreads: readonly Spread[];
  /** Each role's name as a heading or legend entry. */
  roleName: (role: Shown) => string;
  width: number;
  fontSize: number;
  /**
   * Right to left: rows start at the right edge. The SVG itself is drawn left to right with
   * explicit anchors (engines disagree on how `direction` moves an SVG text's anchor), and each
   * text keeps its own reading order inside.
   */
  rtl?: boolean;
  t: Translator;
}

/**
 * A bar chart of one question: a row per rung, top rung first like the ladder, with a bar per
 * role. It is an image with a name; its numbers are in `spreadTable`.
 */
export function spreadChart({ question, rungs, spreads, roleName, width, fontSize, rtl = false, t }: ChartInput) {
  const f = fontSize;
  const labelHeight = 1.4 * f;
  const barHeight = 0.8 * f;
  const barGap = 0.25 * f;
  const rowGap = 0.6 * f;
  const countRoom = 3 * f;
  const rowHeight = labelHeight + spreads.length * (barHeight + barGap) + rowGap;
  const order = rungs.map((_, index) => index).reverse();
  const height = Math.ceil(order.length * rowHeight);
  const prefix = `${question}-chart`;
  // From the inline start: a distance along the row becomes an x, and text anchors at its start side.
  const x = (distance: number) => (rtl ? width - distance : distance);
  const anchor = rtl ? 'end' : 'start';
  return html`
    <div class="chart">
      <ul class="legend" aria-hidden="true">
        ${spreads.map((spread, index) => html`<li>${swatch(question, index)}<span>${roleName(spread.role)}</span></li>`)}
      </ul>
      <svg
        role="img"
        aria-label=${t(`chart.${question}.name`)}
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        focusable="false"
        part="chart"
      >
        ${patterns(prefix)}
        ${order.map((rungIndex, row) => {
          const top = row * rowHeight;
          return svg`<g class="row">
            <text class="rung-label" x=${x(0)} y=${top + f} text-anchor=${anchor}>${fit(rungs[rungIndex].label, width, f)}</text>
            ${spreads.map((spread, index) => {
              const count = spread.counts[rungIndex];
              const y = top + labelHeight + index * (barHeight + barGap);
              // A share of the role's own answers: a bar is full width only when everyone in that group chose this rung.
              const length = (count / Math.max(1, spread.answered)) * (width - countRoom);
              const drawn = Math.max(length, 1);
              return svg`${bar(prefix, index, rtl ? width - drawn : 0, y, drawn, barHeight)}
                <text class="count" x=${x(length + 0.3 * f)} y=${y + barHeight * 0.85} text-anchor=${anchor}>${t.number(count)}</text>`;
            })}
          </g>`;
        })}
      </svg>
    </div>
  `;
}

/** The chart's numbers as a data table: rungs top first, a column per role, answers and middle answer below. */
export function spreadTable({ question, rungs, spreads, roleName, t }: Omit<ChartInput, 'width' | 'fontSize'>) {
  return html`
    <div class="table-wrap">
      <table>
        <caption>${t(`table.${question}.caption`)}</caption>
        <thead>
          <tr>
            <th scope="col">${t('table.rung')}</th>
            ${spreads.map((spread) => html`<th scope="col">${roleName(spread.role)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rungs
            .map((rung, index) => html`<tr>
              <th scope="row">${rung.label}</th>
              ${spreads.map((spread) => html`<td>${t.number(spread.counts[index])}</td>`)}
            </tr>`)
            .reverse()}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t('table.answered')}</th>
            ${spreads.map((spread) => html`<td>${t.number(spread.answered)}</td>`)}
          </tr>
          <tr>
            <th scope="row">${t('table.median')}</th>
            ${spreads.map((spread) => html`<td>${spread.median >= 0 ? rungs[spread.median].label : t('median.noAnswer')}</td>`)}
          </tr>
        </tfoot>
      </table>
    </div>
  `;
}
