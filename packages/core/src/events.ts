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

/** Every `copro-*` event by name: they bubble and are composed, so a page listens on `document` or `window` as often as on the element. */
export type CoproEventMap = { [K in CoproEventName]: CoproEvent<K> };

declare global {
  // Typed `addEventListener('copro-…')` on any element, the document and the window, for every event widgets add to CoproEventDetails.
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends CoproEventMap {}
}
