import type { Plugin as VitePlugin } from 'vite';

/** Route fields the browser never reads. */
export const SERVER_ONLY_FIELDS: Set<string>;
/** Returns the route table's source without its routes' server-only fields, or undefined when there is none. */
export function stripRouteDocs(source: string, fileName?: string): string | undefined;
/** Vite (Rolldown) plugin: leaves the route table's server-only fields out of in the drop-in bundle. */
export function stripRouteDocsVite(): VitePlugin;
