import { createHash } from 'node:crypto';
import { idConflict } from './errors.ts';

/**
 * Replays (finding 2 of docs/security.md). A write carries a client-made id so that sending it twice
 * stores it once; but an id is not a secret, and answering any replay with the stored item let
 * anyone who learnt an id read a hidden post, a rating's comment or a clarity answer. So each write
 * keeps a hash of itself as first received (`write_hash`, migration 0004): a replay is answered with
 * the stored item only when its hash is the same; otherwise 409 `id_conflict`, saying nothing of
 * what is stored. The hash is of the write, not of the row, so a later redaction of the stored text
 * does not turn an honest retry into a conflict.
 *
 * The lookup order in each store is: the live row, then ids a later write replaced (ratings), and
 * there an `erased_ids` lookup answering 410 slots in beside them (issue 16).
 */

/** Fields joined by U+001F (the unit separator), hashed with SHA-256. Migration 0004 computes the same in SQL for posts. */
export function writeHash(kind: 'post' | 'rating' | 'clarity' | 'report', fields: (string | number | boolean | null | undefined)[]): string {
  return createHash('sha256')
    .update([kind, ...fields.map((field) => (field === null || field === undefined ? '' : String(field)))].join('\u001f'), 'utf8')
    .digest('hex');
}


/** Passes when `stored` is the hash of the same write; throws 409 `id_conflict` otherwise. */
export function sameWrite(stored: string, incoming: string): void {
  if (stored !== incoming) throw idConflict();
}
