/**
 * Spots personal details people often paste into public posts without thinking: email addresses
 * and UK phone numbers (mobile, landline, +44 and (0) forms, with spaces, dashes or brackets).
 * It is a safety net with false negatives, not a guarantee. Taking them out of a post is in
 * personal-data-remove.ts, loaded when someone asks for it.
 */
export const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
export const UK_PHONE = /(?<![\d+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s\-)]?\d){8,9}(?![\d])/g;

export interface PersonalData {
  emails: string[];
  phones: string[];
}

export function findPersonalData(text: string): PersonalData {
  return {
    emails: text.match(EMAIL) ?? [],
    phones: text.match(UK_PHONE) ?? [],
  };
}

export const hasPersonalData = (found: PersonalData) => found.emails.length + found.phones.length > 0;
