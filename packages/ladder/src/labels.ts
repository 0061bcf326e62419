import type { Translator } from '@copro/core';
import { principleIds, type Ladder, type PrincipleId } from '@copro/protocol';

/** A rung, role or principle as the widget shows it, in the page's language. */
export interface Shown {
  id: string;
  label: string;
  description: string;
  /** A default id still in its standard wording, so the widget may use its own words for it. */
  standard: boolean;
}

/** The ladder's rungs, bottom to top, roles and principles in the page's language. */
export interface ShownLadder {
  rungs: Shown[];
  roles: Shown[];
  principles: (Shown & { id: PrincipleId })[];
}

/**
 * The ladder as the widget shows it. Rungs and roles are shown as the endpoint answers them: the
 * ladder is read with `?lang=`, so the reference server answers the standard wording in the page's
 * language, each item saying whether it is `standard`, and an organisation's own wording as they
 * wrote it (an endpoint that ignores `lang` is shown as it answers). The six principles are not
 * the endpoint's: their words are the widget's own messages.
 */
export function localiseLadder(ladder: Ladder, t: Translator): ShownLadder {
  const shown = (item: { id: string; label: string; description?: string; standard: boolean }): Shown => ({
    id: item.id,
    label: item.label,
    description: item.description ?? '',
    standard: item.standard,
  });
  return {
    rungs: ladder.rungs.map(shown),
    roles: ladder.roles.map(shown),
    principles: principleIds.map((id) => ({ id, label: t(`principle.${id}`), description: t(`principle.${id}.description`), standard: true })),
  };
}
