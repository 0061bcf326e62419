/**
 * The custom elements manifest as Storybook's docs tables should read it: the public surface only.
 *
 * Storybook's web-components framework turns each declaration's members, attributes, events,
 * slots, CSS properties and CSS parts into argTypes keyed by name alone, so a later category
 * silently replaces an earlier one with the same name (the ladder's `ladder` attribute and its
 * `ladder` part), and an entry without a name (the default slot, "") is dropped. Hence the renames.
 */

interface Item {
  name?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  /** On a member: the attribute it reflects. */
  attribute?: string;
  /** On an attribute: the property behind it. */
  fieldName?: string;
}

interface Declaration {
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
}

export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** Private, protected, static and `_`- or `#`-prefixed members are internals, not controls. */
const isPublic = (item: Item) =>
  !item.static &&
  item.privacy !== 'private' &&
  item.privacy !== 'protected' &&
  !item.name?.startsWith('_') &&
  !item.name?.startsWith('#');

/** An attribute's row also names its property, so the property needs no row of its own. */
function withProperty(attribute: Item): Item {
  if (!attribute.fieldName || attribute.fieldName === attribute.name) return attribute;
  const property = `Property: \`${attribute.fieldName}\`.`;
  return { ...attribute, description: attribute.description ? `${attribute.description} ${property}` : property };
}

function publicDeclaration(declaration: Declaration): Declaration {
  const attributes = declaration.attributes?.filter(isPublic);
  const reflected = new Set(attributes?.map((attribute) => attribute.fieldName ?? attribute.name));
  return {
    ...declaration,
    attributes: attributes?.map(withProperty),
    members: declaration.members?.filter((member) => isPublic(member) && !reflected.has(member.name)),
    // Every copro event is named copro-*; the analyzer also reports the `name` parameter of the
    // base class's generic `emit(name, detail)`.
    events: declaration.events?.filter((event) => event.name?.startsWith('copro-')),
    slots: declaration.slots?.map((slot) => (slot.name ? slot : { ...slot, name: '(default)' })),
    cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
  };
}

export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({ ...module, declarations: module.declarations?.map(publicDeclaration) })),
  };
}
