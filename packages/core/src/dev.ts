/**
 * True in development (dev servers, tests, Storybook), false in a production build: bundlers
 * replace `process.env.NODE_ENV` with `"production"` (copro's vite.config.ts does), so the
 * development-only warnings that check it are dropped from copro.js. In a browser with no
 * bundler, `process` does not exist and this is true.
 */
// Browser code is built without Node's types; bundlers still see and replace the expression below.
declare const process: { env: Record<string, string | undefined> };

export const development: boolean = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
})();
