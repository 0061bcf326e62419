/** Readable title made from a slug: "youth-fund-2026" -> "Youth fund 2026". */
export function titleFromId(id: string): string {
  const words = id.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Client-made UUIDs are compared lower-cased, so "ABC…" and "abc…" are the same write. */
export const normalizeId = (id: string) => id.toLowerCase();
