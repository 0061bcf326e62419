import { defaultGroupIds, type GroupStatus } from '@copro/protocol';

/** What one group says: the part of a group a person edits. */
export interface GroupValues {
  status: GroupStatus;
  note: string;
}

/** The filter choices: `missing` also shows groups whose status is not known yet. */
export type RoomFilter = 'all' | 'missing' | 'invited' | 'present';
export const roomFilters: readonly RoomFilter[] = ['all', 'missing', 'invited', 'present'];

/** Missing and unknown first (the point of the checklist), then invited, present, and not relevant last. */
const rank: Record<GroupStatus, number> = { missing: 0, unknown: 1, invited: 2, present: 3, 'not-relevant': 4 };

/** Group ids in checklist order; groups of the same status keep the endpoint's order. */
export function checklistOrder(groups: readonly { id: string; status: GroupStatus }[]): string[] {
  return groups
    .map((group, position) => ({ group, position }))
    .sort((a, b) => rank[a.group.status] - rank[b.group.status] || a.position - b.position)
    .map(({ group }) => group.id);
}

export function matchesFilter(status: GroupStatus, filter: RoomFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'missing':
      return status === 'missing' || status === 'unknown';
    default:
      return status === filter;
  }
}

export interface RoomCounts {
  /** Groups that count: every group except the ones marked not relevant. */
  total: number;
  present: number;
  invited: number;
  missingOrUnknown: number;
  notRelevant: number;
}

export function countStatuses(statuses: readonly GroupStatus[]): RoomCounts {
  const counts: RoomCounts = { total: 0, present: 0, invited: 0, missingOrUnknown: 0, notRelevant: 0 };
  for (const status of statuses) {
    if (status === 'not-relevant') {
      counts.notRelevant += 1;
      continue;
    }
    counts.total += 1;
    if (status === 'present') counts.present += 1;
    else if (status === 'invited') counts.invited += 1;
    else counts.missingOrUnknown += 1;
  }
  return counts;
}

const defaultIds = new Set(defaultGroupIds);

/** True for the ids of DOMAIN's default groups. */
export function isDefaultGroup(id: string): boolean {
  return defaultIds.has(id);
}

export function sameValues(a: GroupValues, b: GroupValues): boolean {
  return a.status === b.status && a.note.trim() === b.note.trim();
}
