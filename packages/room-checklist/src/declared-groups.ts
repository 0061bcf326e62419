import { NewGroup, Slug } from '@copro/protocol';
import * as z from 'zod/mini';

/** The tag of the child elements that list an organisation's own groups. */
export const DECLARED_GROUP_TAG = 'copro-group';

export interface DeclaredGroups {
  /** Every id the organisation listed, default or new: the groups a `replace-defaults` checklist shows. */
  ids: Set<string>;
  /** Listed groups with a label: added to the room when it does not have them yet. */
  groups: NewGroup[];
}

/**
 * Reads the `<copro-group group="..." label="..." hint="...">` children of a checklist: the
 * organisation's own list, given without code. A child that names a default group's id with no
 * label (`<copro-group group="young-people">`) keeps that group in a `replace-defaults` list; a
 * child with a new id and a label adds that group. A child whose id or label does not fit the
 * HTTP API's rules is skipped with a console warning.
 */
export function declaredGroups(host: Element): DeclaredGroups {
  const declared: DeclaredGroups = { ids: new Set(), groups: [] };
  for (const child of host.querySelectorAll(`:scope > ${DECLARED_GROUP_TAG}`)) {
    const id = child.getAttribute('group') ?? '';
    const label = child.getAttribute('label');
    const problem = (issues: z.core.$ZodIssue[]) =>
      console.warn(`<copro-room-checklist>: skipped <${DECLARED_GROUP_TAG} group="${id}">: ${issues.map((issue) => issue.message).join('; ')}`);
    if (label === null) {
      const checked = z.safeParse(Slug, id);
      if (checked.success) declared.ids.add(id);
      else problem(checked.error.issues);
      continue;
    }
    const parsed = z.safeParse(NewGroup, { id, label, hint: child.getAttribute('hint') ?? undefined });
    if (!parsed.success) {
      problem(parsed.error.issues);
      continue;
    }
    declared.ids.add(id);
    declared.groups.push(parsed.data);
  }
  return declared;
}
