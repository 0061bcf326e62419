import type { LadderSummary, RoleSummary } from '@copro/protocol';
import type { Shown } from './labels.ts';

export type Question = 'now' | 'aim';

/** One role's answers to one question: how many put the project on each rung, bottom to top. */
export interface Spread {
  role: Shown;
  /** Counts in the order of `rungs` (bottom to top). */
  counts: number[];
  answered: number;
  /** Index of the middle answer in `rungs`, or -1 when nobody in this role answered. */
  median: number;
}

/**
 * The middle answer of ordered answers. With an even number of answers the lower of the two
 * middle rungs is taken, so the result is always a rung someone chose and never flatters the project.
 */
export function medianIndex(counts: readonly number[]): number {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (!total) return -1;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (let index = 0; index < counts.length; index++) {
    seen += counts[index];
    if (seen >= middle) return index;
  }
  return -1;
}

/** Each role with at least one answer that the summary shows (not withheld), in the ladder's order, with its spread for a question. */
export function spreads(summary: LadderSummary, rungs: readonly Shown[], roles: readonly Shown[], question: Question): Spread[] {
  return roles
    .filter((role) => (summary.byRole[role.id]?.count ?? 0) > 0 && !summary.byRole[role.id]?.withheld)
    .map((role) => {
      const answers: RoleSummary[Question] = summary.byRole[role.id]?.[question] ?? {};
      const counts = rungs.map((rung) => answers[rung.id] ?? 0);
      return { role, counts, answered: counts.reduce((sum, n) => sum + n, 0), median: medianIndex(counts) };
    });
}

/** How the two views compare on one question. */
export type Gap =
  | { kind: 'both-missing' }
  | { kind: 'missing'; missing: 'staff' | 'lived' }
  | { kind: 'same'; rung: number }
  | { kind: 'apart'; staff: number; lived: number; distance: number; livedHigher: boolean };

/** Compares the middle answers of the staff role and the lived-experience role. */
export function gapBetween(all: readonly Spread[], staffRole: string, livedRole: string): Gap {
  const staff = all.find((spread) => spread.role.id === staffRole && spread.median >= 0);
  const lived = all.find((spread) => spread.role.id === livedRole && spread.median >= 0);
  if (!staff && !lived) return { kind: 'both-missing' };
  if (!staff) return { kind: 'missing', missing: 'staff' };
  if (!lived) return { kind: 'missing', missing: 'lived' };
  if (staff.median === lived.median) return { kind: 'same', rung: staff.median };
  return {
    kind: 'apart',
    staff: staff.median,
    lived: lived.median,
    distance: Math.abs(staff.median - lived.median),
    livedHigher: lived.median > staff.median,
  };
}

/** Roles with answers whose results the endpoint keeps back until there are enough of them. */
export function withheldRoles(summary: LadderSummary, roles: readonly Shown[]): { role: Shown; count: number }[] {
  return roles.filter((role) => summary.byRole[role.id]?.withheld && summary.byRole[role.id].count > 0).map((role) => ({ role, count: summary.byRole[role.id].count }));
}
