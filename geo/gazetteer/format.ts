// The compiled gazetteer's on-disk format (one JSON file of columnar arrays),
// shared by build.ts (writer) and load.ts (pure reader).

export const FORMAT = 'conflict-map-gazetteer';
export const VERSION = 4;
/**
 * The compiled gazetteer, gzipped at build time: 3.7 MB from any static host,
 * with no server compression needed (or spent on every request). The browser
 * worker gunzips it with DecompressionStream, Node with zlib.
 */
export const FILE = 'gazetteer.json.gz';

/** One character per place type in `types`. */
export const TYPE_CHARS = { site: 's', city: 'c', region: 'r', country: 'n', water: 'w' } as const;

export interface GazetteerFile {
  format: typeof FORMAT;
  version: number;
  /** Free text: sources and licences. */
  attribution: string[];
  maxWords: number;
  /** Per place: for GeoNames places (`geonames:N`) N minus the previous GeoNames N; null for others. */
  gid: (number | null)[];
  /** Ids of the other places (gid null), in place order, '\n'-joined. */
  ids: string;
  /** Preferred names, '\n'-joined. */
  names: string;
  /** Latitude and longitude × 1e4, rounded, each delta-coded from the previous place. */
  lat: number[];
  lon: number[];
  /** One TYPE_CHARS character per place. */
  types: string;
  codeTable: string[];
  code: number[];
  /** Index into countryTable; entry 0 is '' (no country). */
  countryTable: string[];
  country: number[];
  /** Index into admin1Table; entry 0 is '' (unknown). */
  admin1Table: string[];
  admin1: number[];
  /** round(20·log10(population)), 0 for none: ±6%, a ranking hint. */
  population: number[];
  /** Flat [placeIndex, west, south, east, north, ...] with coordinates × 1e4. */
  bbox: number[];
  /** Unique name keys, '\n'-joined, in order of first use: place 0's keys, then place 1's new keys ... */
  keys: string;
  /** Per place, how many keys in `keys` it introduces (it is their first place). */
  own: number[];
  /** Further (key index, place index) pairs for keys shared by several places:
   *  key indices delta-coded (sorted ascending), place indices plain. */
  sharedKey: number[];
  sharedPlace: number[];
  /** Sample names and their keys at build time: the loader checks that its
   *  nameKey still agrees (a changed geo/normalise.ts needs a rebuild). */
  keyCheck: [string, string][];
  /** alpha-2 → place index of the country. */
  countries: Record<string, number>;
  /** demonym key → alpha-2. */
  demonyms: Record<string, string>;
}
