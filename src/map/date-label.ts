// An event's date as the popup and the list show it: "12 Jan 2024", "week of
// 15 Jan 2024", "Jan 2024", "2019" (UTC, English month names: no locale or time
// zone moves a date the article gives).
import type { EventProperties } from '../../geo/types.ts';

/** English month abbreviations, January first. */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The event's date in words, or null when it has none (or a malformed one). */
export function dateLabel(p: Pick<EventProperties, 'date' | 'datePrecision'>): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.date ?? '');
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || !p.datePrecision) return null;
  const day = `${Number(m[3])} ${month} ${m[1]}`;
  if (p.datePrecision === 'day') return day;
  if (p.datePrecision === 'week') return `week of ${day}`;
  if (p.datePrecision === 'month') return `${month} ${m[1]}`;
  return m[1]!;
}
