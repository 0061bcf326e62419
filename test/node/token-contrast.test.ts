// Every default colour pair of packages/core/src/tokens.ts holds WCAG 2.2 AA contrast in both colour
// schemes, on the element's own backgrounds and on the page's (white, or a near-black dark page):
// text 4.5:1, large text, controls, borders and the focus ring 3:1. The host-page browser test measures
// rendered text; this covers the non-text pairs (borders, chart colours, focus) it cannot see.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const source = readFileSync(new URL('../../packages/core/src/tokens.ts', import.meta.url), 'utf8');

/** The default colour of each system token in one scheme, read from tokens.ts itself. */
function palette(scheme: 'light' | 'dark', theme?: string): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const match of source.matchAll(/var\(--copro-sys-color-([a-z-]+?)(-dark)?, (#[0-9a-f]{6})\)/g)) {
    const [, name, dark, hex] = match;
    if ((scheme === 'dark') === Boolean(dark)) colours[name] = hex;
  }
  // Focus colours have no dark twin: they are the same in both schemes.
  if (scheme === 'dark') for (const name of ['focus', 'focus-text']) colours[name] ??= palette('light')[name];
  // A theme sets light colours (its :root block); the dark ones stay copro's.
  if (theme && scheme === 'light') {
    for (const match of readFileSync(new URL(`../../packages/copro/themes/${theme}`, import.meta.url), 'utf8').matchAll(/--copro-sys-color-([a-z-]+):\s*(#[0-9a-f]{6})/g)) colours[match[1]] = match[2];
  }
  return colours;
}

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const pages = { light: '#ffffff', dark: '#121212' };

describe('token colour contrast', () => {
  it('reads both palettes from tokens.ts (the check can fail)', () => {
    assert.equal(palette('light').text, '#0b0c0c');
    assert.ok(Object.keys(palette('dark')).length >= 10);
    assert.ok(contrast('#777777', '#ffffff') < 4.5);
  });

  const themes = readdirSync(new URL('../../packages/copro/themes/', import.meta.url)).filter((name) => name.endsWith('.css'));
  for (const [scheme, theme] of [['light'], ['dark'], ...themes.map((name) => ['light', name])] as ['light' | 'dark', string?][]) {
    it(`every pair meets WCAG AA in the ${scheme} scheme${theme ? ` with themes/${theme}` : ''}`, () => {
      const c = palette(scheme, theme);
      const grounds = { background: c.background, surface: c.surface, page: pages[scheme] };
      const failures: string[] = [];
      const need = (fg: string, bg: string, ratio: number, what: string) => {
        const measured = contrast(fg, bg);
        if (measured < ratio) failures.push(`${what}: ${fg} on ${bg} is ${measured.toFixed(2)}:1, needs ${ratio}:1`);
      };
      for (const [groundName, ground] of Object.entries(grounds)) {
        for (const text of ['text', 'text-secondary', 'link', 'error', 'success', 'warning']) need(c[text], ground, 4.5, `${text} on ${groundName}`);
        // Buttons are outlined in the accent; borders and chart marks are non-text: 3:1.
        for (const mark of ['accent', 'border']) need(c[mark], ground, 3, `${mark} on ${groundName}`);
        // The focus indicator is a yellow outline with a dark ring: one of the two stands out on any ground.
        const focus = Math.max(contrast(c.focus, ground), contrast(c['focus-text'], ground));
        if (focus < 3) failures.push(`focus ring on ${groundName}: ${focus.toFixed(2)}:1`);
      }
      need(c['accent-text'], c.accent, 4.5, 'text on an accent button');
      need(c['focus-text'], c.focus, 4.5, 'text on the focus colour');
      assert.deepEqual(failures, []);
    });
  }
});
