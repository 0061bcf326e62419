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
  /**
   * "Forget me on this device" was used in this element: the device forgot the person's participant
   * id, drafts, remembered answers and unsent writes; `erased` holds the counts deleted from the
   * service when the person chose that too (else null).
   */
  'copro-forgotten': { erased: { posts: number; supports: number; ratings: number; clarity: number } | null };
}

export type CoproEventName = keyof CoproEventDetails;
export type CoproEvent<K extends CoproEventName> = CustomEvent<CoproEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'copro-error': CoproEvent<'copro-error'>;
    'copro-forgotten': CoproEvent<'copro-forgotten'>;
  }
}

/** Every `copro-*` event by name: they bubble and are composed, so a page listens on `document` or `window` as often as on the element. */
export type CoproEventMap = { [K in CoproEventName]: CoproEvent<K> };

declare global {
  // Typed `addEventListener('copro-…')` on any element, the document and the window, for every event widgets add to CoproEventDetails.
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends CoproEventMap {}
}
