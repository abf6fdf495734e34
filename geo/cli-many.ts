// The geocode CLI over many articles (geo/cli.ts dispatches here): several paths,
// or `--ndjson`, one article a line on standard input
// (`{ "id", "url", "title", "date", "text" }`), read line by line, so that only
// one article's text is held at a time. Both write one FeatureCollection whose
// events carry `source`, the same event from several articles merged
// (geo/collection.ts).
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Gazetteer } from './gazetteer/types.ts';
import { CollectionBuilder } from './collection.ts';
import { geoparse, GeoparseError } from './geoparse.ts';
import { isCalendarDate } from './dates/expressions.ts';
import { MAX_CHARS } from './text.ts';
import type { EventCollection } from './types.ts';

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
