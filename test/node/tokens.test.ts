// Design tokens stay consistent: every private token an element reads (`var(--_x)`) is defined,
// every one defined is read, and every system token a theme sets is one the elements read.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(ending) && !name.includes('node_modules'))
    .map((name) => join(dir, name));
}

interface TokenProblems {
  usedNotDefined: string[];
  definedNotUsed: string[];
}

/** Compares the private tokens (`--_name`) that sources define with those they read. */
export function privateTokenProblems(sources: string[]): TokenProblems {
  const defined = new Set<string>();
  const used = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/(--_[a-z0-9-]+)\s*:/g)) defined.add(match[1]);
    for (const match of source.matchAll(/var\(\s*(--_[a-z0-9-]+)/g)) used.add(match[1]);
  }
  return {
    usedNotDefined: [...used].filter((token) => !defined.has(token)).sort(),
    definedNotUsed: [...defined].filter((token) => !used.has(token)).sort(),
  };
}

const elementSources = () =>
  readdirSync(join(root, 'packages'))
    .flatMap((pkg) => {
      try {
        return filesUnder(join('packages', pkg, 'src'), '.ts');
      } catch {
        return [];
      }
    })
    .map((file) => readFileSync(join(root, file), 'utf8'));

describe('design tokens', () => {
  it('finds a token used but not defined, and one defined but not used (the check itself can fail)', () => {
    const problems = privateTokenProblems([':host { --_a: red; --_b: blue; } p { color: var(--_a); border-color: var(--_c); }']);
    assert.deepEqual(problems, { usedNotDefined: ['--_c'], definedNotUsed: ['--_b'] });
  });

  it('every private token the elements read is defined, and every one defined is read', () => {
    const problems = privateTokenProblems(elementSources());
    assert.deepEqual(problems.usedNotDefined, [], `used but never defined: ${problems.usedNotDefined.join(', ')}`);
    assert.deepEqual(problems.definedNotUsed, [], `defined but never used: ${problems.definedNotUsed.join(', ')}`);
  });

  it('every system token a theme sets is read by the elements, and each theme sets every light-mode colour', () => {
    const tokens = readFileSync(join(root, 'packages/core/src/tokens.ts'), 'utf8');
    const read = new Set([...tokens.matchAll(/var\(\s*--copro-[a-z0-9-]+\s*,\s*var\(\s*(--copro-sys-[a-z0-9-]+)/g)].map((match) => match[1]));
    assert.ok(read.size > 10, 'tokens.ts reads system tokens');
    const lightColours = [...read].filter((token) => token.startsWith('--copro-sys-color-') && !token.endsWith('-dark'));
    for (const theme of filesUnder('packages/copro/themes', '.css')) {
      const css = readFileSync(join(root, theme), 'utf8');
      const set = [...css.matchAll(/(--copro-sys-[a-z0-9-]+)\s*:/g)].map((match) => match[1]);
      const unknown = set.filter((token) => !read.has(token));
      assert.deepEqual(unknown, [], `${theme} sets tokens no element reads: ${unknown.join(', ')}`);
      const missing = lightColours.filter((token) => !set.includes(token));
      assert.deepEqual(missing, [], `${theme} leaves colours to the default theme: ${missing.join(', ')}`);
    }
  });
});
