/**
 * The `detail` of every `copro-*` event. Widgets add their own entries through declaration merging:
 *
 * ```ts
 * declare module '@copro/core' { interface CoproEventDetails { 'copro-post-submitted': { post: Post } } }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface CoproEventDetails {
  'copro-error': { code: string; message: string };
}

export type CoproEventName = keyof CoproEventDetails;
export type CoproEvent<K extends CoproEventName> = CustomEvent<CoproEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'copro-error': CoproEvent<'copro-error'>;
  }
}
