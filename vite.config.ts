/**
 * The drop-in files in `packages/copro/dist` (the `vite build` part of `npm run build`):
 *
 * - `copro.js`: the loader a site pastes (packages/copro/src/loader.ts). It defines each element
 *   the first time its tag appears, importing that element's code from `chunks/` beside itself.
 *   Every dynamic `import()` in the sources becomes its own chunk here (an element, the shared Lit
 *   and element base, plain language's author mode and "Was this clear?", a board's staff tools,
 *   a language), so a page downloads only what it shows. Chunk names carry a content hash: serve
 *   `chunks/` with a long cache; copro.js itself keeps its name, so give it a short one.
 * - `copro.all.js`: every element in one self-contained file, no chunks (built from
 *   packages/copro/src/define.ts), for sites that want one request.
 *
 * Both are minified ES2022, shrink the static text of Lit templates (see
 * packages/copro/build/minify-templates.mjs), and resolve packages with the `production`
 * condition (Lit's production build, no copro dev warnings; see packages/core/src/dev.ts) and
 * `copro-source` (the @copro packages from their TypeScript sources, so this build never waits
 * for, or picks up a stale, `tsc` output).
 *
 * Storybook does not read this file (its own Vite settings are in `.storybook/main.ts`).
 */
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { legacyDecorators } from './.storybook/legacy-decorators.ts';
import { minifyTemplatesVite } from './packages/copro/build/minify-templates.mjs';
import { stripRouteDocsVite } from './packages/copro/build/strip-route-docs.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('packages/copro/dist');
export const LOADER_FILE = 'copro.js';
export const SINGLE_FILE = 'copro.all.js';
/** Where copro.js's chunks go, relative to it. */
export const CHUNKS_DIR = 'chunks';

/**
 * The chunks that elements share, made by hand. Left to itself the bundler makes a chunk for each
 * set of elements that share a module: a board page then fetched 13 files, several of a few
 * hundred bytes, and each file is compressed on its own (no shared dictionary) and costs a
 * request. Two shared chunks instead:
 * - `base`: Lit and the element base (language, tokens, announcer): every element, the
 *   plain-language switch included, needs all of it;
 * - `data`: the endpoint client with its schemas (zod/mini), the outbox and the small helpers the
 *   elements that talk to an endpoint share (headings, dates and their Welsh month names, Lit's directives and `@lit/task`,
 *   the "Forget me on this device" button, whose panel loads only when opened; not
 *   `lit/static-html.js`, which only the form fields use since headings are plain templates),
 *   so a page with the switch only never downloads them.
 * A module used by only one element, and staff-only code, stays in that element's own chunk.
 */
/** A module id with `/` between folders on every system. */
const slashed = (id: string) => id.replaceAll('\\', '/');
const SHARED_CHUNKS = [
  {
    name: 'base',
    priority: 2,
    test: (id: string) =>
      /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/(?!directives\/|directive|static|async-directive)/.test(slashed(id)) ||
      /@oxc-project\+runtime/.test(slashed(id)) ||
      /\/packages\/core\/src\/(element|define|errors|events|i18n|dev|host-font|messages|locale-controller|tokens|announcer)\.ts$/.test(slashed(id)),
  },
  {
    // The switch and blocks with the plain-language messages, which `<copro-term>` and "Was this
    // clear?" also use (a page with a term nearly always has the switch too).
    name: 'plain-reading',
    priority: 2,
    test: (id: string) => /\/packages\/(plain-language\/src\/(companions|page-settings|reading-mode|reading-mode-controller|marked-up|plain-language|plain-language\.styles|plain-text|messages))\.ts$/.test(slashed(id)),
  },
  {
    name: 'data',
    priority: 1,
    test: (id: string) =>
      /\/node_modules\/(zod|@lit\/task)\//.test(slashed(id)) ||
      /\/node_modules\/lit-html\/directive\.js$/.test(slashed(id)) ||
      // Of the protocol, what the shared client reads (the board's reads and supports); every other
      // resource's routes and schemas go with the widget that calls them.
      /\/packages\/protocol\/src\/(common|boards|routes\/(spec|boards))\.ts$/.test(slashed(id)) ||
      /\/packages\/core\/src\/(client|dates|outbox|outbox-store|outbox-watch|ids|participant|write-credentials|heading|isolate|due-date|drafts|forget-me|sending\/messages)\.ts$/.test(slashed(id)),
  },
];

/** Settings both files share. */
function bundleConfig(entry: string, fileName: string, { split, plugins = [] }: { split: boolean; plugins?: Plugin[] }): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    // Lit's legacy decorators, with `useDefineForClassFields: false` semantics. Vite also reads
    // tsconfig.json, but saying it here keeps the bundle right even if a tsconfig changes.
    oxc: legacyDecorators,
    // Nothing from a `public/` folder belongs in the bundle.
    publicDir: false,
    resolve: { conditions: ['copro-source', 'module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifyTemplatesVite(), stripRouteDocsVite(), ...plugins, ...(process.env.COPRO_CHUNK_REPORT ? [chunkReport()] : [])],
    build: {
      lib: { entry, formats: ['es'], fileName: () => fileName },
      outDir,
      emptyOutDir: false,
      // Library mode leaves `es` output unminified unless this is set.
      minify: true,
      target: 'es2022',
      sourcemap: false,
      // No CSS files: every element carries its styles in its shadow root.
      cssCodeSplit: false,
      reportCompressedSize: false,
      // A chunk is fetched by the element that needs it, when it needs it: no preload list.
      modulePreload: false,
      rolldownOptions: {
        output: {
          // copro.js: a chunk per dynamic import (and per group of modules they share);
          // copro.all.js: one file, dynamic imports inlined.
          codeSplitting: split && { groups: SHARED_CHUNKS },
          chunkFileNames: `${CHUNKS_DIR}/[name]-[hash].js`,
          // Vite minifies a library's `es` output without removing whitespace (so bundlers
          // downstream keep its annotations). These files go straight to browsers: minify fully.
          minify: true,
          // Keep licence notices (Lit's BSD-3-Clause asks for them); drop the rest.
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
}

/** `COPRO_CHUNK_REPORT=1 vite build`: which source files went into which chunk (to see why a chunk is big). */
function chunkReport(): Plugin {
  return {
    name: 'copro-chunk-report',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = Object.entries(chunk.modules).filter(([, info]) => info.renderedLength > 0).map(([id, info]) => `${id.replace(process.cwd() + '/', '')} ${info.renderedLength}`);
        process.stderr.write(`\n${chunk.fileName}\n  ${modules.join('\n  ')}\n`);
      }
    },
  };
}

/** After copro.js and its chunks are written, builds copro.all.js beside them. */
function singleFileBuild(): Plugin {
  return {
    name: 'copro-single-file-build',
    apply: 'build',
    async closeBundle() {
      await build(bundleConfig(here('packages/copro/src/define.ts'), SINGLE_FILE, { split: false }));
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const { configFile, logLevel, ...main } = bundleConfig(here('packages/copro/src/loader.ts'), LOADER_FILE, { split: true, plugins: [singleFileBuild()] });
// dist also holds tsc's output and the editor data `custom-elements-manifest analyze` writes:
// rebuilding the bundle alone keeps them. Old chunks are removed by `npm run build` (build.mjs).
export default defineConfig(main);
