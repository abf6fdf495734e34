// Loading and validating the events file. Validation is per event: a bad
// feature is left out and the others are kept, with one message that says which
// were left out and why (leftOut). A file that is no FeatureCollection at all
// (or whose every event is bad) becomes an EventDataError whose message says
// precisely what is wrong and where, so the page can show it over the (still
// working) basemap.
import type {
  ArticleDateSource,
  DatePrecision,
  EditMark,
  Means,
  ReviewReason,
  PossibleEvent,
  UnresolvedEvent,
  EventCollection,
  EventFeature,
  EventKind,
  Precision,
} from '../../geo/types.ts';
import { DATE_PRECISIONS, EDIT_MARKS, MEANS, REVIEW_REASONS } from '../../geo/types.ts';
import { clip, quoted } from '../lib/clip.ts';
import { downloadText } from '../lib/fetch-timeout.ts';

import {
  EventDataError,
  describe,
  fail,
  isObject,
  num,
  oneOf,
  str,
  strOrNull,
} from './data-checks.ts';
import { validateSources, webUrl } from './data-source.ts';

export { EventDataError };

const KINDS: readonly EventKind[] = ['strike', 'attack', 'mention'];
const PRECISIONS: readonly Precision[] = ['site', 'city', 'region', 'country', 'water'];
const DATE_SOURCES: readonly ArticleDateSource[] = ['given', 'metadata', 'dateline'];

function validateFeature(f: unknown, i: number): EventFeature {
  // The id, when there is one, names the feature in every message.
  const maybeId = isObject(f) && isObject(f.properties) ? f.properties.id : undefined;
  const where = `feature ${i}${typeof maybeId === 'string' ? ` (${quoted(maybeId)})` : ''}`;
  if (!isObject(f) || f.type !== 'Feature') fail(where, 'is not a GeoJSON Feature');
  const g = f.geometry;
  if (g === undefined || g === null) fail(where, 'has no coordinates');
  if (!isObject(g) || g.type !== 'Point') fail(where, 'geometry must be a Point');
  const c = g.coordinates;
  if (c === undefined || c === null) fail(where, 'has no coordinates');
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
  const at = `feature ${i} (${quoted(id)})`;
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
  if (p.date !== undefined) {
    if (p.date !== null && (typeof p.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(p.date)))
      fail(at, `properties.date must be a YYYY-MM-DD date or null (got ${describe(p.date)})`);
    const dp = p.datePrecision ?? null;
    if (p.date === null ? dp !== null : !(DATE_PRECISIONS as readonly unknown[]).includes(dp))
      fail(
        at,
        `properties.datePrecision must be one of ${DATE_PRECISIONS.join(', ')} with a date, null without (got ${describe(dp)})`,
      );
    feature.properties.date = p.date;
    feature.properties.datePrecision = dp as DatePrecision | null;
    const ds = p.dateSpan;
    if (
      p.date !== null &&
      Array.isArray(ds) &&
      ds.length === 2 &&
      typeof ds[0] === 'number' &&
      typeof ds[1] === 'number' &&
      ds[0] <= ds[1]
    )
      feature.properties.dateSpan = [ds[0], ds[1]];
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
  Object.assign(feature.properties, validateSources(p, at));
  if (Array.isArray(f.bbox) && f.bbox.length === 4 && f.bbox.every((n) => typeof n === 'number')) {
    feature.bbox = f.bbox as [number, number, number, number];
  }
  return feature;
}

/** An event left out of a file: its index in its array, its id when it has one, and why. */
interface Problem {
  index: number;
  id: string | null;
  reason: string;
  /** The validator's own message ("feature 3 ("x"): ..."). */
  message: string;
}

/** How many of a file's events were kept and which were left out. */
export interface ParsedEvents {
  collection: EventCollection;
  /** One sentence or two: which events were left out and why; null when none was. */
  leftOut: string | null;
  /** How many features were in the file, and how many were left out. */
  features: { total: number; leftOut: number };
}

/** Every item of `list` through `validate`: the good ones, and a Problem for each bad one. */
function each<T>(list: unknown[], validate: (x: unknown, i: number) => T) {
  const kept: T[] = [];
  const problems: Problem[] = [];
  list.forEach((x, i) => {
    try {
      kept.push(validate(x, i));
    } catch (e) {
      if (!(e instanceof EventDataError)) throw e;
      const p = isObject(x) && isObject(x.properties) ? x.properties.id : undefined;
      const id = typeof p === 'string' ? p : null;
      problems.push({ index: i, id, reason: e.what ?? e.message, message: e.message });
    }
  });
  return { kept, problems };
}

/** How many events are shown in the left-out sentence before "and N more". */
const NAMED = 3;

function problemText(p: Problem): string {
  const label = `#${p.index + 1}${p.id !== null ? ` (${quoted(p.id)})` : ''}`;
  // "#4 has no coordinates", "#9 ("x"): properties.kind must be ..."
  return /^(has|is) /.test(p.reason) ? `${label} ${p.reason}` : `${label}: ${p.reason}`;
}

/** "3 of 21 events were left out: #4 has no coordinates; #9 …; #12 …; and 1 more." */
function leftOutSentence(problems: readonly Problem[], total: number, noun: string): string {
  const n = problems.length;
  const named = problems.slice(0, NAMED).map(problemText);
  if (n > NAMED) named.push(`and ${n - NAMED} more`);
  // Stryker disable next-line Regex: equivalent: without '^' the first \S+ run is still the noun's first word
  const nouns = total === 1 ? noun : noun.replace(/^(\S+)/, '$1s');
  return `${n} of ${total} ${nouns} ${n === 1 ? 'was' : 'were'} left out: ${named.join('; ')}.`;
}

/**
 * Checks that `json` is an EventCollection, event by event: a bad feature (or
 * unresolved entry) is left out, the others kept. Throws EventDataError only
 * when `json` is no FeatureCollection at all.
 */
export function parseEvents(json: unknown): ParsedEvents {
  const r = collect(json);
  const sentences: string[] = [];
  if (r.problems.length) sentences.push(leftOutSentence(r.problems, r.total, 'event'));
  if (r.unresolvedProblems.length)
    sentences.push(
      leftOutSentence(r.unresolvedProblems, r.unresolvedTotal, 'event not on the map'),
    );
  return {
    collection: r.collection,
    leftOut: sentences.length ? sentences.join(' ') : null,
    features: { total: r.total, leftOut: r.problems.length },
  };
}

/** `article.url` when it is an absolute http(s) URL, else null. */
function articleUrl(v: unknown): string | null {
  try {
    return v === undefined ? null : webUrl(v, 'events file', 'article.url');
  } catch {
    return null;
  }
}

function collect(json: unknown) {
  if (!isObject(json))
    fail('events file', `must be a GeoJSON FeatureCollection (got ${describe(json)})`);
  if (json.type !== 'FeatureCollection') {
    fail('events file', `must be a GeoJSON FeatureCollection (type is ${describe(json.type)})`);
  }
  if (!Array.isArray(json.features)) fail('events file', '"features" must be an array');
  const seen = new Set<string>();
  const { kept: features, problems } = each(json.features, (x, i) => {
    const f = validateFeature(x, i);
    const id = f.properties.id;
    if (seen.has(id)) fail(`feature ${i} (${quoted(id)})`, `duplicate id ${quoted(id)}`);
    seen.add(id);
    return f;
  });
  const out: EventCollection = { type: 'FeatureCollection', features };
  if (typeof json.articles === 'number' && Number.isInteger(json.articles) && json.articles > 0)
    out.articles = json.articles;
  const a = json.article;
  if (isObject(a)) {
    out.article = {
      title: typeof a.title === 'string' ? a.title : null,
      characters: typeof a.characters === 'number' ? a.characters : 0,
      ...(typeof a.date === 'string' ? { date: a.date } : {}),
    };
    // A popup or a download may link to it: only an http(s) URL is kept, anything else left out.
    const url = articleUrl(a.url);
    if (url) out.article.url = url;
    if (typeof a.date === 'string' && DATE_SOURCES.includes(a.dateSource as ArticleDateSource))
      out.article.dateSource = a.dateSource as ArticleDateSource;
    if (a.text !== undefined) {
      if (typeof a.text !== 'string')
        fail('events file', `article.text must be a string (got ${describe(a.text)})`);
      out.article.text = a.text;
    }
  }
  let unresolvedProblems: Problem[] = [];
  if (json.unresolved !== undefined) {
    if (!Array.isArray(json.unresolved))
      fail('events file', `"unresolved" must be an array (got ${describe(json.unresolved)})`);
    const u = each(json.unresolved, validateUnresolved);
    out.unresolved = u.kept;
    unresolvedProblems = u.problems;
  }
  if (json.possible !== undefined) {
    if (!Array.isArray(json.possible))
      fail('events file', `"possible" must be an array (got ${describe(json.possible)})`);
    const p = each(json.possible, validatePossible);
    if (p.kept.length) out.possible = p.kept;
    unresolvedProblems = [...unresolvedProblems, ...p.problems];
  }
  return {
    collection: out,
    problems,
    total: json.features.length,
    unresolvedProblems,
    unresolvedTotal:
      (Array.isArray(json.unresolved) ? json.unresolved.length : 0) +
      (Array.isArray(json.possible) ? json.possible.length : 0),
  };
}

/**
 * Checks that `json` is an EventCollection, strictly: returns a clean copy, or
 * throws EventDataError at the first bad event (for data this app made itself,
 * such as the geoparser's output, where any fault is a bug).
 */
export function parseEventCollection(json: unknown): EventCollection {
  const r = collect(json);
  const first = r.problems[0] ?? r.unresolvedProblems[0];
  if (first) throw new EventDataError(first.message);
  return r.collection;
}

/** A strike or attack at a place the gazetteer lacks (EventCollection.unresolved). */
const isSpan = (x: unknown): x is [number, number] =>
  Array.isArray(x) &&
  x.length === 2 &&
  typeof x[0] === 'number' &&
  typeof x[1] === 'number' &&
  x[0] <= x[1];

/** What an unresolved and a possible event share: kind, actor, means and sentence. */
function validateUnplaced(u: Record<string, unknown>, where: string) {
  const means = u.means ?? null;
  if (means !== null && !(MEANS as readonly unknown[]).includes(means))
    fail(where, `means must be one of ${MEANS.join(', ')} or null`);
  return {
    kind: oneOf(u, 'kind', ['strike', 'attack'] as const, where),
    actor: strOrNull(u, 'actor', where),
    means: means as Means | null,
    excerpt: str(u, 'excerpt', where),
    excerptStart: num(u, 'excerptStart', where),
  };
}

function validateUnresolved(u: unknown, i: number): UnresolvedEvent {
  const where = `unresolved ${i}`;
  if (!isObject(u)) fail(where, 'must be an object');
  const spans = u.spans;
  if (!Array.isArray(spans) || !spans.every(isSpan))
    fail(where, 'spans must be an array of [start, end] pairs with start <= end');
  const { kind, actor, means, excerpt, excerptStart } = validateUnplaced(u, where);
  return {
    kind,
    place: str(u, 'place', where),
    actor,
    means,
    excerpt,
    excerptStart,
    spans: (spans as [number, number][]).map(([a, b]) => [a, b]),
  };
}

/** A sentence with a strike or attack cue and no event (EventCollection.possible). */
function validatePossible(u: unknown, i: number): PossibleEvent {
  const where = `possible event ${i}`;
  if (!isObject(u)) fail(where, 'must be an object');
  if (!isSpan(u.cue)) fail(where, 'cue must be a [start, end] pair with start <= end');
  return { ...validateUnplaced(u, where), cue: [u.cue[0], u.cue[1]] };
}

/** How much of a URL an error message quotes. */
const URL_CHARS = 120;

/**
 * Fetches and validates the events file at `url` (relative to the document):
 * its good events, and which were left out. Throws EventDataError when the file
 * cannot be read or has events but none of them is valid.
 */
export async function loadEvents(
  url: string,
  fetchImpl: typeof fetch = fetch,
  options: { stallMs?: number } = {},
): Promise<ParsedEvents> {
  let text: string;
  const shown = clip(url, URL_CHARS);
  try {
    text = await downloadText(url, { what: 'the events file', fetchImpl, ...options });
  } catch (e) {
    throw new EventDataError(`Could not load the events from ${shown}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new EventDataError(`The events file ${shown} is not valid JSON: ${(e as Error).message}`);
  }
  return checked(json, `The events file ${shown} is malformed: `);
}

/** parseEvents, with `prefix` before its messages; a file whose every event was left out fails. */
export function checked(json: unknown, prefix: string): ParsedEvents {
  let r: ParsedEvents;
  try {
    r = parseEvents(json);
  } catch (e) {
    if (e instanceof EventDataError) throw new EventDataError(prefix + e.message);
    throw e;
  }
  if (r.features.total > 0 && r.features.leftOut === r.features.total)
    throw new EventDataError(prefix + r.leftOut);
  return r;
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
  return sameOriginParam('data', location, baseURI);
}

/** The page's parameter `name` as given, when it names an http(s) URL of the same origin; else null. */
export function sameOriginParam(
  name: string,
  location: { href: string; search: string },
  baseURI: string,
): string | null {
  const param = new URLSearchParams(location.search).get(name);
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
