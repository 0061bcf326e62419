import { defaultPrinciples, defaultRoles, defaultRungs, principleIds, type Ladder, type LocalText, type PrincipleId } from '@copro/protocol';

/** A rung, role or principle as the widget shows it, in the page's language. */
export interface Shown {
  id: string;
  label: string;
  description: string;
  /** A default id still worded as the default, so the widget may use its own words for it. */
  standard: boolean;
}

interface Known {
  id: string;
  label: LocalText;
  description?: LocalText;
}

const pick = (text: LocalText, lang: string) => (lang === 'cy' ? text.cy : text.en);

/**
 * The server sends the English defaults for a new ladder. Where an entry still has a default
 * id and its default English wording, show the wording of the page's language; an organisation's
 * own wording is shown as they wrote it.
 */
function localise<T extends { id: string; label: string; description?: string }>(items: readonly T[], known: readonly Known[], lang: string): Shown[] {
  return items.map((item) => {
    const standard = known.find((entry) => entry.id === item.id);
    const description = item.description ?? '';
    if (!standard) return { id: item.id, label: item.label, description, standard: false };
    return {
      id: item.id,
      standard: item.label === standard.label.en,
      label: item.label === standard.label.en ? pick(standard.label, lang) : item.label,
      description: standard.description && description === standard.description.en ? pick(standard.description, lang) : description,
    };
  });
}

/** The ladder's rungs, bottom to top, roles and principles in the page's language. */
export interface ShownLadder {
  rungs: Shown[];
  roles: Shown[];
  principles: (Shown & { id: PrincipleId })[];
}

export function localiseLadder(ladder: Ladder, lang: string): ShownLadder {
  const primary = lang.toLowerCase().split('-')[0];
  return {
    rungs: localise(ladder.rungs, defaultRungs, primary),
    roles: localise(ladder.roles, defaultRoles, primary),
    principles: principleIds.map((id) => {
      const principle = defaultPrinciples.find((entry) => entry.id === id)!;
      return { id, label: pick(principle.label, primary), description: pick(principle.description, primary), standard: true };
    }),
  };
}
