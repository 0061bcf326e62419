/**
 * `npm run build`: the drop-in bundle `packages/copro/dist/copro.js`.
 *
 * One self-contained, minified ES module that defines every copro element (Lit included), built
 * from `packages/copro/src/define.ts`. No code splitting: a site pastes one `<script>`.
 *
 * Storybook does not read this file (its own Vite settings are in `.storybook/main.ts`), so the
 * library settings here never leak into it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { legacyDecorators } from './.storybook/legacy-decorators.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Lit's legacy decorators, with `useDefineForClassFields: false` semantics. Vite also reads
  // tsconfig.json, but saying it here keeps the bundle right even if a tsconfig changes.
  oxc: legacyDecorators,
  // Nothing from a `public/` folder belongs in the bundle.
  publicDir: false,
  build: {
    lib: {
      entry: here('packages/copro/src/define.ts'),
      formats: ['es'],
      fileName: () => 'copro.js',
    },
    outDir: here('packages/copro/dist'),
    emptyOutDir: true,
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
        // downstream keep its annotations). copro.js goes straight to browsers: minify fully.
        minify: true,
        // Keep licence notices (Lit's BSD-3-Clause asks for them); drop the rest.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
