import type { ValidationIssue } from '@copro/protocol';

/**
 * What can go wrong in the stores, in their own terms. The stores know nothing of HTTP: the one
 * place that turns a kind into a status and an `{"error": {code}}` body is `errorResponse` in
 * http/errors.ts.
 */
export type DomainErrorKind =
  /** No such item (or auto-creation is off). */
  | 'not_found'
  /** The input breaks a rule the schema cannot know (longer than this board allows, a cursor not ours). */
  | 'invalid'
  /** The item cannot take this change as it stands (a room at its most groups). */
  | 'conflict'
  /** The write's id belongs to a different write: nothing of the stored one is told. */
  | 'id_conflict'
  /** The board takes no new posts or supports. */
  | 'closed'
  /** The id was erased: it is never stored again. */
  | 'gone';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly issues?: ValidationIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `There is no ${what} with that id.`);
export const invalid = (message: string, issues?: ValidationIssue[]) => new DomainError('invalid', message, issues);
export const conflict = (message: string) => new DomainError('conflict', message);
export const idConflict = () =>
  new DomainError('id_conflict', 'That id belongs to a different write. Nothing was stored: send this one with a new id.');
export const closed = (message: string) => new DomainError('closed', message);
export const gone = () => new DomainError('gone', 'This was erased, so it cannot be sent again.');
