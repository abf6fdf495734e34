// Pure decoder of the compiled gazetteer: bytes in, Gazetteer out. No fs, no
// fetch, so it runs in Node and in a browser Web Worker alike.
import { nameKey } from '../normalise.ts';
import type { Precision } from '../types.ts';
import { FORMAT, VERSION, type GazetteerFile } from './format.ts';
import type { Gazetteer, Place } from './types.ts';

const TYPES: Record<string, Precision> = {
  s: 'site',
  c: 'city',
  r: 'region',
  n: 'country',
  w: 'water',
};
const EMPTY: readonly Place[] = Object.freeze([]);

function decodeText(bytes: Uint8Array | ArrayBuffer | string): string {
  if (typeof bytes === 'string') return bytes;
  return new TextDecoder('utf-8').decode(bytes);
}

const TYPE_RANK: Record<Precision, number> = { country: 0, water: 1, region: 2, city: 3, site: 4 };

/** Candidates come most populous first; ties: country, water, region, city, site. */
function byImportance(a: Place, b: Place): number {
  return b.population - a.population || TYPE_RANK[a.type] - TYPE_RANK[b.type];
}

function undelta(d: number[]): Float64Array {
  const out = new Float64Array(d.length);
  let x = 0;
  for (let i = 0; i < d.length; i++) {
    x += d[i]!;
    out[i] = x / 1e4;
  }
  return out;
}

/** The message for a gazetteer file that cannot be decoded, and why. */
export const CORRUPT = 'the gazetteer file is corrupt or truncated';

/** Per-place columns: one entry for each place. */
const PER_PLACE = ['gid', 'lat', 'lon', 'code', 'country', 'admin1', 'population', 'own'] as const;

/** The fields the decoder reads, checked, so a damaged file is named as such (not a TypeError). */
function check(f: unknown): asserts f is GazetteerFile {
  const bad = (why: string): never => {
    throw new Error(`${CORRUPT} (${why})`);
  };
  if (typeof f !== 'object' || f === null || Array.isArray(f)) bad('not an object');
  const o = f as Record<string, unknown>;
  for (const k of ['names', 'ids', 'types', 'keys'])
    if (typeof o[k] !== 'string') bad(`“${k}” is missing or not text`);
  const arrays = [
    ...PER_PLACE,
    'bbox',
    'sharedKey',
    'sharedPlace',
    'codeTable',
    'countryTable',
    'admin1Table',
  ];
  for (const k of arrays) if (!Array.isArray(o[k])) bad(`“${k}” is missing or not a list`);
  for (const k of ['countries', 'demonyms'])
    if (typeof o[k] !== 'object' || o[k] === null) bad(`“${k}” is missing`);
  if (typeof o.maxWords !== 'number') bad('“maxWords” is missing');
  const places = (o.names as string).split('\n').length;
  for (const k of PER_PLACE) {
    const n = (o[k] as unknown[]).length;
    if (n !== places) bad(`“${k}” has ${n} entries for ${places} places`);
  }
  if ((o.types as string).length !== places)
    bad(`“types” has ${(o.types as string).length} entries for ${places} places`);
  if ((o.sharedKey as unknown[]).length !== (o.sharedPlace as unknown[]).length)
    bad('“sharedKey” and “sharedPlace” differ in length');
}

export function loadGazetteer(bytes: Uint8Array | ArrayBuffer | string): Gazetteer {
  let f: GazetteerFile;
  try {
    f = JSON.parse(decodeText(bytes)) as GazetteerFile;
  } catch (e) {
    throw new Error(`${CORRUPT} (not valid JSON: ${(e as Error).message})`, { cause: e });
  }
  if (typeof f === 'object' && f !== null && (f.format !== FORMAT || f.version !== VERSION)) {
    throw new Error(`gazetteer: unsupported format ${f.format} v${f.version}`);
  }
  for (const [name, key] of f.keyCheck ?? []) {
    if (nameKey(name) !== key) {
      throw new Error(
        `gazetteer: built with a different nameKey ("${name}" → "${key}", now "${nameKey(name)}"); rebuild it (npm run data)`,
      );
    }
  }
  check(f);
  try {
    return new CompiledGazetteer(f);
  } catch (e) {
    // Columns that pass the checks but point nowhere (an index past a table's end ...).
    if (e instanceof TypeError || e instanceof RangeError)
      throw new Error(`${CORRUPT} (${e.message})`, { cause: e });
    throw e;
  }
}

class CompiledGazetteer implements Gazetteer {
  readonly maxWords: number;
  readonly size: number;
  /** GeoNames id of place i, or -(1 + index into `others`) for other places. */
  private readonly idRef: Int32Array;
  private readonly others: string[];
  private readonly names: string[];
  private readonly places: (Place | undefined)[];
  private readonly bboxes = new Map<number, [number, number, number, number]>();
  /** key → its place index, or the indices of all its places */
  private readonly index = new Map<string, number | number[]>();
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly cache = new Map<string, readonly Place[]>();
  private readonly demonyms: Map<string, string>;

  constructor(private readonly f: GazetteerFile) {
    this.maxWords = f.maxWords;
    this.names = f.names.split('\n');
    this.size = this.names.length;
    this.others = f.ids ? f.ids.split('\n') : [];
    this.idRef = new Int32Array(this.size);
    let g = 0;
    let o = 0;
    for (let i = 0; i < this.size; i++) {
      const d = f.gid[i];
      this.idRef[i] = d === null || d === undefined ? -1 - o++ : (g += d);
    }
    this.places = new Array(this.size);
    const b = f.bbox;
    for (let i = 0; i + 4 < b.length; i += 5) {
      this.bboxes.set(b[i]!, [b[i + 1]! / 1e4, b[i + 2]! / 1e4, b[i + 3]! / 1e4, b[i + 4]! / 1e4]);
    }
    this.lat = undelta(f.lat);
    this.lon = undelta(f.lon);
    const keys = f.keys.split('\n');
    const index = this.index;
    let k = 0;
    for (let i = 0; i < f.own.length; i++) {
      for (let n = f.own[i]!; n > 0; n--) index.set(keys[k++]!, i);
    }
    let key = 0;
    for (let j = 0; j < f.sharedKey.length; j++) {
      key += f.sharedKey[j]!;
      const name = keys[key]!;
      const cur = index.get(name)!;
      if (typeof cur === 'number') index.set(name, [cur, f.sharedPlace[j]!]);
      else cur.push(f.sharedPlace[j]!);
    }
    this.demonyms = new Map(Object.entries(f.demonyms));
  }

  private place(i: number): Place {
    let pl = this.places[i];
    if (pl) return pl;
    const f = this.f;
    const country = f.countryTable[f.country[i]!] || null;
    const admin1 = f.admin1Table[f.admin1[i]!] || null;
    const p: Place = {
      id: this.idRef[i]! >= 0 ? `geonames:${this.idRef[i]}` : this.others[-1 - this.idRef[i]!]!,
      name: this.names[i]!,
      lat: this.lat[i]!,
      lon: this.lon[i]!,
      type: TYPES[f.types[i]!]!,
      code: f.codeTable[f.code[i]!]!,
      country,
      admin1,
      population: f.population[i] ? Math.round(10 ** (f.population[i]! / 20)) : 0,
    };
    const bb = this.bboxes.get(i);
    if (bb) p.bbox = bb;
    pl = Object.freeze(p);
    this.places[i] = pl;
    return pl;
  }

  lookup(key: string): readonly Place[] {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const hit2 = this.index.get(key);
    if (hit2 === undefined) return EMPTY;
    const out = typeof hit2 === 'number' ? [this.place(hit2)] : hit2.map((i) => this.place(i));
    if (out.length > 1) out.sort(byImportance);
    const frozen = Object.freeze(out);
    this.cache.set(key, frozen);
    return frozen;
  }

  country(code: string): Place | undefined {
    const i = this.f.countries[code.toUpperCase()];
    return i === undefined ? undefined : this.place(i);
  }

  demonym(key: string): string | undefined {
    return this.demonyms.get(key);
  }
}
