/**
 * `npm run build`: the drop-in bundle `packages/copro/dist/copro.js`, and beside it the optional
 * `copro-author.js`.
 *
 * - `copro.js`: one self-contained, minified ES module that defines every element of the contract
 *   (Lit, zod/mini, Floating UI, English and Welsh included), built from
 *   `packages/copro/src/define.ts`. No code splitting: a site pastes one `<script>`.
 * - `copro-author.js`: author mode's readability notes (`<copro-author-notes>`: reading age,
 *   long sentences, words to avoid), for staff checking their wording. About 9 KB gzip of syllable
 *   counting and word lists that readers never use, so copro.js does not carry it: the first
 *   time a page turns author mode on, copro.js imports `copro-author.js` from its own folder. It
 *   is self-contained too (its own copy of Lit), so it works however copro.js was loaded (a
 *   `?v=2` cache-buster included). A site that copies only copro.js loses author mode, and the
 *   console says which file is missing; everything readers see still works.
 *
 * Both builds shrink the static text of Lit templates (see packages/copro/build/minify-templates.mjs)
 * and resolve packages with the `production` condition (Lit's production build, no copro dev
 * warnings; see packages/core/src/dev.ts).
 *
 * Storybook does not read this file (its own Vite settings are in `.storybook/main.ts`), so the
 * library settings here never leak into it.
 */
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { legacyDecorators } from './.storybook/legacy-decorators.ts';
import { minifyTemplatesVite } from './packages/copro/build/minify-templates.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('packages/copro/dist');
export const AUTHOR_FILE = 'copro-author.js';
const AUTHOR_ENTRY = here('packages/plain-language/src/author/define-notes.ts');

/** Settings both files share. */
function bundleConfig(entry: string, fileName: string, plugins: Plugin[]): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    // Lit's legacy decorators, with `useDefineForClassFields: false` semantics. Vite also reads
    // tsconfig.json, but saying it here keeps the bundle right even if a tsconfig changes.
    oxc: legacyDecorators,
    // Nothing from a `public/` folder belongs in the bundle.
    publicDir: false,
    // Lit's production build and copro's production flag (no dev warnings). Vite picks
    // `production` for `vite build` already; saying it keeps it so whatever the mode.
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifyTemplatesVite(), ...plugins],
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
      rolldownOptions: {
        output: {
          // One file: dynamic imports are inlined instead of split into chunks.
          codeSplitting: false,
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

/**
 * In copro.js, plain-language's lazy `import('./author/define-notes.ts')` becomes an import of
 * `copro-author.js` next to copro.js. Fails the build if that import is not where it was, rather
 * than silently inlining the author code again.
 */
function authorModeAsSecondFile(): Plugin {
  const lazyImport = "import('./author/define-notes.ts')";
  return {
    name: 'copro-author-mode-file',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('/packages/plain-language/src/companions.ts')) return undefined;
      if (!code.includes(lazyImport)) this.error(`copro-author-mode-file: ${lazyImport} is no longer in companions.ts; update vite.config.ts.`);
      // A variable, not a literal, so Vite leaves the URL to the browser.
      const replacement =
        `((file) => import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch((error) => {` +
        ` throw new Error('copro: author mode needs ' + file + ' in the same folder as copro.js', { cause: error }); }))(${JSON.stringify(AUTHOR_FILE)})`;
      return { code: code.replace(lazyImport, replacement), map: null };
    },
  };
}

/** After copro.js is written, builds copro-author.js beside it. */
function authorModeBuild(): Plugin {
  return {
    name: 'copro-author-mode-build',
    apply: 'build',
    async closeBundle() {
      await build(bundleConfig(AUTHOR_ENTRY, AUTHOR_FILE, []));
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const { configFile, logLevel, ...main } = bundleConfig(here('packages/copro/src/define.ts'), 'copro.js', [authorModeAsSecondFile(), authorModeBuild()]);
// dist also holds the editor data `custom-elements-manifest analyze` writes: rebuilding the bundle alone keeps it.
export default defineConfig(main);
