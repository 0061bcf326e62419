/**
 * Oxc transform options (Vite 8) for Lit's legacy decorators: `experimentalDecorators: true`
 * with `useDefineForClassFields: false`, as in tsconfig.base.json. Shared by the bundle build
 * (`vite.config.ts`) and Storybook (`.storybook/main.ts`), so both compile elements the same way.
 * Without them a class field would shadow Lit's reactive accessor and the element would not update.
 */
export const legacyDecorators = {
  decorator: { legacy: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
  assumptions: { setPublicClassFields: true },
};
