import type { GroupStatus } from '@copro/protocol';
import { formatDate, type Translator } from '@copro/core';
import { checklistOrder, countStatuses, type RoomCounts } from './model.ts';

/** One group as exported: the words shown on the page, in the page's language. */
export interface ExportRow {
  id: string;
  label: string;
  hint: string;
  status: GroupStatus;
  note: string;
  updatedAt: string;
}

/**
 * One CSV field, always quoted. A field that a spreadsheet would read as a formula (it starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so opening
 * the file can never run what someone typed into a note (CSV injection).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The checklist as CSV (RFC 4180 line ends, with a byte-order mark so spreadsheets read Welsh letters right). */
export function roomCsv(rows: readonly ExportRow[], t: Translator): string {
  const header = [t('csv.group'), t('csv.status'), t('csv.note'), t('csv.hint'), t('csv.updated')];
  const lines = [header, ...rows.map((row) => [row.label, t(`status.${row.status}`), row.note, row.hint, row.updatedAt])];
  return `\ufeff${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * The summary: "9 of 26 groups are in the room. 5 invited. 12 missing or unknown." Each part is a
 * whole sentence of its own message (never a fragment of one), so no language's word order is forced.
 */
export function summarySentence(counts: RoomCounts, t: Translator): string {
  const parts = [
    t('summary.present', { count: counts.present, total: counts.total }),
    t('summary.invited', { count: counts.invited }),
    t('summary.missing', { count: counts.missingOrUnknown }),
  ];
  if (counts.notRelevant) parts.push(t('summary.notRelevant', { count: counts.notRelevant }));
  return parts.join(' ');
}

const sections: readonly { key: string; statuses: readonly GroupStatus[] }[] = [
  { key: 'section.missing', statuses: ['missing', 'unknown'] },
  { key: 'section.invited', statuses: ['invited'] },
  { key: 'section.present', statuses: ['present'] },
  { key: 'section.not-relevant', statuses: ['not-relevant'] },
];

/** A plain-text summary for a steering group's minutes: the sentence, then the groups by status with their notes. */
export function roomMinutes(title: string, rows: readonly ExportRow[], t: Translator, now = new Date()): string {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = checklistOrder(rows).map((id) => byId.get(id)!);
  const lines = [t('minutes.heading', { title }), t('minutes.date', { date: formatDate(now, t.lang, { dateStyle: 'long' }) }), '', summarySentence(countStatuses(rows.map((row) => row.status)), t)];
  for (const section of sections) {
    const inSection = ordered.filter((row) => section.statuses.includes(row.status));
    if (!inSection.length) continue;
    lines.push('', t('label', { label: t(section.key) }));
    for (const row of inSection) {
      // One message per shape of line, so a language can order and punctuate it its own way.
      const values = { group: row.label, status: t(`status.${row.status}`), note: row.note.replace(/\s*\n\s*/g, ' ') };
      const withStatus = section.statuses.length > 1;
      lines.push(t(row.note ? (withStatus ? 'minutes.groupStatusNote' : 'minutes.groupNote') : withStatus ? 'minutes.groupStatus' : 'minutes.group', values));
    }
  }
  return `${lines.join('\n')}\n`;
}
