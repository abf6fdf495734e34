// The curated water file (geo/gazetteer/data/water.json): schema, provenance,
// and that each sea's label point lies at sea and inside its bbox.
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';

interface Entry {
  id: string;
  name: string;
  aliases: string[];
  type: string;
  code: string;
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
  labelRank: number;
  source: string;
}
const water = JSON.parse(readFileSync('geo/gazetteer/data/water.json', 'utf8')) as {
  source: string;
  license: string;
  entries: Entry[];
};

/** Label points that the cited source puts on (Natural Earth 1:10m) land. */
const ON_LAND_BY_SOURCE = new Set(['white-sea', 'bering-strait']);

function inRing(p: Position, ring: Position[]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > p[1]! !== yj > p[1]! && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

describe('water.json', () => {
  it('names its source and licence, and every entry names its own source', () => {
    expect(water.source.length).toBeGreaterThan(20);
    expect(water.license).toMatch(/CC|public domain|MIT/i);
    expect(water.entries.length).toBeGreaterThanOrEqual(60);
    for (const e of water.entries)
      expect(e.source, e.id).toMatch(/^(Wikipedia: .+|GeoNames \d+|Natural Earth .+)/);
  });

  it('has well-formed, unique entries', () => {
    const ids = new Set<string>();
    for (const e of water.entries) {
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.type).toBe('water');
      expect(['SEA', 'GULF', 'STRAIT', 'BAY', 'OCEAN', 'LAKE', 'CANAL']).toContain(e.code);
      expect([1, 2, 3, 4]).toContain(e.labelRank);
      expect(Array.isArray(e.aliases)).toBe(true);
      expect(Math.abs(e.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(e.lon)).toBeLessThanOrEqual(180);
      const [w, s, east, n] = e.bbox;
      expect(s, e.id).toBeLessThan(n);
      // The point lies in its bbox (which may cross the antimeridian: west > east).
      expect(e.lat >= s && e.lat <= n, e.id).toBe(true);
      expect(w <= east ? e.lon >= w && e.lon <= east : e.lon >= w || e.lon <= east, e.id).toBe(
        true,
      );
    }
    for (const name of [
      'Red Sea',
      'Gulf of Aden',
      'Bab el-Mandeb',
      'Strait of Hormuz',
      'Black Sea',
      'Sea of Azov',
      'Kerch Strait',
      'Taiwan Strait',
      'South China Sea',
    ])
      expect(water.entries.map((e) => e.name)).toContain(name);
  });

  it('puts seas, gulfs, straits and oceans at sea', () => {
    const topo = JSON.parse(readFileSync('node_modules/world-atlas/land-10m.json', 'utf8'));
    const land = feature(topo, topo.objects.land) as unknown as {
      features?: Feature<Polygon | MultiPolygon>[];
    } & Feature<Polygon | MultiPolygon>;
    const polys = (land.features ?? [land]).flatMap((f) =>
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    );
    expect(polys.length).toBeGreaterThan(1000);
    const onLand = (p: Position) =>
      polys.some((poly) => inRing(p, poly[0]!) && !poly.slice(1).some((h) => inRing(p, h)));
    const landed: string[] = [];
    for (const e of water.entries) {
      if (e.code === 'LAKE' || e.code === 'CANAL' || ON_LAND_BY_SOURCE.has(e.id)) continue;
      if (onLand([e.lon, e.lat])) landed.push(e.id);
    }
    expect(landed).toEqual([]);
    // and the check can fail: Baghdad is on land.
    expect(onLand([44.4, 33.3])).toBe(true);
  });
});
