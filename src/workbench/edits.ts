// Hand corrections to the geoparser's events. Pure: each function returns a new
// collection (the old one is left alone, so Svelte sees a new value and the map
// redraws) and marks the changed event in `properties.edited`.
import { slug } from '../../geo/geojson.ts';
import type {
  DatePrecision,
  EditMark,
  EventCollection,
  EventFeature,
  EventKind,
  Means,
} from '../../geo/types.ts';
import type { Candidate } from './protocol.ts';
import type { QuotedSentence } from './sentences.ts';

function mark(f: EventFeature, m: EditMark): EventFeature['properties'] {
  const edited = f.properties.edited ?? [];
  return { ...f.properties, edited: edited.includes(m) ? edited : [...edited, m] };
}

function replace(
  c: EventCollection,
  id: string,
  change: (f: EventFeature) => EventFeature,
): EventCollection {
  const i = c.features.findIndex((f) => f.properties.id === id);
  if (i < 0) return c;
  const next = change(c.features[i]!);
  if (next === c.features[i]) return c;
  const features = c.features.slice();
  features[i] = next;
  return { ...c, features };
}

function withBBox(f: EventFeature, bbox: [number, number, number, number] | undefined) {
  const { bbox: _old, ...rest } = f;
  void _old;
  return bbox ? { ...rest, bbox } : rest;
}

/**
 * The event now stands for another gazetteer place: its point, name, country,
 * precision and bbox follow. `original` is the geoparser's own pick: choosing it
 * again undoes the hand correction (no `place` mark, the resolver's confidence back).
 */
export function chooseCandidate(
  c: EventCollection,
  id: string,
  cand: Candidate,
  original?: Candidate,
): EventCollection {
  return replace(c, id, (f) => {
    const p = f.properties;
    const moved = p.edited?.includes('position') ?? false;
    if (cand.gazetteer === p.gazetteer && !moved) return f; // already this place
    const area =
      cand.precision === 'region' || cand.precision === 'country' || cand.precision === 'water';
    const undo = original !== undefined && cand.gazetteer === original.gazetteer;
    const edited = (undo ? (p.edited ?? []) : (mark(f, 'place').edited ?? [])).filter(
      (e) => e !== 'position' && !(undo && e === 'place'),
    );
    const { edited: _old, ...rest } = p;
    void _old;
    return {
      ...withBBox(f, area ? cand.bbox : undefined),
      geometry: { type: 'Point', coordinates: [cand.lon, cand.lat] },
      properties: {
        ...rest,
        name: cand.name,
        country: cand.country,
        precision: cand.precision,
        gazetteer: cand.gazetteer,
        confidence: undo ? (original.share ?? 1) : 1,
        ...(edited.length ? { edited } : {}),
      },
    };
  });
}

export function setKind(c: EventCollection, id: string, kind: EventKind): EventCollection {
  return replace(c, id, (f) =>
    f.properties.kind === kind ? f : { ...f, properties: { ...mark(f, 'kind'), kind } },
  );
}

/** Who carried it out: a name (trimmed; empty is null, "not said"). */
export function setActor(c: EventCollection, id: string, actor: string | null): EventCollection {
  const a = actor?.replace(/\s+/g, ' ').trim() || null;
  return replace(c, id, (f) =>
    f.properties.actor === a ? f : { ...f, properties: { ...mark(f, 'actor'), actor: a } },
  );
}

export function setMeans(c: EventCollection, id: string, means: Means | null): EventCollection {
  return replace(c, id, (f) =>
    (f.properties.means ?? null) === means
      ? f
      : { ...f, properties: { ...mark(f, 'means'), means } },
  );
}

/** The event's date (YYYY-MM-DD) and how exactly it is known; null for undated. */
export function setDate(
  c: EventCollection,
  id: string,
  date: string | null,
  precision: DatePrecision | null,
): EventCollection {
  const p = date ? (precision ?? 'day') : null;
  return replace(c, id, (f) => {
    if ((f.properties.date ?? null) === date && (f.properties.datePrecision ?? null) === p)
      return f;
    // The date is the editor's now: no expression of the article stands for it.
    const { dateSpan: _span, ...rest } = mark(f, 'date');
    void _span;
    return { ...f, properties: { ...rest, date, datePrecision: p } };
  });
}

/**
 * The event quotes another sentence of the article: `excerpt` as the article's
 * sentence list gives it (src/workbench/sentences.ts: verbatim, never typed),
 * starting at offset `start`.
 */
export function setExcerpt(
  c: EventCollection,
  id: string,
  start: number,
  excerpt: string,
): EventCollection {
  const n = c.article?.text?.length ?? c.article?.characters ?? 0;
  if (start < 0 || start >= n || !excerpt) return c;
  return replace(c, id, (f) =>
    f.properties.excerptStart === start && f.properties.excerpt === excerpt
      ? f
      : { ...f, properties: { ...mark(f, 'excerpt'), excerpt, excerptStart: start } },
  );
}

/** Longitude wrapped into [-180, 180], latitude clamped to [-85, 85] (a dragged marker can leave the world). */
export function normaliseLngLat(lng: number, lat: number): [number, number] {
  const x = ((((lng + 180) % 360) + 360) % 360) - 180;
  const y = Math.max(-85, Math.min(85, lat));
  const r = (v: number) => Math.round(v * 1e5) / 1e5;
  return [r(x), r(y)];
}

/** The marker was dragged: the point is the user's, not the gazetteer's. */
export function moveTo(c: EventCollection, id: string, lng: number, lat: number): EventCollection {
  const [x, y] = normaliseLngLat(lng, lat);
  return replace(c, id, (f) => {
    const b = f.bbox;
    const inside = !!b && b.length === 4 && x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
    return {
      ...withBBox(f, inside ? (b as [number, number, number, number]) : undefined),
      geometry: { type: 'Point', coordinates: [x, y] },
      properties: mark(f, 'position'),
    };
  });
}

export function removeEvent(c: EventCollection, id: string): EventCollection {
  return { ...c, features: c.features.filter((f) => f.properties.id !== id) };
}

/** The sentence of `text` around its first case-insensitive occurrence of `name`, with its offset. */
export function sentenceAbout(
  text: string,
  name: string,
): { excerpt: string; start: number; span: [number, number] } | null {
  const at = name ? text.toLowerCase().indexOf(name.toLowerCase()) : -1;
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at + name.length;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (start < at && /\s/.test(text[start]!)) start++;
  return { excerpt: text.slice(start, end), start, span: [at, at + name.length] };
}

/**
 * The sentence as the excerpt, spanning the first of `names` found in its words
 * (the article's text from its start to its end; no span when none is: the
 * sentence may not name the place).
 */
function inWords(
  words: string,
  { start, excerpt }: { start: number; excerpt: string },
  names: string[],
): { excerpt: string; start: number; span: [number, number] | null } {
  const lower = words.toLowerCase();
  for (const name of names) {
    const at = name ? lower.indexOf(name.toLowerCase()) : -1;
    if (at >= 0) return { excerpt, start, span: [start + at, start + at + name.length] };
  }
  return { excerpt, start, span: null };
}

/** The sentence [start, end) of the article `text` (null when it is not in it): see inWords. */
function inSentence(
  text: string,
  s: { start: number; end: number; excerpt: string },
  names: string[],
) {
  if (s.start < 0 || s.end > text.length || s.start >= s.end) return null;
  return inWords(text.slice(s.start, s.end), s, names);
}

/**
 * A place the geoparser missed. `written` is how the article names it (defaults
 * to the gazetteer name): its first occurrence gives the excerpt and span, or,
 * with `sentence` (a possible event's: [start, end) of the article and its
 * excerpt), that sentence is the excerpt and the name's first occurrence in it the span.
 * A sentence `from` an added article is read in its own words, and the event
 * has that article as its `source`.
 * Returns the new collection and the new event's id (unique in the collection).
 */
export function addPlace(
  c: EventCollection,
  cand: Candidate,
  kind: EventKind,
  written = cand.name,
  sentence?: QuotedSentence,
): { collection: EventCollection; id: string } {
  const base = `${slug(cand.gazetteer)}-${kind}`;
  const taken = new Set(c.features.map((f) => f.properties.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const text = c.article?.text ?? '';
  const from = sentence?.from;
  const found = from
    ? inWords(from.words, sentence, [written, cand.name])
    : (sentence && inSentence(text, sentence, [written, cand.name])) ||
      sentenceAbout(text, written) ||
      (written !== cand.name ? sentenceAbout(text, cand.name) : null);
  // The place as written: in the sentence's own words when it is an added article's.
  const placeAt = ([a, b]: [number, number]) =>
    from ? from.words.slice(a - sentence!.start, b - sentence!.start) : text.slice(a, b);
  const area =
    cand.precision === 'region' || cand.precision === 'country' || cand.precision === 'water';
  const f: EventFeature = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [cand.lon, cand.lat] },
    properties: {
      id,
      kind,
      place: found?.span ? placeAt(found.span) : written,
      name: cand.name,
      country: cand.country,
      precision: cand.precision,
      gazetteer: cand.gazetteer,
      actor: null,
      excerpt: found?.excerpt ?? '',
      excerptStart: found?.start ?? 0,
      spans: found?.span ? [found.span] : [],
      confidence: 1,
      edited: ['added'],
      ...(from ? { source: from.source } : {}),
    },
  };
  if (area && cand.bbox) f.bbox = cand.bbox;
  return { collection: { ...c, features: [...c.features, f] }, id };
}
