// The geocode CLI over many articles (geo/cli.ts dispatches here): several paths,
// or `--ndjson`, one article a line on standard input
// (`{ "id", "url", "title", "date", "text" }`), read line by line, so that only
// one article's text is held at a time. Both write one FeatureCollection whose
// events carry `source`, the same event from several articles merged
// (geo/collection.ts). `--merge` joins such collections (the shares of an
// archive geoparsed by several processes) into one, merging the same event again.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Gazetteer } from './gazetteer/types.ts';
import { CollectionBuilder } from './collection.ts';
import { geoparse, GeoparseError } from './geoparse.ts';
import { isCalendarDate } from './dates/expressions.ts';
import { MAX_CHARS } from './text.ts';
import type { EventCollection } from './types.ts';

/**
 * Above this many events a collection is better published as vector tiles: the
 * bench's 10,000 events as a file reach idle in about 1.8× the basemap's time,
 * as tiles in about 1.2× (README, "Large collections").
 */
export const TILES_ADVISED = 10_000;

/** The line the CLI writes on standard error for a collection of `events`, or null. */
export function tilesAdvice(events: number): string | null {
  if (events <= TILES_ADVISED) return null;
  return (
    `${events.toLocaleString('en')} events: for a map that opens as fast as a small one, ` +
    `build vector tiles (npm run tiles -- FILE.geojson) and open the page with ?tiles=FILE.pmtiles`
  );
}

export interface ManyOptions {
  gazetteer: Gazetteer;
  /** The articles' date when they give none (the CLI's --date). */
  date?: string;
  today: string;
  /** One line on standard error for an article left out. */
  warn: (msg: string) => void;
}

/** Several files, each read by `read` (which exits on a file it cannot read). */
export async function geocodeFiles(
  paths: readonly string[],
  read: (path: string) => Promise<string>,
  o: ManyOptions,
): Promise<EventCollection> {
  const out = new CollectionBuilder();
  for (const path of paths) {
    const text = await read(path);
    try {
      const fc = geoparse(text, o.gazetteer, {
        ...(o.date ? { date: o.date } : {}),
        today: o.today,
      });
      out.add(fc, {
        id: path,
        title: fc.article?.title ?? null,
        url: null,
        date: fc.article?.date ?? null,
      });
    } catch (e) {
      if (!(e instanceof GeoparseError)) throw e;
      o.warn(`${path}: ${e.message} (left out)`);
    }
  }
  return out.result();
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** NDJSON articles from `input`, one a line; a bad line is left out with a warning. */
export async function geocodeNdjson(input: Readable, o: ManyOptions): Promise<EventCollection> {
  const out = new CollectionBuilder();
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    if (line.length > MAX_CHARS + 1000) {
      o.warn(`line ${n}: longer than an article may be (left out)`);
      continue;
    }
    let a: Record<string, unknown>;
    try {
      const v: unknown = JSON.parse(line);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
      a = v as Record<string, unknown>;
    } catch {
      o.warn(`line ${n}: not a JSON object (left out)`);
      continue;
    }
    const text = a.text;
    if (typeof text !== 'string') {
      o.warn(`line ${n}: no "text" (left out)`);
      continue;
    }
    const given = str(a.date);
    const date = given && isCalendarDate(given.slice(0, 10)) ? given.slice(0, 10) : o.date;
    const id = str(a.id) ?? `line ${n}`;
    try {
      const fc = geoparse(text, o.gazetteer, { ...(date ? { date } : {}), today: o.today });
      out.add(fc, {
        id,
        title: str(a.title) ?? fc.article?.title ?? null,
        url: str(a.url),
        date: fc.article?.date ?? null,
      });
    } catch (e) {
      if (!(e instanceof GeoparseError)) throw e;
      o.warn(`line ${n} (${id}): ${e.message} (left out)`);
    }
  }
  return out.result();
}

/** Why `v` is not a collection the CLI wrote, or null when it is one. */
function notACollection(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || (v as { type?: unknown }).type !== 'FeatureCollection')
    return 'not a GeoJSON FeatureCollection';
  const features = (v as { features?: unknown }).features;
  if (!Array.isArray(features)) return '"features" is not an array';
  const bad = features.findIndex((f: unknown) => {
    const p = (f as { properties?: Record<string, unknown> } | null)?.properties;
    return (
      !p ||
      typeof p.id !== 'string' ||
      typeof p.gazetteer !== 'string' ||
      !['strike', 'attack', 'mention'].includes(p.kind as string)
    );
  });
  return bad < 0 ? null : `feature ${bad} is not an event of this geoparser (id, kind, gazetteer)`;
}

/**
 * Collections written by the CLI (`--ndjson` or several paths, or one article's
 * output), each read by `read`, as one: the same event in several merged. A
 * file that is not such a collection stops the merge with its name and why.
 */
export async function mergeFiles(
  paths: readonly string[],
  read: (path: string) => Promise<string>,
  fail: (msg: string) => never,
): Promise<EventCollection> {
  const out = new CollectionBuilder();
  for (const path of paths) {
    let fc: unknown;
    try {
      fc = JSON.parse(await read(path));
    } catch (e) {
      fail(`${path}: not JSON (${(e as Error).message})`);
    }
    const why = notACollection(fc);
    if (why) fail(`${path}: ${why}`);
    const c = fc as EventCollection;
    out.merge(c, {
      id: path,
      title: c.article?.title ?? null,
      url: null,
      date: c.article?.date ?? null,
    });
  }
  return out.result();
}
