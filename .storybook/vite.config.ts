/** Vite settings for Storybook only. The bundle build uses the root vite.config.ts. */
import { defineConfig } from 'vite';
import { legacyDecorators } from './legacy-decorators.ts';

export default defineConfig({
  oxc: legacyDecorators,
});
