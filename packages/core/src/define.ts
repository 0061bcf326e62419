/**
 * Defines a custom element unless the tag is already taken.
 *
 * CMS pages often load a widget script twice (a plugin and a theme each add it). Throwing
 * there would break the rest of the page, so a second definition only warns.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor) {
    console.warn(
      `copro: <${tag}> is already defined by another copy of the script; keeping the first. ` +
        'Load copro once per page to avoid mixed versions.',
    );
  }
}
