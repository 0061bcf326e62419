import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** Returns the source with its Lit templates shrunk, or undefined when nothing changed. */
export function minifyTemplates(source: string, fileName: string): string | undefined;
/** Vite (Rolldown) plugin: shrinks Lit templates in copro's own sources. */
export function minifyTemplatesVite(): VitePlugin;
/** esbuild plugin doing the same, for scripts/size.mjs. */
export function minifyTemplatesEsbuild(): EsbuildPlugin;
