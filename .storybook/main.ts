/**
 * Storybook 10 for copro's elements: `npm run storybook` (dev, port 6006) and
 * `npm run build-storybook` (static site in `storybook-static/`). Both run
 * `npm run analyze` first, which writes the custom elements manifest the docs tables read.
 *
 * Stories load the elements from TypeScript source, so Vite must compile Lit's legacy
 * decorators exactly as tsconfig.base.json says (see legacy-decorators.ts).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import { legacyDecorators } from './legacy-decorators.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook must not pick up the root vite.config.ts: that one builds the copro.js library.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  viteFinal: (config) =>
    mergeConfig(config, {
      oxc: legacyDecorators,
      // The @copro packages from their TypeScript sources (their exports give built files to everyone else).
      resolve: { conditions: ['copro-source', ...defaultClientConditions] },
      // One copy of Lit, prebundled; without this Lit warns "Multiple versions of Lit loaded".
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
      // Storybook's own docs chunks are large; that says nothing about what copro ships.
      build: { chunkSizeWarningLimit: 2000 },
    }),
};

export default config;
