// The outline map for browsers without WebGL: Natural Earth 1:110m land and
// country borders (npm `world-atlas`, public domain), split at the antimeridian
// and rounded to 0.01°, written to `${outDir}/world-outline.json` (~100 kB).
// The app fetches it only when it cannot draw the interactive map.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { polygonsOf, splitLines } from './basemap/geometry.ts';

const require = createRequire(import.meta.url);

function worldAtlasFile(name: string): string {
  for (const base of require.resolve.paths('world-atlas') ?? []) {
    const file = join(base, 'world-atlas', name);
    if (existsSync(file)) return file;
  }
  throw new Error(`world-outline: world-atlas/${name} is not installed`);
}

const round = (p: Position): [number, number] => [
  Math.round(p[0]! * 100) / 100,
  Math.round(p[1]! * 100) / 100,
];

/** Rounds a line and drops points that round onto the previous one. */
function roundLine(line: readonly Position[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of line) {
    const r = round(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

export interface WorldOutline {
  source: string;
  /** Polygons (outer ring, then holes) of [lng, lat]. */
  land: [number, number][][][];
  /** Country borders on land, as lines of [lng, lat]. */
  borders: [number, number][][];
}

export function worldOutline(): WorldOutline {
  const topo = JSON.parse(readFileSync(worldAtlasFile('countries-110m.json'), 'utf8'));
  const landFc = feature(topo, topo.objects.land) as
    Feature<Geometry | null> | FeatureCollection<Geometry | null>;
  const landFeatures = 'features' in landFc ? landFc.features : [landFc];
  const land = landFeatures.flatMap((f) =>
    (polygonsOf(f.geometry)?.coordinates ?? []).map((poly) =>
      poly.map(roundLine).filter((r) => r.length >= 4),
    ),
  );
  const borders = splitLines(mesh(topo, topo.objects.countries, (a, b) => a !== b).coordinates)
    .coordinates.map(roundLine)
    .filter((l) => l.length >= 2);
  return {
    source: 'Natural Earth 1:110m land and admin-0 boundaries (npm world-atlas), public domain',
    land: land.filter((p) => p.length > 0),
    borders,
  };
}

export function buildWorldOutline(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'world-outline.json'), JSON.stringify(worldOutline()) + '\n');
}
