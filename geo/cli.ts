// npm run geocode -- path/to/article.txt [--date YYYY-MM-DD]   (path `-`: standard input)
// npm run geocode -- a.txt b.html c.txt | --ndjson              (many articles: geo/cli-many.ts)
// npm run geocode -- --merge part-1.geojson part-2.geojson      (collections joined)
// npm run geocode -- FILE --places newsroom-places.geojson      (the newsroom's own places first)
// Prints the FeatureCollection JSON on stdout and nothing else. Without --date, the
// article's date comes from its HTML metadata or its dateline, when it has one
// (geo/dates/article.ts); it dates "on Tuesday" and "last night" (geo/dates/).
import { fstatSync, type Stats } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { parseExtraPlacesText, type ExtraPlace } from './gazetteer/extra-places.ts';
import { loadGazetteerFromDisk } from './gazetteer/node.ts';
import { overlayGazetteer } from './gazetteer/overlay.ts';
import { geoparse, GeoparseError } from './geoparse.ts';
import { MAX_CHARS } from './text.ts';
import { geocodeFiles, geocodeNdjson, mergeFiles, tilesAdvice } from './cli-many.ts';
import type { EventCollection } from './types.ts';
import { isCalendarDate } from './dates/expressions.ts';

const USAGE =
  'usage: npm run geocode -- path/to/article.txt|- [more.txt ...] [--date YYYY-MM-DD] [--places places.geojson], --ndjson (articles on standard input), or --merge collection.geojson ...';
/** A newsroom places file larger than this is refused unread (10,000 places take about 3 MB). */
const MAX_PLACES_BYTES = 32 << 20;

/**
 * No UTF-8 text of at most MAX_CHARS UTF-16 code units (the limit geoparse
 * enforces) is longer than this: a code unit takes at most 3 bytes (a 4-byte
 * sequence decodes to 2 units), plus 3 for a byte-order mark, which decodes to
 * nothing. A regular file above it is refused from its size, unread.
 */
const MAX_BYTES = 3 * MAX_CHARS + 3;
const CHUNK = 1 << 20;

function fail(msg: string, code = 1): never {
  process.stderr.write(`geocode: ${msg}\n`);
  process.exit(code);
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * The article's text, read in chunks and decoded as it comes: at most
 * MAX_CHARS characters are ever held, so /dev/zero, a pipe or a huge file is
 * refused once past the limit instead of being read whole. Exits on any problem.
 */
async function readArticle(path: string): Promise<string> {
  const name = path === '-' ? 'standard input' : path;
  let chunks: AsyncIterable<Buffer>;
  let stats: Stats | null = null;
  if (path === '-') {
    try {
      stats = fstatSync(0);
    } catch {
      stats = null; // no stdin at all: reading finds it empty
    }
    chunks = process.stdin;
  } else {
    try {
      const file = await open(path, 'r');
      stats = await file.stat();
      chunks = file.createReadStream({ highWaterMark: CHUNK });
    } catch (e) {
      fail(`cannot read ${path}: ${errorCode(e)}`);
    }
  }
  if (stats?.isFile() && stats.size > MAX_BYTES)
    fail(
      `${name} is too large: ${stats.size} bytes, more than ${MAX_BYTES} (an article may have at most ${MAX_CHARS} characters)`,
    );

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let bytes = 0;
  let chars = 0;
  const decode = (chunk?: Buffer) => {
    try {
      const s = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
      chars += s.length;
      if (chars > MAX_CHARS)
        fail(`${name} is too large: more than ${MAX_CHARS} characters (the limit)`);
      parts.push(s);
    } catch {
      fail(`${name} is not UTF-8 text (binary?)`);
    }
  };
  try {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      decode(chunk);
    }
  } catch (e) {
    fail(`cannot read ${path}: ${errorCode(e)}`);
  }
  if (bytes === 0) fail(`${name} is empty`);
  decode();
  return parts.join('');
}

/**
 * The newsroom's places from a --places file (geo/gazetteer/extra-places.ts). Each problem
 * goes to stderr; with no valid place at all the CLI exits, otherwise it goes on without
 * the bad ones.
 */
async function readPlaces(path: string): Promise<ExtraPlace[]> {
  let text: string;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_PLACES_BYTES)
      fail(`${path} is too large for a places file: ${size} bytes, more than ${MAX_PLACES_BYTES}`);
    text = await readFile(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${errorCode(e)}`);
  }
  const { places, problems } = parseExtraPlacesText(text);
  for (const p of problems) process.stderr.write(`geocode: ${path}: ${p}\n`);
  if (!places.length) fail(`${path}: no valid place in the file`);
  if (problems.length)
    process.stderr.write(`geocode: ${path}: going on with its ${places.length} valid places\n`);
  return places;
}

/** A collection on standard output; the advice to build tiles, when it is large, on standard error. */
function writeCollection(fc: EventCollection): void {
  process.stdout.write(JSON.stringify(fc, null, 2) + '\n');
  const advice = tilesAdvice(fc.features.length);
  if (advice) process.stderr.write(`geocode: ${advice}\n`);
}

async function main(): Promise<void> {
  // A reader that goes away early (`… | head -1`) is not an error: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    fail(`cannot write the output: ${errorCode(e)}`);
  });
  const args = process.argv.slice(2);
  const paths: string[] = [];
  let ndjson = false;
  let merge = false;
  let date: string | undefined;
  let gazDir: string | undefined;
  let placesPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--date') date = args[++i] ?? fail('--date needs a value (YYYY-MM-DD)', 2);
    else if (a.startsWith('--date=')) date = a.slice(7);
    else if (a === '--gazetteer') gazDir = args[++i] ?? fail('--gazetteer needs a directory', 2);
    else if (a === '--places') placesPath = args[++i] ?? fail('--places needs a file', 2);
    else if (a === '--ndjson') ndjson = true;
    else if (a === '--merge') merge = true;
    else if (a.startsWith('--')) fail(`unknown option ${a}`, 2);
    else paths.push(a);
  }
  if (date === '') fail('--date needs a value (YYYY-MM-DD)', 2);
  if (date !== undefined && !isCalendarDate(date))
    fail(
      `--date ${JSON.stringify(date)} is not a calendar date (expected YYYY-MM-DD, e.g. 2024-01-24)`,
      2,
    );
  if (ndjson ? paths.length > 0 || merge : paths.length === 0) fail(USAGE, 2);
  if (merge) {
    // No geoparsing: the collections' events are joined, the same event merged again.
    const fc = await mergeFiles(paths, readArticle, (msg) => fail(msg));
    writeCollection(fc);
    return;
  }
  // One article is read (or refused) before the gazetteer is loaded.
  const single = paths.length === 1 ? await readArticle(paths[0]!) : null;
  const places = placesPath === undefined ? [] : await readPlaces(placesPath);
  let gaz;
  try {
    gaz = loadGazetteerFromDisk(gazDir);
  } catch (e) {
    fail(`cannot load the gazetteer (run npm run data first): ${(e as Error).message}`);
  }
  if (places.length) gaz = overlayGazetteer(gaz, places);
  // Today dates a dateline that writes no year ("KYIV, Jan 24 (Reuters) -").
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (ndjson || paths.length > 1) {
    const o = {
      gazetteer: gaz,
      today,
      ...(date ? { date } : {}),
      warn: (msg: string) => process.stderr.write(`geocode: ${msg}\n`),
    };
    const fc = ndjson
      ? await geocodeNdjson(process.stdin, o)
      : await geocodeFiles(paths, readArticle, o);
    writeCollection(fc);
    return;
  }
  const path = paths[0]!;
  const text = single!;
  try {
    const fc = geoparse(text, gaz, date ? { date, today } : { today });
    process.stdout.write(JSON.stringify(fc, null, 2) + '\n');
  } catch (e) {
    if (e instanceof GeoparseError) fail(`${path === '-' ? 'standard input' : path}: ${e.message}`);
    throw e;
  }
}

await main();
