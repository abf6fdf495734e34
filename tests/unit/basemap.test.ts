// Reads the archive built by `npm run data` (scripts/basemap/build.ts).
import { existsSync, readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { basemapStyle } from '../../src/map/style.ts';
import { MemorySource } from './memory-source.ts';

const ARCHIVE = 'public/generated/basemap.pmtiles';

function tileXY(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return [
    Math.floor(((lon + 180) / 360) * n),
    Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n),
  ];
}

let archive: PMTiles;
async function tile(z: number, x: number, y: number): Promise<VectorTile | null> {
  const t = await archive.getZxy(z, x, y);
  return t ? new VectorTile(new PbfReader(new Uint8Array(t.data)) as never) : null;
}

describe('built basemap archive', () => {
  beforeAll(() => {
    if (!existsSync(ARCHIVE)) throw new Error(`${ARCHIVE} is missing: run \`npm run data\` first`);
    archive = new PMTiles(new MemorySource(new Uint8Array(readFileSync(ARCHIVE)), ARCHIVE));
  });

  it('covers the world from z0 to at least z6 (z8 here) with gzip MVT tiles', async () => {
    const h = await archive.getHeader();
    expect(h.minZoom).toBe(0);
    expect(h.maxZoom).toBeGreaterThanOrEqual(6);
    expect(h.maxZoom).toBe(8);
    expect(h.tileType).toBe(1);
    expect(h.tileCompression).toBe(2);
    const meta = (await archive.getMetadata()) as {
      vector_layers: { id: string }[];
      attribution: string;
    };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'land',
        'countries',
        'coastline',
        'boundaries',
        'rivers',
        'lakes',
        'country_label',
        'place_label',
        'water_label',
      ]),
    );
    expect(meta.attribution).toMatch(/GeoNames/);
    for (let x = 0; x < 4; x++)
      for (let y = 0; y < 4; y++) expect(await tile(2, x, y), `2/${x}/${y}`).not.toBeNull();
  });

  it('has Iraq, its borders, Baghdad and the Tigris at z5', async () => {
    const [x, y] = tileXY(44.4, 33.3, 5);
    const t = await tile(5, x, y);
    expect(t).not.toBeNull();
    const layers = Object.keys(t!.layers);
    expect(layers).toEqual(
      expect.arrayContaining([
        'land',
        'countries',
        'boundaries',
        'rivers',
        'place_label',
        'country_label',
      ]),
    );
    const countries = t!.layers.countries!;
    const names = Array.from(
      { length: countries.length },
      (_, i) => countries.feature(i).properties,
    );
    expect(names).toContainEqual(expect.objectContaining({ name: 'Iraq', iso_a2: 'IQ' }));
    const iraq = countries.feature(names.findIndex((p) => p.name === 'Iraq'));
    expect(iraq.type).toBe(3);
    const places = t!.layers.place_label!;
    const baghdad = Array.from({ length: places.length }, (_, i) => places.feature(i)).find(
      (f) => f.properties.name === 'Baghdad',
    );
    expect(baghdad?.properties.capital).toBe(2);
    // The point decodes to Baghdad: back from tile coordinates to lon/lat.
    const [lon, lat] = (
      baghdad!.toGeoJSON(x, y, 5).geometry as unknown as { coordinates: [number, number] }
    ).coordinates;
    expect(lon).toBeCloseTo(44.4, 0);
    expect(lat).toBeCloseTo(33.3, 0);
  });

  it('keeps detail at z8: many vertices in a border tile', async () => {
    const [x, y] = tileXY(45.8, 34.5, 8); // Iraq-Iran border
    const t = await tile(8, x, y);
    const b = t!.layers.boundaries!;
    let vertices = 0;
    for (let i = 0; i < b.length; i++)
      for (const line of b.feature(i).loadGeometry()) vertices += line.length;
    expect(vertices).toBeGreaterThan(20);
  });

  it('has no streaks or seams at the antimeridian', async () => {
    // Tiles either side of ±180° where Russia (Chukotka) and Fiji cross it.
    let checked = 0;
    for (const z of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const [lon, lat] of [
        [179.99, 66],
        [-179.99, 66],
        [179.99, -16.8],
        [-179.99, -16.8],
        [179.99, -80],
      ] as const) {
        const [x, y] = tileXY(lon, lat, z);
        const t = await tile(z, x, y);
        if (!t) continue;
        for (const name of ['land', 'countries', 'coastline']) {
          const layer = t.layers[name];
          if (!layer) continue;
          const extent = layer.extent;
          for (let i = 0; i < layer.length; i++) {
            for (const ring of layer.feature(i).loadGeometry()) {
              checked++;
              for (let k = 1; k < ring.length; k++) {
                const a = ring[k - 1]!;
                const b = ring[k]!;
                // A stitched ring draws an edge right across the tile, away from its buffer edge.
                const interior = a.y > 0 && a.y < extent && b.y > 0 && b.y < extent;
                expect(interior && Math.abs(a.x - b.x) > extent / 2, `${name} ${z}/${x}/${y}`).toBe(
                  false,
                );
                // A coastline along the antimeridian itself would show as a vertical seam.
                // (Checked from z5, where a tile unit is under 0.003°: at lower zooms Taveuni's
                // real coast, 0.015° from the antimeridian, rounds onto the tile edge.)
                if (name === 'coastline' && z >= 5) {
                  const edgeX = lon > 0 ? extent : 0;
                  const onSeam = a.x === edgeX && b.x === edgeX && a.y !== b.y;
                  expect(
                    onSeam && x === (lon > 0 ? 2 ** z - 1 : 0),
                    `coastline seam ${z}/${x}/${y}`,
                  ).toBe(false);
                }
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('labels seas from the curated water file', async () => {
    const [x, y] = tileXY(52, 26, 4);
    const t = await tile(4, x, y);
    const w = t!.layers.water_label!;
    const names = Array.from({ length: w.length }, (_, i) => w.feature(i).properties.name);
    expect(names).toContain('Persian Gulf');
  });
  it('ships every font file the style names', () => {
    const style = basemapStyle({
      theme: 'light',
      tilesUrl: 'pmtiles://x',
      fontsUrl: '/generated/fonts',
    });
    const faces = style['font-faces'] as Record<string, { url: string }[]>;
    const urls = Object.values(faces).flatMap((list) => list.map((f) => f.url));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const file = `public${url}`;
      expect(existsSync(file), file).toBe(true);
      // woff2 magic number
      expect(readFileSync(file).subarray(0, 4).toString('latin1'), file).toBe('wOF2');
    }
  });
});
