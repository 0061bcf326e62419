/**
 * `npm run size -- --breakdown`: which source modules make up the bytes of each JavaScript file a
 * page fetches (scripts/size.mjs measures the pages; this module attributes their bytes).
 *
 * How: the drop-in is built again into a temporary folder with the same settings (vite.config.ts)
 * plus hidden source maps (`build.sourcemap: 'hidden'`: a `.map` beside each file and no
 * `sourceMappingURL` comment, so every file is byte for byte the shipped one, same hashed name).
 * The single-file `copro.all.js` is not built. The shipped `packages/copro/dist` is not touched.
 *
 * Each byte of a minified file belongs to the source of the source-map segment it sits in (the
 * lines of a multi-line template literal to the segment that opened it; segments without a
 * source, such as the imports and exports between chunks, are "bundler glue"). A
 * module's or group's minified bytes are exact. Gzip cannot be split exactly (a byte's cost depends
 * on what came before it), so two figures are printed per group, both gzip -9 and per file, summed
 * over the page's files:
 * - **share**: the group's bytes of a file, gzipped on their own, scaled so that the groups of a
 *   file add up to that file's gzip size (regexes and text compress worse than code; this keeps
 *   that, and the column sums to the page's total);
 * - **if removed**: the file's gzip size minus the gzip size of the same file with the group's
 *   bytes taken out: about what cutting the group would save (these do not add up to the total:
 *   what groups share, such as repeated names, is counted in none of them).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const bytes = (text) => Buffer.byteLength(text);

/** Builds the drop-in (copro.js and its chunks) with hidden source maps into a new temporary folder; answers it. */
export async function buildWithSourceMaps(root) {
  const { build, loadConfigFromFile } = await import('vite');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root, 'warn');
  if (!loaded) throw new Error('vite.config.ts not found');
  const outDir = mkdtempSync(join(tmpdir(), 'copro-size-'));
  const { config } = loaded;
  await build({
    ...config,
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: config.plugins.flat().filter((plugin) => plugin && plugin.name !== 'copro-single-file-build'),
    build: { ...config.build, outDir, emptyOutDir: true, sourcemap: 'hidden' },
  });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/**
 * The floor reference: one element's `define` module built as one file with every dynamic
 * `import()` left out (external), into a new temporary folder with a hidden source map. That file
 * is exactly what the element needs before anything lazy loads, with nothing shared with other
 * elements and no glue between chunks. Answers `{ outDir, file, remove }`.
 */
export async function buildAlone(root, entry) {
  const { build, loadConfigFromFile } = await import('vite');
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root, 'warn');
  const outDir = mkdtempSync(join(tmpdir(), 'copro-size-alone-'));
  const output = config.build.rolldownOptions.output;
  await build({
    ...config,
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [
      ...config.plugins.flat().filter((plugin) => plugin && plugin.name !== 'copro-single-file-build'),
      { name: 'copro-lazy-left-out', resolveDynamicImport: (specifier) => ({ id: typeof specifier === 'string' ? specifier : 'lazy', external: true }) },
    ],
    build: {
      ...config.build,
      outDir,
      emptyOutDir: true,
      sourcemap: 'hidden',
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => 'alone.js' },
      rolldownOptions: { ...config.build.rolldownOptions, output: { ...output, codeSplitting: false } },
    },
  });
  return { outDir, file: '/alone.js', remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

const BASE64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((char, index) => [char, index]));

/** A source map's `mappings`, decoded: per generated line, `[column, source index or -1]` in order. */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64[char];
        value += (digit & 31) * 2 ** shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value % 2 ? -Math.floor(value / 2) : value / 2);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * A generated file cut into pieces, each `{ source, text }` (`source` undefined for glue), in order;
 * joined they are the file. Columns are UTF-16 code units, as in the file's string.
 */
export function pieces(code, map) {
  const lines = decodeMappings(map.mappings);
  /** The source of each UTF-16 code unit of the file. */
  const owner = new Array(code.length);
  // A line break, and the start of a line before its first segment, belong to the segment before
  // them: the only line breaks left in minified code are inside template literals (a Lit
  // template's lines) and licence comments, which a source map maps at their start only.
  let current;
  let at = 0;
  code.split('\n').forEach((line, index) => {
    if (index > 0) owner[at++] = current;
    const segments = lines[index] ?? [];
    owner.fill(current, at, at + (segments[0]?.[0] ?? line.length));
    segments.forEach(([column, source], next) => {
      current = source >= 0 ? map.sources[source] : undefined;
      owner.fill(current, at + column, at + (segments[next + 1]?.[0] ?? line.length));
    });
    at += line.length;
  });
  // Licence notices (kept on purpose, see vite.config.ts) are nobody's module code.
  for (const notice of code.matchAll(/\n?\/\*\*?\s*\*?\s*@license[\s\S]*?\*\/\n?/g)) owner.fill(LICENCES, notice.index, notice.index + notice[0].length);
  const out = [];
  for (let from = 0; from < code.length; ) {
    let to = from + 1;
    while (to < code.length && owner[to] === owner[from]) to += 1;
    out.push({ source: owner[from], text: code.slice(from, to) });
    from = to;
  }
  return out;
}

/**
 * Module groups, first match wins (paths with `/`, from the repository root). Names say what a
 * board-reading page pays for; see docs/performance.md ("What a board page downloads").
 */
export const GROUPS = [
  ['Lit directives (directive, static, repeat, …)', /node_modules\/lit-html\/(directive|directives\/|static|async-directive|directive-helpers)/],
  ['Lit (lit-html, lit-element, reactive-element)', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/task', /node_modules\/@lit\/task\//],
  ['zod/mini: regexes', /node_modules\/zod\/v4\/core\/regexes\.js$/],
  ['zod/mini (core, checks, parse, errors)', /node_modules\/zod\//],
  ['@floating-ui', /node_modules\/@floating-ui\//],
  ['other node_modules', /node_modules\//],
  ['loader (copro.js)', /packages\/copro\/src\/loader\.ts$/],
  ['protocol: route table', /packages\/protocol\/src\/routes/],
  ['protocol: schemas', /packages\/protocol\/src\//],
  ['core: element base (element, i18n, tokens, announcer, …)', /packages\/core\/src\/(element|define|errors|events|i18n|dev|host-font|locale-controller|tokens|announcer|style-properties)\.ts$/],
  ['core: messages (core, sending)', /packages\/core\/src\/(messages|sending\/messages)\.ts$/],
  ['core: endpoint client', /packages\/core\/src\/client\.ts$/],
  ['core: outbox and its store, watch, ids, credentials', /packages\/core\/src\/(outbox|outbox-store|outbox-watch|ids|participant|write-credentials|drafts)\.ts$/],
  ['core: other helpers', /packages\/core\/src\//],
  ['board: messages', /packages\/feedback-board\/src\/messages\.ts$/],
  ['board: styles', /packages\/feedback-board\/src\/styles\.ts$/],
  ['board: reader element, views and controllers', /packages\/feedback-board\/src\//],
  ['other copro packages', /packages\//],
];
export const GLUE = '(bundler glue: unmapped)';
/** The pseudo-source of licence comments. */
export const LICENCES = '(licence notices)';

/** `../../../work/repo/node_modules/zod/…` -> `node_modules/zod/…`; our sources relative to the root. */
export function shortSource(source, root) {
  if (source === undefined) return GLUE;
  if (source === LICENCES) return source;
  const path = decodeURI(source).replaceAll('\\', '/');
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules >= 0) return path.slice(nodeModules);
  const packages = path.lastIndexOf('/packages/');
  if (packages >= 0) return path.slice(packages + 1);
  return path.startsWith(root) ? path.slice(root.length) : path;
}

export const groupOf = (module) => ([GLUE, LICENCES].includes(module) ? module : (GROUPS.find(([, test]) => test.test(module))?.[0] ?? 'other'));

/**
 * One file's attribution: for each key (a module, or a group when `by` is groupOf), its minified
 * bytes, its gzip share and the gzip saved if removed (see the top of this file).
 */
function attributeFile(parts, by) {
  const whole = parts.map((part) => part.text).join('');
  const total = gzip(whole);
  const keyed = new Map();
  for (const part of parts) {
    const key = by(part.module);
    if (!keyed.has(key)) keyed.set(key, []);
    keyed.get(key).push(part.text);
  }
  const alone = new Map([...keyed].map(([key, texts]) => [key, gzip(texts.join(''))]));
  const aloneSum = [...alone.values()].reduce((sum, size) => sum + size, 0);
  const rows = new Map();
  for (const [key, texts] of keyed) {
    const without = parts.filter((part) => by(part.module) !== key).map((part) => part.text).join('');
    rows.set(key, {
      min: bytes(texts.join('')),
      share: (alone.get(key) / aloneSum) * total,
      removed: total - (without ? gzip(without) : 0),
    });
  }
  return rows;
}

/** Adds one file's rows into a page's. */
function addRows(into, rows) {
  for (const [key, row] of rows) {
    const sum = into.get(key) ?? { min: 0, share: 0, removed: 0 };
    into.set(key, { min: sum.min + row.min, share: sum.share + row.share, removed: sum.removed + row.removed });
  }
}

/**
 * A page's attribution from the files it fetched (`{ path }`, served from `folder` under `prefix`):
 * `{ groups, modules }`, each a Map from name to `{ min, share, removed }` summed over the files,
 * and `files`, each file's groups.
 */
export function attributePage(files, { folder, prefix, root }) {
  const groups = new Map();
  const modules = new Map();
  const perFile = [];
  for (const { path } of files) {
    const file = join(folder, path.slice(prefix.length));
    const code = readFileSync(file, 'utf8');
    // The bundler's own runtime chunk (dynamic-import helpers) comes without a map: all glue.
    const map = existsSync(`${file}.map`) ? JSON.parse(readFileSync(`${file}.map`, 'utf8')) : { sources: [], mappings: '' };
    const parts = pieces(code, map).map(({ source, text }) => ({ module: shortSource(source, root), text }));
    const fileGroups = attributeFile(parts, groupOf);
    addRows(groups, fileGroups);
    addRows(modules, attributeFile(parts, (module) => module));
    perFile.push({ path, groups: fileGroups });
  }
  return { groups, modules, files: perFile };
}

const num = (value) => Math.round(value).toLocaleString('en-GB');

/** Prints a page's attribution: groups, then the `top` biggest modules. */
export function printAttribution({ groups, modules, files }, { top = Number(process.env.COPRO_SIZE_TOP) || 40 } = {}) {
  const table = (title, rows, limit = Infinity) => {
    const sorted = [...rows].sort((a, b) => b[1].share - a[1].share);
    const width = Math.max(title.length, ...sorted.slice(0, limit).map(([key]) => key.length)) + 2;
    console.log(`\n  ${title.padEnd(width)} ${'min B'.padStart(8)} ${'gzip share'.padStart(11)} ${'if removed'.padStart(11)}`);
    for (const [key, row] of sorted.slice(0, limit)) console.log(`  ${key.padEnd(width)} ${num(row.min).padStart(8)} ${num(row.share).padStart(11)} ${num(row.removed).padStart(11)}`);
    if (sorted.length > limit) console.log(`  … and ${sorted.length - limit} more modules (${num(sorted.slice(limit).reduce((sum, [, row]) => sum + row.share, 0))} B gzip share)`);
    const sum = sorted.reduce((total, [, row]) => ({ min: total.min + row.min, share: total.share + row.share }), { min: 0, share: 0 });
    console.log(`  ${'total'.padEnd(width)} ${num(sum.min).padStart(8)} ${num(sum.share).padStart(11)}`);
  };
  table('module group (all files)', groups);
  if (files.length > 1) for (const { path, groups: fileGroups } of files) table(`in ${path}`, fileGroups);
  table('module', modules, top);
}
