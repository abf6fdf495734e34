// Loading and validating the events file. Every failure becomes an
// EventDataError whose message says precisely what is wrong and where, so the
// page can show it over the (still working) basemap.
import type {
  EditMark,
  Means,
  ReviewReason,
  UnresolvedEvent,
  EventCollection,
  EventFeature,
  EventKind,
  Precision,
} from '../../geo/types.ts';
import { MEANS, REVIEW_REASONS } from '../../geo/types.ts';
import { clip, quoted } from '../lib/clip.ts';

export class EventDataError extends Error {
  override name = 'EventDataError';
}

const KINDS: readonly EventKind[] = ['strike', 'attack', 'mention'];
const PRECISIONS: readonly Precision[] = ['site', 'city', 'region', 'country', 'water'];
const EDIT_MARKS: readonly EditMark[] = ['place', 'kind', 'position', 'added'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(where: string, what: string): never {
  throw new EventDataError(`${where}: ${what}`);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return quoted(v, 40);
  return typeof v === 'object' ? 'an object' : String(v);
}

function str(p: Record<string, unknown>, key: string, where: string): string {
  const v = p[key];
  if (typeof v !== 'string') fail(where, `properties.${key} must be a string (got ${describe(v)})`);
  return v;
}

function strOrNull(p: Record<string, unknown>, key: string, where: string): string | null {
  const v = p[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    fail(where, `properties.${key} must be a string or null (got ${describe(v)})`);
  return v;
}

function num(p: Record<string, unknown>, key: string, where: string): number {
  const v = p[key];
  if (typeof v !== 'number' || !Number.isFinite(v))
    fail(where, `properties.${key} must be a number (got ${describe(v)})`);
  return v;
}

function oneOf<T extends string>(
  p: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  where: string,
): T {
  const v = p[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(where, `properties.${key} must be one of ${allowed.join(', ')} (got ${describe(v)})`);
  }
  return v as T;
}

function validateFeature(f: unknown, i: number): EventFeature {
  const where = `feature ${i}`;
  if (!isObject(f) || f.type !== 'Feature') fail(where, 'is not a GeoJSON Feature');
  const g = f.geometry;
  if (!isObject(g) || g.type !== 'Point') fail(where, 'geometry must be a Point');
  const c = g.coordinates;
  if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number') {
    fail(where, 'geometry.coordinates must be [longitude, latitude]');
  }
  const [lng, lat] = c as [number, number];
  if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) {
    fail(where, `coordinates [${lng}, ${lat}] are outside [-180..180, -90..90]`);
  }
  const p = f.properties;
  if (!isObject(p)) fail(where, 'has no properties');
  const id = str(p, 'id', where);
  const at = `${where} (${quoted(id)})`;
  const spansRaw = p.spans ?? [];
  if (!Array.isArray(spansRaw)) fail(at, 'properties.spans must be an array of [start, end] pairs');
  const spans: [number, number][] = spansRaw.map((s: unknown, j: number) => {
    if (
      !Array.isArray(s) ||
      s.length !== 2 ||
      typeof s[0] !== 'number' ||
      typeof s[1] !== 'number' ||
      s[1] < s[0]
    ) {
      fail(at, `properties.spans[${j}] must be [start, end] with start <= end`);
    }
    return [s[0], s[1]] as [number, number];
  });
  const feature: EventFeature = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: {
      id,
      kind: oneOf(p, 'kind', KINDS, at),
      place: str(p, 'place', at),
      name: typeof p.name === 'string' ? p.name : str(p, 'place', at),
      country: strOrNull(p, 'country', at),
      precision: oneOf(p, 'precision', PRECISIONS, at),
      gazetteer: typeof p.gazetteer === 'string' ? p.gazetteer : '',
      actor: strOrNull(p, 'actor', at),
      excerpt: str(p, 'excerpt', at),
      excerptStart: typeof p.excerptStart === 'number' ? p.excerptStart : 0,
      spans,
      confidence: typeof p.confidence === 'number' ? p.confidence : num(p, 'confidence', at),
    },
  };
  if (p.means !== undefined) {
    if (p.means !== null && !(MEANS as readonly unknown[]).includes(p.means))
      fail(
        at,
        `properties.means must be one of ${MEANS.join(', ')} or null (got ${describe(p.means)})`,
      );
    feature.properties.means = p.means as Means | null;
  }
  if (p.review !== undefined) {
    const r = p.review;
    if (!Array.isArray(r) || !r.every((x) => (REVIEW_REASONS as readonly unknown[]).includes(x)))
      fail(at, `properties.review must be an array of ${REVIEW_REASONS.join(', ')}`);
    feature.properties.review = [...(r as ReviewReason[])];
  }
  if (p.edited !== undefined) {
    const e = p.edited;
    if (!Array.isArray(e) || !e.every((x) => (EDIT_MARKS as readonly unknown[]).includes(x)))
      fail(at, `properties.edited must be an array of ${EDIT_MARKS.join(', ')}`);
    feature.properties.edited = [...(e as EditMark[])];
  }
  if (Array.isArray(f.bbox) && f.bbox.length === 4 && f.bbox.every((n) => typeof n === 'number')) {
    feature.bbox = f.bbox as [number, number, number, number];
  }
  return feature;
}

/** Checks that `json` is an EventCollection; returns a clean copy or throws EventDataError. */
export function parseEventCollection(json: unknown): EventCollection {
  if (!isObject(json))
    fail('events file', `must be a GeoJSON FeatureCollection (got ${describe(json)})`);
  if (json.type !== 'FeatureCollection') {
    fail('events file', `must be a GeoJSON FeatureCollection (type is ${describe(json.type)})`);
  }
  if (!Array.isArray(json.features)) fail('events file', '"features" must be an array');
  const features = json.features.map(validateFeature);
  const seen = new Set<string>();
  for (const [i, f] of features.entries()) {
    if (seen.has(f.properties.id)) fail(`feature ${i}`, `duplicate id ${quoted(f.properties.id)}`);
    seen.add(f.properties.id);
  }
  const out: EventCollection = { type: 'FeatureCollection', features };
  const a = json.article;
  if (isObject(a)) {
    out.article = {
      title: typeof a.title === 'string' ? a.title : null,
      characters: typeof a.characters === 'number' ? a.characters : 0,
      ...(typeof a.date === 'string' ? { date: a.date } : {}),
    };
    if (a.text !== undefined) {
      if (typeof a.text !== 'string')
        fail('events file', `article.text must be a string (got ${describe(a.text)})`);
      out.article.text = a.text;
    }
  }
  if (json.unresolved !== undefined) {
    if (!Array.isArray(json.unresolved))
      fail('events file', `"unresolved" must be an array (got ${describe(json.unresolved)})`);
    out.unresolved = json.unresolved.map(validateUnresolved);
  }
  return out;
}

/** A strike or attack at a place the gazetteer lacks (EventCollection.unresolved). */
function validateUnresolved(u: unknown, i: number): UnresolvedEvent {
  const where = `unresolved ${i}`;
  if (!isObject(u)) fail(where, 'must be an object');
  const spans = u.spans;
  if (
    !Array.isArray(spans) ||
    !spans.every(
      (x) =>
        Array.isArray(x) &&
        x.length === 2 &&
        typeof x[0] === 'number' &&
        typeof x[1] === 'number' &&
        x[0] <= x[1],
    )
  )
    fail(where, 'spans must be an array of [start, end] pairs with start <= end');
  const means = u.means ?? null;
  if (means !== null && !(MEANS as readonly unknown[]).includes(means))
    fail(where, `means must be one of ${MEANS.join(', ')} or null`);
  return {
    kind: oneOf(u, 'kind', ['strike', 'attack'] as const, where),
    place: str(u, 'place', where),
    actor: strOrNull(u, 'actor', where),
    means: means as Means | null,
    excerpt: str(u, 'excerpt', where),
    excerptStart: num(u, 'excerptStart', where),
    spans: (spans as [number, number][]).map(([a, b]) => [a, b]),
  };
}

/** How much of a URL an error message quotes. */
const URL_CHARS = 120;

/** Fetches and validates the events file at `url` (relative to the document). */
export async function loadEvents(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<EventCollection> {
  const shown = clip(url, URL_CHARS);
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new EventDataError(`Could not load the events from ${shown}: ${(e as Error).message}`);
  }
  if (!res.ok) {
    throw new EventDataError(
      `Could not load the events from ${shown}: HTTP ${res.status} ${res.statusText}`.trim(),
    );
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new EventDataError(`The events file ${shown} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseEventCollection(json);
  } catch (e) {
    if (e instanceof EventDataError)
      throw new EventDataError(`The events file ${shown} is malformed: ${e.message}`);
    throw e;
  }
}

/**
 * The events URL: `generated/example.geojson`, or the `?data=` parameter when it
 * names a file on the same origin (an embed can point at its own article).
 */
export function eventsUrl(location: { href: string; search: string }, baseURI: string): string {
  const param = dataParam(location, baseURI);
  return param === null
    ? new URL('generated/example.geojson', baseURI).href
    : new URL(param, baseURI).href;
}

/** The page's `data` parameter as given, when it names an http(s) URL of the same origin; else null. */
export function dataParam(
  location: { href: string; search: string },
  baseURI: string,
): string | null {
  const param = new URLSearchParams(location.search).get('data');
  // Blank would resolve to the page itself; blob: or data: of the page's origin are not files.
  if (!param?.trim()) return null;
  try {
    const u = new URL(param, baseURI);
    const web = u.protocol === 'http:' || u.protocol === 'https:';
    return web && u.origin === new URL(location.href).origin ? param : null;
  } catch {
    return null;
  }
}
