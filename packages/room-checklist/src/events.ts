import type { Group } from '@copro/protocol';
import type { GroupValues } from './model.ts';

declare module '@copro/core' {
  interface CoproEventDetails {
    /** A change this person made to a group is stored, or they chose the other person's version. */
    'copro-group-changed': { room: string; group: Group };
    /** Someone else changed the group first: `theirs` is stored, `mine` waits for this person to choose. */
    'copro-conflict': { room: string; theirs: Group; mine: GroupValues };
  }
}

declare global {
  interface HTMLElementEventMap {
    'copro-group-changed': CustomEvent<{ room: string; group: Group }>;
    'copro-conflict': CustomEvent<{ room: string; theirs: Group; mine: GroupValues }>;
  }
}

export {};
