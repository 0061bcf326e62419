/**
 * `npm run analyze`: writes `custom-elements.json` at the repository root (git ignores it).
 *
 * The manifest describes every element: attributes, properties, events, slots, CSS parts and
 * custom properties, read from the classes and their JSDoc (`@summary`, `@slot`, `@event`,
 * `@csspart`, `@cssprop`). Storybook's autodocs tables are built from it.
 */
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.spec.ts',
    '**/*.stories.ts',
    '**/test/**',
    '**/stories/**',
    'packages/server/**',
    'packages/protocol/**',
  ],
  outdir: '.',
  litelement: true,
  // Never write a "customElements" field into package.json (the analyzer's default).
  packagejson: false,
  dev: false,
};
