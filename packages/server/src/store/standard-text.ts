/**
 * The standard wording in the reader's language (`?lang=` on a room or ladder read): the default
 * groups, rungs and roles are stored as the English defaults; where an item still has a default
 * id and its default English wording, the answer carries the wording of the language asked for and
 * `standard: true`. An organisation's own wording is answered as written, with `standard: false`.
 * So the elements need not ship every default in every language.
 */
import { defaultGroups, defaultRoles, defaultRungs, type Group, type Ladder, type LocalText, type Role, type Room, type Rung } from '@copro/protocol';

/** A group or ladder as stored, with or without `standard` (it is worked out afresh). */
type Stored<T> = Omit<T, 'standard'> & { standard?: boolean };
type StoredLadder = Omit<Ladder, 'rungs' | 'roles'> & { rungs: readonly Rung[]; roles: readonly Role[] };

export type TextLanguage = keyof LocalText;

/** `cy`, `CY`, `cy-GB` ask for Welsh; anything else (or nothing) for English. */
export function textLanguage(lang: string | undefined): TextLanguage {
  return lang?.trim().toLowerCase().split(/[-_]/)[0] === 'cy' ? 'cy' : 'en';
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const groups = byId(defaultGroups);
const rungs = byId(defaultRungs);
const roles = byId(defaultRoles);

/** The stored words, or the standard words in `lang` when they are still the English default. */
const shown = (stored: string, standard: LocalText | undefined, lang: TextLanguage) => (standard && stored === standard.en ? standard[lang] : stored);

export function localGroup(group: Stored<Group>, lang: TextLanguage): Group {
  const known = groups.get(group.id);
  return {
    ...group,
    label: shown(group.label, known?.label, lang),
    hint: shown(group.hint, known?.hint, lang),
    standard: known !== undefined && group.label === known.label.en,
  };
}

export function localRoom(room: Omit<Room, 'groups'> & { groups: readonly Stored<Group>[] }, lang: TextLanguage): Room {
  return { ...room, groups: room.groups.map((group) => localGroup(group, lang)) };
}

export function localLadder(ladder: StoredLadder, lang: TextLanguage): Ladder {
  return {
    ...ladder,
    rungs: ladder.rungs.map(({ id, label, description }) => {
      const known = rungs.get(id);
      return { id, label: shown(label, known?.label, lang), description: shown(description, known?.description, lang), standard: known !== undefined && label === known.label.en };
    }),
    roles: ladder.roles.map(({ id, label }) => {
      const known = roles.get(id);
      return { id, label: shown(label, known?.label, lang), standard: known !== undefined && label === known.label.en };
    }),
  };
}
