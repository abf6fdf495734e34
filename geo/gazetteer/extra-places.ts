// The newsroom gazetteer's file: places a desk maps that no gazetteer holds (a base,
// a crossing, a neighbourhood), as a GeoJSON FeatureCollection of Point features:
//   properties: name (required), aliases (strings), precision (site | city | region |
//   country | water), country (ISO 3166-1 alpha-2 or null), note, source.
// Pure (no DOM, no fs, no fetch): `parseExtraPlaces` checks a parsed JSON value and
// keeps every good feature, listing the problems of the others by index, name and
// field; `serialiseExtraPlaces` writes the same format back. Linear in the input.
import type { Precision } from '../types.ts';

export interface ExtraPlace {
  name: string;
  aliases: string[];
  precision: Precision;
  country: string | null;
  note: string;
  source: string;
  lon: number;
  lat: number;
}

export interface ParsedPlaces {
  places: ExtraPlace[];
  /** One line per problem, naming the feature (index, name) and the field. */
  problems: string[];
}

/** At most this many places in a file (a desk's own list, not a gazetteer). */
export const MAX_PLACES = 10_000;
/** Longest name or alias, in characters. */
export const MAX_NAME = 200;
/** At most this many aliases per place. */
export const MAX_ALIASES = 20;
/** Longest note or source, in characters. */
export const MAX_TEXT = 2_000;
/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 50;

const PRECISIONS: readonly Precision[] = ['site', 'city', 'region', 'country', 'water'];
const ALPHA2 = /^[A-Z]{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A name for a message: at most 60 characters, in curly quotes. */
function quoted(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > 60 ? one.slice(0, 59) + '…' : one}”`;
}

/** A name, alias or text: trimmed, non-empty (`name`) and at most `max` characters. */
function text(v: unknown, max: number): string | null {
  return typeof v === 'string' && v.trim() !== '' && v.length <= max ? v.trim() : null;
}

/** One feature checked: the place, or the problems (each without the feature's label). */
function checkFeature(f: unknown): { place?: ExtraPlace; problems: string[]; name?: string } {
  const problems: string[] = [];
  if (!isObject(f) || f.type !== 'Feature') return { problems: ['is not a GeoJSON Feature'] };
  const p = isObject(f.properties) ? f.properties : null;
  const rawName = p?.name;
  const name = text(rawName, MAX_NAME);
  const label = typeof rawName === 'string' && rawName.trim() ? rawName : undefined;
  if (!p) problems.push('`properties` must be an object');
  else if (name === null)
    problems.push(`\`name\` must be text of 1 to ${MAX_NAME} characters (required)`);
  const g = f.geometry;
  let lon = NaN;
  let lat = NaN;
  if (!isObject(g) || g.type !== 'Point' || !Array.isArray(g.coordinates))
    problems.push('`geometry` must be a Point');
  else {
    const [x, y] = g.coordinates as unknown[];
    if (typeof x === 'number' && Number.isFinite(x) && x >= -180 && x <= 180) lon = x;
    else problems.push('longitude (first coordinate) must be a number from -180 to 180');
    if (typeof y === 'number' && Number.isFinite(y) && y >= -90 && y <= 90) lat = y;
    else problems.push('latitude (second coordinate) must be a number from -90 to 90');
  }
  const aliases: string[] = [];
  const precision = p?.precision ?? 'site';
  let country: string | null = null;
  if (p) {
    if (p.aliases !== undefined) {
      if (!Array.isArray(p.aliases) || p.aliases.length > MAX_ALIASES)
        problems.push(`\`aliases\` must be a list of at most ${MAX_ALIASES} names`);
      else
        for (const a of p.aliases) {
          const t = text(a, MAX_NAME);
          if (t === null) {
            problems.push(`\`aliases\` must hold only names of 1 to ${MAX_NAME} characters`);
            break;
          }
          if (!aliases.includes(t)) aliases.push(t);
        }
    }
    if (!PRECISIONS.includes(precision as Precision))
      problems.push(`\`precision\` must be one of ${PRECISIONS.join(', ')}`);
    if (p.country !== undefined && p.country !== null) {
      if (typeof p.country === 'string' && ALPHA2.test(p.country.toUpperCase()))
        country = p.country.toUpperCase();
      else problems.push('`country` must be an ISO alpha-2 code or null');
    }
    for (const k of ['note', 'source'] as const)
      if (p[k] !== undefined && (typeof p[k] !== 'string' || p[k].length > MAX_TEXT))
        problems.push(`\`${k}\` must be text of at most ${MAX_TEXT} characters`);
  }
  if (problems.length || name === null || !p) return { problems, ...(label && { name: label }) };
  return {
    problems,
    place: {
      name,
      aliases: aliases.filter((a) => a !== name),
      precision: precision as Precision,
      country,
      note: typeof p.note === 'string' ? p.note.trim() : '',
      source: typeof p.source === 'string' ? p.source.trim() : '',
      lon,
      lat,
    },
  };
}

/**
 * The places of a parsed GeoJSON value. Good features are kept when others are bad;
 * each problem names its feature: "Feature 3 (“Camp X”): `country` must be ...".
 * Features are numbered from 1, as a person counts them.
 */
export function parseExtraPlaces(json: unknown): ParsedPlaces {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return { places: [], problems: ['The file is not a GeoJSON FeatureCollection.'] };
  const features = json.features as unknown[];
  const places: ExtraPlace[] = [];
  const problems: string[] = [];
  let unlisted = 0;
  const n = Math.min(features.length, MAX_PLACES);
  for (let i = 0; i < n; i++) {
    const r = checkFeature(features[i]);
    if (r.place) places.push(r.place);
    for (const why of r.problems) {
      if (problems.length >= MAX_PROBLEMS) unlisted++;
      else problems.push(`Feature ${i + 1}${r.name ? ` (${quoted(r.name)})` : ''}: ${why}`);
    }
  }
  if (unlisted) problems.push(`… and ${unlisted} more problems.`);
  if (features.length > MAX_PLACES)
    problems.push(
      `The file has ${features.length} features; only the first ${MAX_PLACES} were read.`,
    );
  return { places, problems };
}

/** `parseExtraPlaces` of a file's text: invalid JSON is one problem. */
export function parseExtraPlacesText(text: string): ParsedPlaces {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { places: [], problems: [`The file is not JSON: ${(e as Error).message}`] };
  }
  return parseExtraPlaces(json);
}

/** The places as the file format (the GeoJSON `parseExtraPlaces` reads back unchanged). */
export function serialiseExtraPlaces(places: readonly ExtraPlace[]) {
  return {
    type: 'FeatureCollection' as const,
    features: places.map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      properties: {
        name: p.name,
        aliases: [...p.aliases],
        precision: p.precision,
        country: p.country,
        note: p.note,
        source: p.source,
      },
    })),
  };
}

/** A slug of a name for gazetteer ids (`newsroom:camp-halvorsen`). */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\p{M}\p{Lm}]/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'place'
  );
}

/** Which place it is, for merging: its name (case-insensitive) and its point to 1e-6° (0.1 m). */
export function placeKey(p: ExtraPlace): string {
  return `${p.name.toLowerCase()}|${p.lon.toFixed(6)}|${p.lat.toFixed(6)}`;
}

/**
 * `base` with `added` merged in, in one pass: an added place with the name and point
 * of one already there (placeKey) replaces it where it stands; the others follow.
 */
export function mergePlaces(
  base: readonly ExtraPlace[],
  added: readonly ExtraPlace[],
): ExtraPlace[] {
  const out = [...base];
  const at = new Map(out.map((p, i) => [placeKey(p), i]));
  for (const p of added) {
    const k = placeKey(p);
    const i = at.get(k);
    if (i === undefined) at.set(k, out.push(p) - 1);
    else out[i] = p;
  }
  return out;
}
