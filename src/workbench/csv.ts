// The events as CSV with ACLED-like columns, RFC 4180: comma-separated, CRLF
// line ends, fields quoted when they hold a comma, quote, CR or LF, quotes
// doubled. Cells that a spreadsheet would run as a formula (starting with
// = + - @, tab or CR) get a leading apostrophe, except plain numbers. Pure.
import type { EventCollection } from '../../geo/types.ts';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'date',
  'date_precision',
  'actor',
  'means',
  'place',
  'name',
  'country',
  'lat',
  'lon',
  'precision',
  'excerpt',
  'source_url',
  'source_title',
] as const;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One field, formula-neutralised and quoted as RFC 4180 requires. */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s) && !NUMBER.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',');
}

/**
 * One row per event. Its source is the event's own article (`source`, in a
 * collection of many), else the collection's (`article`).
 */
export function toCSV(c: EventCollection): string {
  const rows = [csvRow(CSV_COLUMNS)];
  for (const f of c.features) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    rows.push(
      csvRow([
        p.id,
        p.kind,
        p.date,
        p.datePrecision,
        p.actor,
        p.means,
        p.place,
        p.name,
        p.country,
        lat,
        lon,
        p.precision,
        p.excerpt,
        p.source?.url ?? c.article?.url,
        p.source?.title ?? c.article?.title,
      ]),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
