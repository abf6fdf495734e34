// `npm run tiles` (scripts/tiles/build.ts): every event is in the archive once per
// zoom, in a cluster or alone, and a tile's event reads back as the validated one.
import { PMTiles } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildEventTiles } from '../../scripts/tiles/build.ts';
import { CLUSTER_MAX_ZOOM } from '../../src/map/event-layers.ts';
import { decodeTileEvent } from '../../src/map/tiled-events.ts';
import { manyEvents } from '../e2e/many-events.ts';
import { MemorySource } from './memory-source.ts';

const read = (data: ArrayBuffer) => new VectorTile(new PbfReader(new Uint8Array(data)) as never);

describe('event tiles', () => {
  it('count every event once per zoom and keep each event whole above the clusters', async () => {
    const events = manyEvents(500, [40, 30, 48, 36]);
    const { archive, metadata } = buildEventTiles(events, { maxZoom: 8 });
    expect(metadata).toMatchObject({
      total: 500,
      kinds: { mention: 167, strike: 167, attack: 166 },
    });
    const p = new PMTiles(new MemorySource(archive));
    const h = await p.getHeader();
    expect([h.minLon, h.minLat]).toEqual([expect.closeTo(40, 1), expect.closeTo(30, 1)]);
    const tileOf = (lng: number, lat: number, z: number) => {
      const sin = Math.sin((lat * Math.PI) / 180);
      const n = 2 ** z;
      return [
        Math.floor(((lng + 180) / 360) * n),
        Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n),
      ] as const;
    };
    for (const z of [0, 3, CLUSTER_MAX_ZOOM, CLUSTER_MAX_ZOOM + 1, 8]) {
      const [x0, y0] = tileOf(40, 36, z);
      const [x1, y1] = tileOf(48, 30, z);
      let counted = 0;
      const ids = new Set<string>();
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const t = await p.getZxy(z, x, y);
          if (!t) continue;
          const layer = read(t.data).layers.events!;
          for (let i = 0; i < layer.length; i++) {
            const f = layer.feature(i);
            // Each point in its own tile only: no copy in a neighbour's buffer.
            const pt = f.loadGeometry()[0]![0]!;
            expect([pt.x, pt.y].every((c) => c >= 0 && c < 4096)).toBe(true);
            const props = f.properties as Record<string, unknown>;
            if (props.point_count !== undefined) counted += Number(props.point_count);
            else {
              counted++;
              ids.add(String(props.id));
            }
          }
        }
      }
      expect(counted, `zoom ${z}`).toBe(500);
      if (z > CLUSTER_MAX_ZOOM) expect(ids.size).toBe(500);
    }
    const [x, y] = tileOf(
      events.features[10]!.geometry.coordinates[0]!,
      events.features[10]!.geometry.coordinates[1]!,
      8,
    );
    const layer = read((await p.getZxy(8, x, y))!.data).layers.events!;
    const props = layer.feature(0).properties as Record<string, unknown>;
    const e = decodeTileEvent(props)!;
    expect(e).toEqual(events.features.find((f) => f.properties.id === props.id));
  });

  it('decodes no event from a property that the validator refuses', () => {
    const bad = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { id: 'x', kind: 'bomb' },
    };
    expect(decodeTileEvent({ event: JSON.stringify(bad) })).toBeNull();
    expect(decodeTileEvent({ event: '{not json' })).toBeNull();
    expect(decodeTileEvent({})).toBeNull();
  });
});
