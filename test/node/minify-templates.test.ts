/** The build's template shrinking (packages/copro/build/minify-templates.mjs): CSS comments go, strings stay. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../packages/copro/build/minify-templates.mjs';

const cssOf = (source: string) => /css`([^`]*)`/.exec(minifyTemplates(source, 'x.ts') ?? source)![1];

test("a CSS comment with an apostrophe in it goes entirely (it is not a string's start)", () => {
  const css = cssOf("const s = css`:host {\n  /* The page's font, or the browser's default. */\n  --_font: var(--f);\n}`;");
  assert.equal(css, ':host{--_font:var(--f);}');
});

test("quoted strings keep every character, a '/*' inside one included", () => {
  const css = cssOf(`const s = css\`.a::before {\n  content: '/* not a comment */  ✓';\n}\n/* gone */\n.b { color: red; }\`;`);
  assert.equal(css, ".a::before{content:'/* not a comment */  ✓';}.b{color:red;}");
});

const htmlOf = (source: string) => /html`([^`]*)`/.exec(minifyTemplates(source, 'x.ts') ?? source)![1];

test('an HTML comment in a template goes (Lit renders it as an empty comment node the reader never sees)', () => {
  const out = htmlOf("const v = html`<label>A</label>\n  <!-- Why the select is live:\n       Firefox forgets. -->\n  <select></select>`;");
  assert.equal(out, '<label>A</label>\n<select></select>');
});

test('an HTML comment split by a ${} substitution, or inside a textarea, is left alone', () => {
  assert.equal(htmlOf('const v = html`<!-- a ${x} b -->`;'), '<!-- a ${x} b -->');
  assert.equal(htmlOf('const v = html`<textarea><!-- typed --></textarea>`;'), '<textarea><!-- typed --></textarea>');
});
