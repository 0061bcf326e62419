/**
 * Shrinks the static text of Lit's tagged templates (`html`, `svg`, `css`, `staticHtml`) in our
 * own TypeScript sources before bundling. Minifiers never touch template literals, so every
 * template kept its source indentation and every style its comments: about 10 KB of the
 * minified bundle, 1.5 to 2 KB after gzip.
 *
 * Only changes that cannot alter what renders:
 * - html/svg: HTML comments go (not in a part with a textarea, title, script or style, where
 *   `<!--` is text). A run of white space that contains a line break becomes one line break. Outside
 *   `pre`/`pre-wrap` that renders exactly as before; under `pre-line` (post bodies) line breaks
 *   are kept. Runs without a line break (a space between two words) are left alone.
 * - css: comments go, white space runs become one space, the space next to `{ } ; ,` goes, and
 *   the space after a property's colon. Other spaces stay (`calc()` and selectors need them);
 *   quoted strings are kept as they are.
 * Code inside `${...}` is never touched: only the literal parts between substitutions.
 *
 * Used by vite.config.ts (the drop-in bundle) and scripts/size.mjs (the per-widget figures).
 */
import ts from 'typescript';

const TEMPLATE_TAGS = new Map([
  ['html', 'html'],
  ['svg', 'html'],
  ['staticHtml', 'html'],
  ['css', 'css'],
]);

function minifyHtmlText(text) {
  // Comments (a note to the next developer) render as comment nodes nobody sees. Only a whole
  // comment within one literal part goes, and none in a part with raw-text elements, where
  // `<!--` is text.
  const uncommented = /<(textarea|title|script|style)\b/i.test(text) ? text : text.replace(/<!--[\s\S]*?-->/g, '');
  return uncommented.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, '\n');
}

function minifyCssText(text, first, last) {
  // Quoted strings (`content: '✓ '`) keep every character: only the text between them shrinks.
  // Comments and strings are found together, left to right, so an apostrophe in a comment ("the
  // page's font") does not start a string that keeps the rest of the comment.
  let out = text
    .replace(/\/\*[\s\S]*?\*\/|'[^'\n]*'|"[^"\n]*"/g, (found) => (found.startsWith('/*') ? '' : found))
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((piece, index) =>
      index % 2
        ? piece
        : piece
            .replace(/[ \t\r\n]+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            // `{color: red` -> `{color:red`: a property name right after `{` or `;` (a selector
            // there starts with `.`, `:` or `[`, or has no space after its colon).
            .replace(/([{;][-\w]+): /g, '$1:'),
    )
    .join('');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** The literal parts of a template: [start, end) offsets of the text between the backticks and `${ }`. */
function literalParts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const parts = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const tail = ts.isTemplateTail(literal);
    parts.push([literal.getStart() + 1, literal.end - (tail ? 1 : 2)]);
  }
  return parts;
}

/** Returns the source with its Lit templates shrunk, or undefined when nothing changed. */
export function minifyTemplates(source, fileName) {
  if (!/\b(html|svg|css|staticHtml)`/.test(source)) return undefined;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TEMPLATE_TAGS.has(node.tag.text)) {
      const kind = TEMPLATE_TAGS.get(node.tag.text);
      const parts = literalParts(node.template);
      parts.forEach(([start, end], index) => {
        const text = source.slice(start, end);
        // A backslash before a line break (a line continuation) is rare enough to leave alone.
        if (text.includes('\\\n')) return;
        const shrunk = kind === 'css' ? minifyCssText(text, index === 0, index === parts.length - 1) : minifyHtmlText(text);
        if (shrunk !== text) edits.push([start, end, shrunk]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!edits.length) return undefined;
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const OWN_SOURCE = /\/packages\/[^/]+\/src\/.*\.ts$/;

/** Vite (Rolldown) plugin: runs before TypeScript is stripped, on copro's own sources only. */
export function minifyTemplatesVite() {
  return {
    name: 'copro-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!OWN_SOURCE.test(path) || path.includes('/node_modules/')) return undefined;
      const out = minifyTemplates(code, path);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}

/** esbuild plugin doing the same, for scripts/size.mjs. */
export function minifyTemplatesEsbuild() {
  return {
    name: 'copro-minify-templates',
    setup(build) {
      build.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async ({ path }) => {
        if (path.includes('/node_modules/')) return undefined;
        const { readFile } = await import('node:fs/promises');
        const code = await readFile(path, 'utf8');
        return { contents: minifyTemplates(code, path) ?? code, loader: 'ts' };
      });
    },
  };
}
