export const DIST: string;
export const BUNDLES: string[];
/** Why the bundles need building ('missing', 'older than its sources'), or undefined when current. */
export function bundleStaleness(): string | undefined;
/** Runs `vite build` when forced or when the bundles are stale. */
export function ensureBundle(options?: { force?: boolean; quiet?: boolean }): void;
